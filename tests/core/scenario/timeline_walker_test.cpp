// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The walker against a scripted decision function: change points found through valid_until, the probe
// one second before each boundary, and expected steps compared to the second.
#include "scenario/timeline_walker.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using std::chrono::seconds;

namespace {

base::Instant day(int y, unsigned m, unsigned d)
{
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

licence::Decision decision(licence::Verdict v, const char* code, std::optional<base::Instant> until)
{
    licence::Decision d;
    d.verdict = v;
    d.reasons.push_back({code, code});
    d.validUntil = until;
    return d;
}

// The 2015 takedown: licensed until 11-01, transition until `blockAt`, then blocked. `claimedBlockAt`
// is what the transition decision says as valid_until (a buggy catalogue/decider may disagree).
struct Takedown {
    base::Instant blockAt = day(2015, 11, 8);
    base::Instant claimedBlockAt = day(2015, 11, 8);
    int calls = 0;
    base::Result<licence::Decision> operator()(base::Instant at)
    {
        ++calls;
        if (at < day(2015, 11, 1))
            return decision(licence::Verdict::Playable, "licensed", day(2015, 11, 1));
        if (at < blockAt)
            return decision(licence::Verdict::Playable, "takedown_transition", claimedBlockAt);
        return decision(licence::Verdict::Blocked, "taken_down", std::nullopt);
    }
};

std::vector<scenario::TimelineStep> expectedSteps(base::Instant blockFrom)
{
    return {{std::nullopt, licence::Verdict::Playable, {"licensed"}, {}},
            {day(2015, 11, 1), licence::Verdict::Playable, {"takedown_transition"}, {}},
            {blockFrom, licence::Verdict::Blocked, {"taken_down"}, {}}};
}

} // namespace

TEST_CASE("the walker finds each change point and probes one second before it", "[scenario][timeline]")
{
    Takedown judge;
    auto walk = scenario::walkTimeline(day(2015, 10, 1), day(2016, 1, 1), std::ref(judge));
    REQUIRE(walk.ok());
    REQUIRE(walk->segments.size() == 3);
    CHECK(walk->segments[0].from == day(2015, 10, 1));
    CHECK(walk->segments[1].from == day(2015, 11, 1));
    CHECK(walk->segments[2].from == day(2015, 11, 8));
    CHECK(walk->problems.empty());
    CHECK(judge.calls == 5); // start, then (boundary - 1 s, boundary) twice
    CHECK(scenario::compareTimeline(expectedSteps(day(2015, 11, 8)), *walk).empty());
}

TEST_CASE("a fixture off by one day fails at that boundary", "[scenario][timeline]")
{
    Takedown judge;
    auto walk = scenario::walkTimeline(day(2015, 10, 1), day(2016, 1, 1), std::ref(judge));
    REQUIRE(walk.ok());
    const auto problems = scenario::compareTimeline(expectedSteps(day(2015, 11, 9)), *walk);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] ==
          "step 3 (from 2015-11-08): expected the change at 2015-11-09, it came at 2015-11-08");
}

TEST_CASE("a valid_until later than the real change is caught by the probe before it", "[scenario][timeline]")
{
    Takedown judge;
    judge.blockAt = day(2015, 11, 7) + std::chrono::hours{23} + std::chrono::minutes{59} + seconds{59};
    auto walk = scenario::walkTimeline(day(2015, 10, 1), day(2016, 1, 1), std::ref(judge));
    REQUIRE(walk.ok());
    REQUIRE(walk->problems.size() == 1);
    CHECK(walk->problems[0].find("one second before valid_until 2015-11-08") != std::string::npos);
    CHECK_FALSE(scenario::compareTimeline(expectedSteps(day(2015, 11, 8)), *walk).empty());
}

TEST_CASE("a timeline stops at `to` and reports a different number of steps", "[scenario][timeline]")
{
    Takedown judge;
    auto walk = scenario::walkTimeline(day(2015, 10, 1), day(2015, 11, 5), std::ref(judge));
    REQUIRE(walk.ok());
    CHECK(walk->segments.size() == 2);
    const auto problems = scenario::compareTimeline(expectedSteps(day(2015, 11, 8)), *walk);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind("expected 3 steps, got 2: playable (licensed) from 2015-10-01 -> playable "
                            "(takedown_transition) from 2015-11-01",
                            0) == 0);
}

TEST_CASE("a valid_until that does not move forward stops the walk", "[scenario][timeline]")
{
    auto stuck = [](base::Instant) -> base::Result<licence::Decision> {
        return decision(licence::Verdict::Playable, "licensed", day(2015, 11, 1));
    };
    auto walk = scenario::walkTimeline(day(2015, 10, 1), day(2016, 1, 1), stuck);
    REQUIRE(walk.ok());
    REQUIRE(walk->problems.size() == 1);
    CHECK(walk->problems[0].find("does not move forward") != std::string::npos);
}
