// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Scenario files: what a valid file becomes, and the exact diagnostics (file:line:column: key: message)
// for each kind of bad input the issue lists.
#include "scenario/scenario_parser.hpp"

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;

namespace {

const char* kHeader = "format = \"accord-scenario\"\nversion = 1\n";

std::string errorOf(const std::string& text, const std::filesystem::path& file = "s.toml")
{
    auto parsed = scenario::parseScenarioText(text, file);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error().message;
}

} // namespace

TEST_CASE("a valid scenario: fixtures, matrix, expectations, timelines, plays", "[scenario][parser]")
{
    test::TempDir dir;
    test::writeFile(dir / "cat.json", "{}");
    const std::string text = std::string(kHeader) + R"(name = "demo"
[[catalogue]]
file = "cat.json"
[[catalogue]]
[catalogue.data]
[[catalogue.data.recordings]]
id = "ACC-1"
isrc = "CNB011500001"
title = "T"
[[library]]
name = "hires"
format = "flac"
rate = 96000
bits = 24
seconds = 1.5
isrc = "CNB011500001"
[[library]]
name = "personal"
format = "wav"
tags = false
[matrix]
territories = ["CN", "NO"]
tiers = ["vip", "svip"]
devices = ["desktop", "tv"]
at = [2015-10-01, 2015-11-03T12:00:00+08:00]
files = ["personal"]
[[matrix.exclude]]
territory = "NO"
tier = "svip"
[[expect]]
recording = "ACC-1"
territory = "CN"
verdict = "blocked"
cap = "none"
reasons = ["taken_down"]
valid_until = "none"
deals = { D-1 = "licensed" }
[[expect]]
file = "hires"
identification = "isrc"
reasons_exact = []
[[timeline]]
isrc = "CNB011500001"
territory = "CN"
tier = "vip"
from = 2015-10-01
to = 2016-01-01
[[timeline.expect]]
verdict = "playable"
[[timeline.expect]]
from = 2015-11-08
verdict = "blocked"
reasons = ["taken_down"]
[[play]]
file = "hires"
territory = "CN"
tier = "vip"
device = "car"
at = 2015-10-01
outcome = "played"
frames = 144000
output_rate = 48000
output_bits = 16
bit_perfect = false
)";
    test::writeFile(dir / "s.toml", text);
    auto parsed = scenario::parseScenarioFile(dir / "s.toml");
    REQUIRE(parsed.ok());
    const scenario::Scenario& s = *parsed;
    CHECK(s.name == "demo");
    REQUIRE(s.catalogues.size() == 2);
    CHECK(s.catalogues[0].file == dir.path() / "cat.json");
    CHECK(s.catalogues[1].inlineJson.find("\"accord-catalogue\"") != std::string::npos);
    CHECK(s.catalogues[1].inlineJson.find("CNB011500001") != std::string::npos);
    REQUIRE(s.library.size() == 2);
    CHECK(s.library[0].spec.sampleRate == 96000);
    CHECK(s.library[0].spec.bits == 24);
    CHECK(s.library[0].isrc == std::optional<std::string>("CNB011500001"));
    CHECK_FALSE(s.library[1].tags);
    CHECK(s.matrix.territories == std::vector<std::string>{"CN", "NO"});
    REQUIRE(s.matrix.instants.size() == 2);
    CHECK(base::formatIso8601(s.matrix.instants[1]) == "2015-11-03T04:00:00Z"); // the offset is honoured
    CHECK(s.matrix.exclude.size() == 1);
    // Listed subjects first, then those expectations name.
    REQUIRE(s.subjects.size() == 3);
    CHECK(s.subjects[0].label() == "file:personal");
    CHECK(s.subjects[1].label() == "ACC-1");
    CHECK(s.subjects[2].label() == "file:hires");
    REQUIRE(s.expectations.size() == 2);
    CHECK(s.expectations[0].validUntilSet);
    CHECK_FALSE(s.expectations[0].validUntil.has_value());
    CHECK(s.expectations[0].deals.at("D-1") == "licensed");
    CHECK(s.expectations[1].reasonsExact ==
          std::optional<std::vector<std::string>>(std::vector<std::string>{}));
    REQUIRE(s.timelines.size() == 1);
    CHECK(s.timelines[0].steps.size() == 2);
    CHECK(base::formatDate(*s.timelines[0].steps[1].from) == "2015-11-08");
    REQUIRE(s.plays.size() == 1);
    CHECK(s.plays[0].context.device == catalogue::DeviceClass::Car);
    CHECK(s.plays[0].frames == std::optional<std::uint64_t>(144000));
}

TEST_CASE("bad scenario files name file:line:column and key", "[scenario][parser]")
{
    const std::string matrix = "[matrix]\nterritories = [\"CN\"]\ntiers = [\"vip\"]\nat = 2015-10-01\n";
    SECTION("unknown key")
    {
        CHECK(errorOf(std::string(kHeader) + "colour = \"red\"\n") == "s.toml:3:1: colour: unknown key");
        CHECK(errorOf(std::string(kHeader) + matrix +
                      "[[expect]]\nrecording = \"A\"\nverdit = \"blocked\"\n") ==
              "s.toml:9:1: expect[0].verdit: unknown key");
    }
    SECTION("wrong type")
    {
        CHECK(errorOf(std::string(kHeader) + matrix + "[[expect]]\nrecording = 7\n") ==
              "s.toml:8:13: expect[0].recording: must be a string, not an integer");
    }
    SECTION("unknown territory, tier, device, verdict")
    {
        CHECK(errorOf(std::string(kHeader) +
                      "[matrix]\nterritories = [\"CN\", \"XX\"]\ntiers = [\"vip\"]\nat = "
                      "2015-10-01\n") == "s.toml:4:15: matrix.territories: unknown territory 'XX' (an ISO "
                                         "3166-1 alpha-2 code such as CN or NO)");
        CHECK(errorOf(std::string(kHeader) +
                      "[matrix]\nterritories = [\"CN\"]\ntiers = [\"gold\"]\nat = 2015-10-01\n") ==
              "s.toml:5:9: matrix.tiers: unknown tier 'gold' (free, vip or svip)");
        CHECK(errorOf(std::string(kHeader) + matrix + "devices = \"fridge\"\n") ==
              "s.toml:7:11: matrix.devices: unknown device class 'fridge' (desktop, car or tv)");
        CHECK(
            errorOf(std::string(kHeader) + matrix + "[[expect]]\nrecording = \"A\"\nverdict = \"maybe\"\n") ==
            "s.toml:9:11: expect[0].verdict: unknown verdict 'maybe' (playable, preview or blocked)");
    }
    SECTION("impossible dates, native and as strings")
    {
        CHECK(errorOf(std::string(kHeader) + "[matrix]\nat = 2015-02-30\n").rfind("s.toml:4:", 0) == 0);
        CHECK(errorOf(std::string(kHeader) + "[matrix]\nterritories = [\"CN\"]\ntiers = [\"vip\"]\nat = "
                                             "\"2015-02-30\"\n") == "s.toml:6:6: matrix.at: no such date");
        CHECK(errorOf(std::string(kHeader) + "[matrix]\nterritories = [\"CN\"]\ntiers = [\"vip\"]\nat = "
                                             "[2015-01-01, \"2015-13-01\"]\n") ==
              "s.toml:6:19: matrix.at[1]: no such date");
    }
    SECTION("unreadable fixtures")
    {
        CHECK(errorOf(std::string(kHeader) + "[[catalogue]]\nfile = \"missing.xml\"\n")
                  .rfind("s.toml:4:8: catalogue[0].file: cannot read catalogue fixture ", 0) == 0);
        CHECK(errorOf(std::string(kHeader) + "[[library]]\nname = \"x\"\nfile = \"missing.flac\"\n")
                  .rfind("s.toml:5:8: library[0].file: cannot read library fixture ", 0) == 0);
    }
    SECTION("references and structure")
    {
        CHECK(errorOf("version = 1\n") == "s.toml:1:1: format: format = \"accord-scenario\" is required");
        CHECK(errorOf("format = \"accord-scenario\"\nversion = 2\n") ==
              "s.toml:2:11: version: only version 1 is understood");
        CHECK(errorOf(std::string(kHeader) + matrix + "[[expect]]\nfile = \"nope\"\n") ==
              "s.toml:8:8: expect[0].file: no [[library]] fixture is named 'nope'");
        CHECK(
            errorOf(std::string(kHeader) + matrix + "[[expect]]\nrecording = \"A\"\nterritory = \"HK\"\n") ==
            "s.toml:7:1: expect[0].territory: selects no cell of the [matrix]");
        CHECK(errorOf(std::string(kHeader) + "[[timeline]]\nrecording = \"A\"\nterritory = \"CN\"\ntier = "
                                             "\"vip\"\nfrom = 2016-01-01\nto = 2015-01-01\n") ==
              "s.toml:8:6: timeline[0].to: must be after from");
        CHECK(errorOf(std::string(kHeader) + "[[catalogue]]\nfile = \"a\"\ndata = {}\n") ==
              "s.toml:3:1: catalogue[0].file: exactly one of file or data is required");
    }
    SECTION("fingerprint_of names a library fixture")
    {
        CHECK(errorOf(std::string(kHeader) +
                      "[[catalogue]]\n[catalogue.data]\n[[catalogue.data.recordings]]\nid = "
                      "\"A\"\nfingerprint_of = \"nope\"\n") ==
              "s.toml:7:18: catalogue[0].data.recordings[0].fingerprint_of: no [[library]] fixture is named "
              "'nope' "
              "(library fixtures come before catalogues)");
        auto ok = scenario::parseScenarioText(
            std::string(kHeader) + "[[library]]\nname = \"x\"\nformat = \"flac\"\n[[catalogue]]\n"
                                   "[catalogue.data]\n[[catalogue.data.recordings]]\nid = \"A\"\n"
                                   "title = \"T\"\nfingerprint_of = \"x\"\n",
            "s.toml");
        REQUIRE(ok.ok());
        REQUIRE(ok->catalogues[0].fingerprintsOf.size() == 1);
        CHECK(ok->catalogues[0].fingerprintsOf[0] == std::pair<std::size_t, std::string>{0, "x"});
        CHECK(ok->catalogues[0].inlineJson.find("fingerprint_of") ==
              std::string::npos); // not for the importer
    }
    SECTION("TOML syntax errors carry the position too")
    {
        CHECK(errorOf(std::string(kHeader) + "name = \n").rfind("s.toml:3:", 0) == 0);
    }
}

TEST_CASE("the territory code NO stays Norway (TOML, unlike YAML 1.1)", "[scenario][parser]")
{
    auto parsed = scenario::parseScenarioText(
        std::string(kHeader) +
            "[matrix]\nterritories = [\"NO\", \"cn\"]\ntiers = \"free\"\nat = 2015-01-01\n",
        "s.toml");
    REQUIRE(parsed.ok());
    CHECK(parsed->matrix.territories == std::vector<std::string>{"NO", "CN"});
}
