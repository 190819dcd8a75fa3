// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Runs the built `accordctl availability --catalogue`: one row per recording and context over the whole
// catalogue (no library), each row what `decide` answers for it; --changes-between lists each change with
// its instant and both decisions, each confirmed by `decide` one second before and at that instant; bad
// values of the new flags exit 2 naming the flag.
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using nlohmann::json;

namespace {

using Run = accord::test::CommandRun;

Run accordctl(const accord::test::TempDir& data, const std::string& args, bool mergeStderr = false)
{
    return accord::test::runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " +
                                    accord::test::shellQuote(data.path().string()) + " " + args +
                                    (mergeStderr ? " 2>&1" : " 2>/dev/null"));
}

// Three recordings: one whose deal ends with 2015, one taken down in CN on 2015-11-01 with seven days of
// transition, and one without an ISRC licensed in HK only (decided by recording id, not the ISRC batch).
constexpr const char* kCatalogue = R"({
  "format": "accord-catalogue", "version": 1,
  "policy": {"time_zone": "Z", "preview_seconds": 30, "unidentified_playable": false,
    "tiers": {
      "free": {"commercial_models": ["AdvertisementSupportedModel"], "devices": ["desktop"], "resolution": "standard"},
      "vip": {"commercial_models": ["AdvertisementSupportedModel", "SubscriptionModel"], "devices": ["desktop", "car"], "resolution": "standard"},
      "svip": {"commercial_models": ["AdvertisementSupportedModel", "SubscriptionModel"], "devices": ["desktop", "car", "tv"], "resolution": "hires"}}},
  "parties": [{"id": "P-label", "name": "Harbour Records", "role": "label"},
              {"id": "P-dist", "name": "Pearl Distribution", "role": "licensee"}],
  "recordings": [
    {"id": "ACC-A1", "isrc": "CNA011500001", "title": "Ends with the year", "artists": ["A"], "duration": 200},
    {"id": "ACC-A2", "isrc": "CNA011500002", "title": "Taken down", "artists": ["B"], "duration": 200},
    {"id": "ACC-A3", "title": "No ISRC, Hong Kong only", "artists": ["C"], "duration": 200}],
  "deals": [
    {"id": "D-1", "recording": "ACC-A1", "licensor": "P-label", "licensee": "P-dist", "territories": ["CN", "HK"],
     "start": "2015-01-01", "end": "2015-12-31", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "D-2", "recording": "ACC-A2", "licensor": "P-label", "licensee": "P-dist", "territories": ["CN", "HK"],
     "start": "2015-01-01", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "D-3", "recording": "ACC-A3", "licensor": "P-label", "licensee": "P-dist", "territories": ["HK"],
     "start": "2015-06-01", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]}],
  "takedowns": [{"id": "TD-1", "recording": "ACC-A2", "territories": ["CN"], "effective": "2015-11-01",
                 "transition": "P7D", "notice": "2015-NCAC-0042"}]
})";

void importCatalogue(const accord::test::TempDir& dir)
{
    const auto file = dir.path() / "catalogue-fixture.json";
    std::ofstream(file) << kCatalogue;
    REQUIRE(accordctl(dir, "catalogue import " + accord::test::shellQuote(file.string())).exitCode == 0);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// One CSV line's fields (RFC 4180: quoted fields with doubled quotes).
std::vector<std::string> fields(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                out.back() += line[++i];
            else if (c == '"')
                quoted = false;
            else
                out.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

json decide(const accord::test::TempDir& dir, const std::string& isrc, const std::string& territory,
            const std::string& tier, const std::string& at)
{
    const Run r = accordctl(dir, "decide --json --isrc " + isrc + " --territory " + territory + " --tier " +
                                     tier + " --at " + at);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

// "2016-01-01T00:00:00Z" -> "2015-12-31T23:59:59Z"
std::string secondBefore(const std::string& iso)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    int hh = 0;
    int mm = 0;
    int ss = 0;
    REQUIRE(std::sscanf(iso.c_str(), "%d-%u-%uT%d:%d:%dZ", &y, &m, &d, &hh, &mm, &ss) == 6);
    using namespace std::chrono;
    const sys_seconds t =
        sys_days(year{y} / month{m} / day{d}) + hours{hh} + minutes{mm} + seconds{ss} - seconds{1};
    const std::time_t tt = system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

} // namespace

TEST_CASE("availability --catalogue: every recording in every context, as decide answers",
          "[app][availability]")
{
    accord::test::TempDir dir;
    importCatalogue(dir);
    const std::string at = "2015-11-03T00:00:00Z";

    SECTION("csv")
    {
        const Run r = accordctl(dir, "availability --catalogue --territory CN,HK --tier vip,svip --at " + at +
                                         " --format csv");
        REQUIRE(r.exitCode == 0);
        const auto rows = lines(r.out);
        REQUIRE(rows.size() == 1 + 3 * 4);
        CHECK(rows[0] == "recording,isrc,territory,tier,device,at,verdict,cap,reasons,valid_until");
        // Recording by recording, then territory x tier x device.
        const std::vector<std::string> recordings{"ACC-A1", "ACC-A2", "ACC-A3"};
        const std::vector<std::pair<std::string, std::string>> contexts{
            {"CN", "vip"}, {"CN", "svip"}, {"HK", "vip"}, {"HK", "svip"}};
        std::map<std::string, std::string> verdicts; // "ACC-A2 CN vip" -> verdict
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto f = fields(rows[i]);
            REQUIRE(f.size() == 10);
            const std::string& rec = recordings[(i - 1) / 4];
            const auto& [territory, tier] = contexts[(i - 1) % 4];
            CHECK(f[0] == rec);
            CHECK(f[2] == territory);
            CHECK(f[3] == tier);
            CHECK(f[4] == "desktop");
            CHECK(f[5] == at);
            verdicts[rec + " " + territory + " " + tier] = f[6];
            if (!f[1].empty()) { // the same answer as decide, field by field
                const json d = decide(dir, f[1], territory, tier, at);
                CHECK(f[6] == d["verdict"].get<std::string>());
                CHECK(f[7] == d["cap"].get<std::string>());
                CHECK(f.back() == (d["valid_until"].is_null() ? "" : d["valid_until"].get<std::string>()));
                CHECK(f[8].find(d["reasons"][0]["code"].get<std::string>() + ": ") == 0);
            }
        }
        CHECK(verdicts["ACC-A1 CN vip"] == "playable");
        CHECK(verdicts["ACC-A2 CN vip"] == "playable"); // in its transition period
        CHECK(verdicts["ACC-A2 HK svip"] == "playable");
        CHECK(verdicts["ACC-A3 CN vip"] == "blocked");
        CHECK(verdicts["ACC-A3 HK vip"] == "playable");
        // No library was needed, and none was made.
        CHECK_FALSE(std::filesystem::exists(dir.path() / "library.db"));
    }

    SECTION("jsonl, with devices")
    {
        const Run r =
            accordctl(dir, "availability --catalogue --territory HK --tier vip --device desktop,tv --at " +
                               at + " --format jsonl");
        REQUIRE(r.exitCode == 0);
        const auto rows = lines(r.out);
        REQUIRE(rows.size() == 3 * 2);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const json j = json::parse(rows[i]);
            CHECK(j["territory"] == "HK");
            CHECK(j["tier"] == "vip");
            CHECK(j["device"] == (i % 2 == 0 ? "desktop" : "tv"));
            CHECK(j["at"] == at);
            CHECK(j["decision"]["verdict"].is_string());
            CHECK(j["decision"]["reasons"].is_array());
        }
        CHECK(json::parse(rows[0])["recording"] == "ACC-A1");
        CHECK(json::parse(rows[0])["isrc"] == "CNA011500001");
        CHECK(json::parse(rows[4])["isrc"].is_null());
        CHECK(json::parse(rows[0])["decision"]["verdict"] == "playable");
        CHECK(json::parse(rows[1])["decision"]["verdict"] == "blocked"); // vip has no tv
    }
}

TEST_CASE("availability --catalogue --changes-between: each change with when, from and to",
          "[app][availability]")
{
    accord::test::TempDir dir;
    importCatalogue(dir);

    const Run r = accordctl(dir, "availability --catalogue --territory CN,HK --tier vip --changes-between "
                                 "2015-10-01T00:00:00Z 2016-02-01T00:00:00Z --format csv");
    REQUIRE(r.exitCode == 0);
    const auto rows = lines(r.out);
    REQUIRE(!rows.empty());
    CHECK(rows[0] == "recording,isrc,territory,tier,device,at,from_verdict,from_cap,from_reasons,to_verdict,"
                     "to_cap,to_reasons");
    std::vector<std::string> seen;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto f = fields(rows[i]);
        REQUIRE(f.size() == 12);
        seen.push_back(f[0] + " " + f[2] + " " + f[5]);
        // decide agrees: the "from" one second before, the "to" at the instant.
        const json before = decide(dir, f[1], f[2], f[3], secondBefore(f[5]));
        const json after = decide(dir, f[1], f[2], f[3], f[5]);
        CHECK(before["verdict"] == f[6]);
        CHECK(after["verdict"] == f[9]);
        CHECK(after["cap"] == f[10]);
        CHECK(f[11].find(after["reasons"][0]["code"].get<std::string>() + ": ") == 0);
        CHECK(before["valid_until"] == f[5]);
    }
    // The deal ends with 2015 in both territories; the takedown bites in CN only, after its transition.
    const std::vector<std::string> expected{
        "ACC-A1 CN 2016-01-01T00:00:00Z", "ACC-A1 HK 2016-01-01T00:00:00Z", "ACC-A2 CN 2015-11-01T00:00:00Z",
        "ACC-A2 CN 2015-11-08T00:00:00Z"};
    CHECK(seen == expected);

    SECTION("jsonl carries both decisions")
    {
        const Run j = accordctl(dir, "availability --catalogue --territory CN --tier vip --changes-between "
                                     "2015-11-01 2015-11-02 --format jsonl");
        REQUIRE(j.exitCode == 0);
        const auto out = lines(j.out);
        REQUIRE(out.size() == 1); // which tracks change on 1 November 2015? the one taken down
        const json change = json::parse(out[0]);
        CHECK(change["recording"] == "ACC-A2");
        CHECK(change["at"] == "2015-11-01T00:00:00Z");
        CHECK(change["from"]["verdict"] == "playable");
        CHECK(change["to"]["reasons"].is_array());
        CHECK(change["from"]["reasons"] != change["to"]["reasons"]);
    }
    SECTION("a window with no change lists nothing")
    {
        const Run none =
            accordctl(dir, "availability --catalogue --territory HK --tier vip --changes-between "
                           "2015-07-01 2015-08-01 --format jsonl");
        REQUIRE(none.exitCode == 0);
        CHECK(none.out.empty());
    }
}

TEST_CASE("availability --catalogue: bad values of the new flags exit 2 naming the flag",
          "[app][availability]")
{
    accord::test::TempDir dir;
    importCatalogue(dir);
    const std::string base = "availability --catalogue ";
    const std::vector<std::pair<std::string, std::string>> cases{
        {"--territory CN,XX --tier vip --at 2015-01-01", "--territory: 'XX'"},
        {"--territory CN,,HK --tier vip --at 2015-01-01", "--territory: an empty item"},
        {"--territory CN,CN --tier vip --at 2015-01-01", "--territory: 'CN' is listed twice"},
        {"--territory CHN --tier vip --at 2015-01-01",
         "--territory must be an ISO 3166-1 alpha-2 code, not 'CHN'"},
        {"--territory CN --tier vip,gold --at 2015-01-01", "--tier must be free, vip or svip, not 'gold'"},
        {"--territory CN --tier vip --device car,boat --at 2015-01-01",
         "--device must be desktop, car or tv, not 'boat'"},
        {"--territory CN --tier vip --at 2015-02-30", "--at"},
        {"--territory CN --tier vip --changes-between 2015-02-30 2016-01-01",
         "--changes-between FROM '2015-02-30'"},
        {"--territory CN --tier vip --changes-between 2015-01-01 2016-13-01",
         "--changes-between TO '2016-13-01'"},
        {"--territory CN --tier vip --changes-between 2016-01-01 2015-01-01", "must be before TO"},
        {"--territory CN --tier vip --changes-between 2015-01-01", "--changes-between needs two values"},
        {"--territory CN --tier vip --at 2015-01-01 --changes-between 2015-01-01 2016-01-01",
         "exclude each other"},
        {"--territory CN --tier vip --at 2015-01-01 --format json", "--format must be csv or jsonl"},
        {"--tier vip --at 2015-01-01", "--territory CC[,CC...] is required"},
        {"--territory CN --at 2015-01-01", "--tier"},
    };
    for (const auto& [args, message] : cases) {
        INFO(args);
        const Run r = accordctl(dir, base + args, true);
        CHECK(r.exitCode == 2);
        CHECK(r.out.find(message) != std::string::npos);
        CHECK(r.out.find("usage:") != std::string::npos);
    }
    // --changes-between belongs to --catalogue.
    const Run lib = accordctl(
        dir, "availability --territory CN --tier vip --changes-between 2015-01-01 2016-01-01", true);
    CHECK(lib.exitCode == 2);
    CHECK(lib.out.find("--changes-between needs --catalogue") != std::string::npos);
    // A data dir without a catalogue is a failure (1), not an empty listing.
    accord::test::TempDir empty;
    const Run none = accordctl(empty, base + "--territory CN --tier vip --at 2015-01-01", true);
    CHECK(none.exitCode == 1);
    CHECK(none.out.find("no catalogue") != std::string::npos);
}

namespace {

// FNV-1a (64 bits) of a whole listing: the golden values below are a few bytes, the listings megabytes.
std::uint64_t fnv1a(const std::string& text)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

struct Golden {
    const char* args;
    std::size_t bytes;
    std::size_t lines;
    std::uint64_t hash;
};

// Printed by the listing as it was before it decided pages straight from the decision index (commit
// 68bba8f: the ISRC batch, appendHead/appendDecision), over `catalogue synth --recordings 2000 --seed 1`
// (deterministic: 299 deals, 31 sublicences, 12 purchases, 10 takedowns; reasons with commas and quotes).
const Golden kGolden[] = {
    {"--territory CN,HK,US --tier vip,free,svip --device desktop,tv --at 2016-01-01T00:00:00Z --format csv",
     4930150, 36001, 0xdeba67592f69d180ULL},
    {"--territory CN --tier svip --at 2021-06-01T00:00:00Z --format jsonl", 812530, 2000,
     0xe40495de11123c4dULL},
    {"--territory CN,HK --tier vip --changes-between 2015-01-01 2025-01-01 --format csv", 576992, 2264,
     0xcf34acf48e21dea3ULL},
    {"--territory CN --tier vip --changes-between 2015-01-01 2020-01-01 --format jsonl", 717227, 887,
     0xe6b8506798939616ULL},
};

void requireGolden(const accord::test::TempDir& dir)
{
    for (const Golden& g : kGolden) {
        INFO(g.args);
        const Run r = accordctl(dir, std::string("availability --catalogue ") + g.args);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.size() == g.bytes);
        CHECK(static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')) == g.lines);
        CHECK(fnv1a(r.out) == g.hash);
    }
}

} // namespace

TEST_CASE("availability --catalogue: byte for byte the listing of the build before the by-id batch",
          "[app][availability]")
{
    accord::test::TempDir dir;
    REQUIRE(accordctl(dir, "catalogue synth --recordings 2000 --seed 1 --json").exitCode == 0);
    SECTION("decided from the decision index")
    {
        REQUIRE(std::filesystem::exists(dir.path() / "catalogue.rights-index"));
        requireGolden(dir);
    }
    SECTION("without an index: every recording decided from the catalogue's tables, the same bytes")
    {
        std::filesystem::remove(dir.path() / "catalogue.rights-index");
        requireGolden(dir);
    }
}
