// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/check_plan.hpp"
#include "scenario/matrix.hpp"
#include "scenario/scenario_parser.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace accord;

namespace {

scenario::Scenario parse(const std::string& body)
{
    auto parsed = scenario::parseScenarioText("format = \"accord-scenario\"\nversion = 1\n" + body, "m.toml");
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("the matrix expands territory-major, without excluded cells", "[scenario][matrix]")
{
    const auto s = parse(R"([matrix]
territories = ["CN", "HK"]
tiers = ["vip", "svip"]
devices = ["desktop", "tv"]
at = [2015-10-01, 2015-11-03T12:30:00Z]
[[matrix.exclude]]
territory = "HK"
device = "tv"
[[matrix.exclude]]
tier = "svip"
at = 2015-10-01
territory = "CN"
)");
    const auto cells = scenario::expandMatrix(s.matrix);
    std::vector<std::string> names;
    for (const auto& c : cells)
        names.push_back(scenario::describeContext(c));
    CHECK(names == std::vector<std::string>{
                       "CN/vip/desktop @2015-10-01", "CN/vip/desktop @2015-11-03T12:30:00Z",
                       "CN/vip/tv @2015-10-01", "CN/vip/tv @2015-11-03T12:30:00Z",
                       "CN/svip/desktop @2015-11-03T12:30:00Z", "CN/svip/tv @2015-11-03T12:30:00Z",
                       "HK/vip/desktop @2015-10-01", "HK/vip/desktop @2015-11-03T12:30:00Z",
                       "HK/svip/desktop @2015-10-01", "HK/svip/desktop @2015-11-03T12:30:00Z"});
}

TEST_CASE("the check plan: every subject x cell, unasserted cells marked, unique names", "[scenario][matrix]")
{
    const auto s = parse(R"([matrix]
territories = ["CN", "HK"]
tiers = "vip"
at = 2015-11-03
recordings = ["ACC-2"]
[[expect]]
recording = "ACC-1"
territory = "CN"
verdict = "blocked"
[[expect]]
recording = "ACC-1"
verdict = "blocked"
[[timeline]]
recording = "ACC-1"
territory = "CN"
tier = "vip"
from = 2015-10-01
to = 2016-01-01
[[timeline.expect]]
verdict = "blocked"
[[timeline]]
recording = "ACC-1"
territory = "CN"
tier = "vip"
from = 2015-10-01
to = 2016-01-01
[[timeline.expect]]
verdict = "blocked"
)");
    const auto plan = scenario::planChecks(s);
    REQUIRE(plan.size() == 6);
    CHECK(plan[0].name == "ACC-2 CN/vip/desktop @2015-11-03");
    CHECK(plan[0].expectations.empty()); // listed in the matrix, asserted nowhere: unasserted
    CHECK(plan[2].name == "ACC-1 CN/vip/desktop @2015-11-03");
    CHECK(plan[2].expectations == std::vector<std::size_t>{0, 1});
    CHECK(plan[3].expectations == std::vector<std::size_t>{1});
    CHECK(plan[4].name == "timeline ACC-1 CN/vip/desktop 2015-10-01..2016-01-01");
    CHECK(plan[5].name == "timeline ACC-1 CN/vip/desktop 2015-10-01..2016-01-01 #2");
    std::set<std::string> names;
    for (const auto& c : plan)
        names.insert(c.name);
    CHECK(names.size() == plan.size());
}
