// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl report as a process, over a history written into a real library.db: the JSON and CSV figures
// (hours of day in the zone TZ names), --period against --from/--to, and usage errors naming the flag (exit
// 2).
#include "base/time_point.hpp"
#include "history/history_store.hpp"
#include "library/library_db.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using nlohmann::json;
using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

namespace {

constexpr std::int64_t kMin = 60'000;

std::int64_t ms(const char* iso)
{
    auto t = base::parseIso8601(iso);
    REQUIRE(t.ok());
    return std::int64_t(t->instant.time_since_epoch().count()) * 1000;
}

test::CommandRun accordctl(const test::TempDir& dir, const std::string& args, bool withStderr = false)
{
    // Shanghai is UTC+8 all year: hours of day and calendar days are in that zone.
    return test::runCommand("TZ=Asia/Shanghai " + std::string(ACCORDCTL_PATH) + " --data-dir " +
                            test::shellQuote((dir / "data").string()) + " " + args +
                            (withStderr ? " 2>&1" : " 2>/dev/null"));
}

PlayRecord rec(const char* title, const char* artists, std::int64_t at, std::int64_t heard,
               PlayOutcome outcome = PlayOutcome::Played, std::uint32_t rate = 44100, std::uint16_t bits = 16)
{
    PlayRecord r;
    r.path = std::string("/music/") + title + ".flac";
    r.title = title;
    r.artists = artists;
    r.album = "Album, \"One\"";
    r.startedAtMs = at;
    r.heardMs = heard;
    r.finished = outcome != PlayOutcome::Blocked;
    r.outcome = outcome;
    r.sampleRate = rate;
    r.bitDepth = bits;
    return r;
}

void writeHistory(const test::TempDir& dir)
{
    PlayRecord blocked = rec("Gone", "Dan", ms("2026-11-05T12:00:00Z"), 0, PlayOutcome::Blocked, 0, 0);
    blocked.reasonCode = "taken_down";
    blocked.reason = "Taken down 2026-10-01";
    auto db = library::LibraryDb::open(library::LibraryDb::pathIn(dir / "data"));
    REQUIRE(db.ok());
    REQUIRE(history::HistoryStore(db->connection())
                .add({
                    rec("Alpha", "Ann", ms("2026-11-01T15:59:00Z"), 30 * kMin), // 23:59 on 1 Nov (+8): before
                    rec("Alpha", "Ann", ms("2026-11-02T01:30:00Z"), 60 * kMin), // 09:30-10:30 local
                    rec("Beta", "Bob", ms("2026-11-03T12:00:00Z"), 30 * kMin, PlayOutcome::Played, 96000, 24),
                    rec("Gamma", "Ann", ms("2026-11-04T12:00:00Z"), 30'000, PlayOutcome::Preview), blocked,
                    rec("Alpha", "Ann", ms("2026-11-08T16:00:00Z"), 10 * kMin), // 00:00 on 9 Nov: after
                })
                .ok());
}

} // namespace

TEST_CASE("accordctl report --json: the figures of a period of local days", "[app][history]")
{
    test::TempDir dir;
    writeHistory(dir);
    const auto run = accordctl(dir, "report --from 2026-11-02 --to 2026-11-08 --json");
    REQUIRE(run.exitCode == 0);
    const json r = json::parse(run.out);
    CHECK(r["from"] == "2026-11-01T16:00:00Z");
    CHECK(r["to"] == "2026-11-08T16:00:00Z");
    CHECK(r["utc_offset"] == "+08:00");
    CHECK(r["plays"] == 3);
    CHECK(r["finished"] == 3);
    CHECK(r["skipped"] == 0);
    CHECK(r["heard_ms"] == 90 * kMin + 30'000);
    CHECK(r["hours"].get<double>() == Approx(90.5 / 60.0));
    CHECK(r["hires_ms"] == 30 * kMin);
    CHECK(r["hires_share"].get<double>() == Approx(30.0 / 90.5));
    CHECK(r["previews"] == 1);
    CHECK(r["preview_share"].get<double>() == Approx(1.0 / 3.0));
    CHECK(r["blocked_attempts"] == 1);
    REQUIRE(r["by_hour"].size() == 24);
    CHECK(r["by_hour"][9] == 30 * kMin);
    CHECK(r["by_hour"][10] == 30 * kMin);
    CHECK(r["by_hour"][20] == 30 * kMin + 30'000); // Beta and Gamma at 20:00 local
    CHECK(r["top_tracks"]["by_time"][0]["title"] == "Alpha");
    CHECK(r["top_tracks"]["by_time"][0]["rank"] == 1);
    CHECK(r["top_tracks"]["by_time"][0]["heard_ms"] == 60 * kMin);
    CHECK(r["top_tracks"]["by_time"][0]["plays"] == 1);
    CHECK(r["top_artists"]["by_time"][0]["artist"] == "Ann");
    CHECK(r["top_artists"]["by_time"][0]["plays"] == 2);
    CHECK(r["top_artists"]["by_plays"][0]["artist"] == "Ann");
    CHECK(r["top_albums"]["by_time"].size() == 2); // "Album, One" by Ann and by Bob
    REQUIRE(r["blocked"].size() == 1);
    CHECK(r["blocked"][0]["title"] == "Gone");
    CHECK(r["blocked"][0]["attempts"] == 1);
    CHECK(r["blocked"][0]["reason_codes"] == json::array({"taken_down"}));
    CHECK(r["blocked"][0]["reason"] == "Taken down 2026-10-01");

    // The same week as a --period ending at the end of 8 November (local).
    const auto week = accordctl(dir, "report --period week --at 2026-11-08T16:00:00Z --json");
    REQUIRE(week.exitCode == 0);
    const json w = json::parse(week.out);
    CHECK(w["from"] == r["from"]);
    CHECK(w["heard_ms"] == r["heard_ms"]);
    CHECK(w["by_hour"] == r["by_hour"]);

    // --top limits each list.
    const auto top1 = accordctl(dir, "report --from 2026-11-02 --to 2026-11-08 --top 1 --json");
    REQUIRE(top1.exitCode == 0);
    CHECK(json::parse(top1.out)["top_tracks"]["by_time"].size() == 1);
}

TEST_CASE("accordctl report --csv: one table, quoted fields", "[app][history]")
{
    test::TempDir dir;
    writeHistory(dir);
    const auto run = accordctl(dir, "report --from 2026-11-02 --to 2026-11-08 --csv");
    REQUIRE(run.exitCode == 0);
    std::istringstream in(run.out);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(in, line))
        lines.push_back(line);
    REQUIRE(!lines.empty());
    CHECK(lines[0] == "section,rank,name,artist,album,plays,heard_ms,value");
    auto has = [&](const std::string& l) { return std::find(lines.begin(), lines.end(), l) != lines.end(); };
    CHECK(has("summary,,plays,,,,,3"));
    CHECK(has("summary,,heard_ms,,,,,5430000"));
    CHECK(has("summary,,blocked_attempts,,,,,1"));
    CHECK(has("summary,,utc_offset,,,,,+08:00"));
    CHECK(has("by_hour,,9,,,,1800000,"));
    CHECK(has("by_hour,,0,,,,0,"));
    CHECK(has("top_tracks_by_time,1,Alpha,Ann,\"Album, \"\"One\"\"\",1,3600000,"));
    CHECK(has("blocked,1,Gone,Dan,,1,,taken_down"));
}

TEST_CASE("accordctl report: usage errors name the flag and exit 2, an empty history is a report of zeros",
          "[app][history]")
{
    test::TempDir dir;
    const auto empty = accordctl(dir, "report --json");
    REQUIRE(empty.exitCode == 0);
    CHECK(json::parse(empty.out)["plays"] == 0);
    CHECK(json::parse(empty.out)["hires_share"] == 0.0);

    const std::pair<const char*, const char*> bad[] = {
        {"report --from 2026-13-01", "--from"},
        {"report --from 2026-11-08 --to 2026-11-01", "--from"},
        {"report --to yesterday", "--to"},
        {"report --period decade", "--period"},
        {"report --period week --from 2026-11-01", "--period"},
        {"report --period week --at soon", "--at"},
        {"report --top 0", "--top"},
        {"report --json --csv", "--csv"},
        {"report --colour", "--colour"},
    };
    for (const auto& [args, flag] : bad) {
        INFO(args);
        const auto run = accordctl(dir, args, true);
        CHECK(run.exitCode == 2);
        CHECK(run.out.find(flag) != std::string::npos);
    }
}
