// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The window's player judges through playback::JudgeTrackGate over a read-write judgement::Judge: a
// judgement on the wall clock raises the highest time seen (in memory at once, and in sync.db), so a clock
// set back before it gives clock_rollback in this session and in the next run; a QA clock raises nothing.
#include "core/sync/feed_fixture.hpp"
#include "judgement/judge.hpp"
#include "licence/reason.hpp"
#include "playback/judge_track_gate.hpp"
#include "support/audio_fixtures.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

std::string storedHighest(const FeedFixture& f)
{
    const auto status = f.ctl("sync status --json --at 2015-03-10T00:00:00Z");
    REQUIRE(status.exitCode == 0);
    return f.json(status)["highest_seen"].get<std::string>();
}

bool hasReason(const playback::GateVerdict& v, const std::string& code)
{
    for (const auto& r : v.reasons)
        if (r.code == code)
            return true;
    return false;
}

} // namespace

TEST_CASE("clock: the window's player (JudgeTrackGate on the wall clock) raises the highest time seen",
          "[sync]")
{
    FeedFixture f;
    const fs::path wav = f.tmp() / "porcelain.wav";
    const fs::path flac = f.tmp() / "porcelain.flac";
    makeWav(wav, 0.5);
    encode(wav, flac);
    tagFile(flac, {{"ISRC", "CNB011500001"}, {"TITLE", "Blue and White Porcelain"}});
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    const std::string synced = storedHighest(f);
    CHECK(synced < "2015-03-03");

    // As the window makes them: one read-write Judge shared by the gate, the listener from the settings.
    auto judge = std::make_shared<judgement::Judge>(f.dataDir());
    judgement::Listener qa{"CN", catalogue::Tier::Vip, catalogue::DeviceClass::Desktop, std::nullopt};
    qa.fixedAt = base::parseIso8601("2015-03-10T00:00:00Z")->instant;
    playback::JudgeTrackGate gate(judge, qa);

    // A QA clock raises nothing.
    const auto atQa = gate.check(flac);
    INFO((atQa.reasons.empty() ? std::string() : atQa.reasons[0].code));
    CHECK(atQa.kind == licence::Verdict::Playable);
    CHECK(storedHighest(f) == synced);

    // The wall clock (2026 and later): the lease has lapsed by then, and the time is noted.
    judgement::Listener wall = qa;
    wall.fixedAt.reset();
    gate.setListener(wall);
    const auto before = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    const auto atWall = gate.check(flac);
    CHECK(hasReason(atWall, "offline_lease_expired"));
    const std::string raised = storedHighest(f);
    CHECK(raised >= base::formatIso8601(before));

    // The clock set back to 2015 in the same session: the Judge already knows (no reload), a rollback.
    gate.setListener(qa);
    const auto rolled = gate.check(flac);
    CHECK(rolled.kind == licence::Verdict::Blocked);
    CHECK(hasReason(rolled, "clock_rollback"));
    // And the next run reads it from sync.db.
    const auto next = f.ctl("decide --json --isrc CNB011500001 --at 2015-03-10T00:00:00Z");
    REQUIRE(next.exitCode == 0);
    CHECK(f.json(next)["reasons"][0]["code"] == "clock_rollback");

    // Judge::noteWallClock, for the window's other judgement workers: raises, and never lowers.
    auto later =
        std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) + std::chrono::hours(2);
    auto other = std::make_shared<judgement::Judge>(f.dataDir());
    REQUIRE(other->noteWallClock(later).ok());
    CHECK(storedHighest(f) == base::formatIso8601(later));
    REQUIRE(other->noteWallClock(later - std::chrono::hours(24 * 400)).ok());
    CHECK(storedHighest(f) == base::formatIso8601(later));
    // A read-only Judge (accordctl decide, availability) writes nothing.
    auto reader = std::make_shared<judgement::Judge>(f.dataDir(), judgement::Judge::Access::ReadOnly);
    REQUIRE(reader->noteWallClock(later + std::chrono::hours(1)).ok());
    CHECK(storedHighest(f) == base::formatIso8601(later));
}
