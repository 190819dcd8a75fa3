// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl report: the listening report of the history in <data-dir>/library.db (core/history) for a period:
// --from/--to (dates are local calendar days, --to included), or --period week|month|year ending at --at
// (default now). Hours of day are local time (the TZ environment variable, else /etc/localtime).
// Text by default, --json or --csv. Bad values exit 2 naming the flag; a database that cannot be read
// exits 1.
#include "commands.hpp"
#include "csv_field.hpp"

#include "base/time_point.hpp"
#include "history/history_store.hpp"
#include "history/listening_report.hpp"
#include "history/report_period.hpp"
#include "library/library_db.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace accord::cli {

namespace {

using nlohmann::json;

std::string iso(std::int64_t ms)
{
    return base::formatIso8601(base::Instant(std::chrono::seconds(ms / 1000)));
}

// "+08:00": the local zone's offset at an instant, as the report's hours use it.
std::string offsetText(std::int64_t ms)
{
    const int off = history::localUtcOffset(ms);
    const int a = off < 0 ? -off : off;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", off < 0 ? '-' : '+', a / 3600, (a % 3600) / 60);
    return buf;
}

history::ReportPeriod periodFrom(Args& args)
{
    const auto from = args.option("--from");
    const auto to = args.option("--to");
    const auto period = args.option("--period");
    const auto at = args.option("--at");
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    if (period && (from || to))
        throw UsageError("--period: give either --period or --from/--to, not both");
    if (at && (from || to))
        throw UsageError("--at: goes with --period, not with --from/--to");
    if (from || to) {
        history::ReportPeriod p{0, now};
        if (from) {
            auto t = history::parseReportTime(*from, false);
            if (!t)
                throw UsageError("--from: not a date or ISO-8601 time: " + *from);
            p.fromMs = *t;
        }
        if (to) {
            auto t = history::parseReportTime(*to, true);
            if (!t)
                throw UsageError("--to: not a date or ISO-8601 time: " + *to);
            p.toMs = *t;
        }
        if (p.fromMs >= p.toMs)
            throw UsageError("--from: must be before --to");
        return p;
    }
    const auto length = history::parsePeriodLength(period.value_or("week"));
    if (!length)
        throw UsageError("--period: must be week, month or year, not " + *period);
    std::int64_t atMs = now;
    if (at) {
        auto t = base::parseIso8601(*at);
        if (!t)
            throw UsageError("--at: not an ISO-8601 time: " + *at);
        atMs = std::int64_t(t->instant.time_since_epoch().count()) * 1000;
    }
    return history::periodEnding(*length, atMs);
}

json ranked(const std::vector<history::RankedEntry>& list, const char* nameField, bool withArtist,
            bool withAlbum)
{
    json out = json::array();
    int rank = 0;
    for (const auto& e : list) {
        json row = {{"rank", ++rank}, {nameField, e.name}};
        if (withArtist)
            row["artist"] = e.artist;
        if (withAlbum)
            row["album"] = e.album;
        row["heard_ms"] = e.heardMs;
        row["plays"] = e.plays;
        out.push_back(std::move(row));
    }
    return out;
}

json toJson(const history::ListeningReport& r)
{
    json blocked = json::array();
    for (const auto& b : r.blocked)
        blocked.push_back({{"title", b.title},
                           {"artist", b.artist},
                           {"path", b.path},
                           {"isrc", b.isrc},
                           {"attempts", b.attempts},
                           {"reason_codes", b.reasonCodes},
                           {"reason", b.reason},
                           {"last_attempt", iso(b.lastAttemptMs)}});
    return {{"from", iso(r.fromMs)},
            {"to", iso(r.toMs)},
            {"utc_offset", offsetText(r.toMs)},
            {"hours", r.hours()},
            {"heard_ms", r.heardMs},
            {"plays", r.plays},
            {"finished", r.finished},
            {"skipped", r.skipped},
            {"previews", r.previews},
            {"capped", r.capped},
            {"blocked_attempts", r.blockedAttempts},
            {"hires_ms", r.hiResMs},
            {"hires_share", r.hiResShare},
            {"preview_ms", r.previewMs},
            {"preview_share", r.previewShare},
            {"by_hour", r.heardByHour},
            {"top_tracks",
             {{"by_time", ranked(r.topTracksByTime, "title", true, true)},
              {"by_plays", ranked(r.topTracksByPlays, "title", true, true)}}},
            {"top_artists",
             {{"by_time", ranked(r.topArtistsByTime, "artist", false, false)},
              {"by_plays", ranked(r.topArtistsByPlays, "artist", false, false)}}},
            {"top_albums",
             {{"by_time", ranked(r.topAlbumsByTime, "album", true, false)},
              {"by_plays", ranked(r.topAlbumsByPlays, "album", true, false)}}},
            {"blocked", blocked}};
}

// One table for the whole report: section,rank,name,artist,album,plays,heard_ms,value.
void printCsv(const history::ListeningReport& r)
{
    std::string out = "section,rank,name,artist,album,plays,heard_ms,value\n";
    auto row = [&out](const std::string& section, const std::string& rank, const std::string& name,
                      const std::string& artist, const std::string& album, const std::string& plays,
                      const std::string& heard, const std::string& value) {
        for (const std::string* f : {&section, &rank, &name, &artist, &album, &plays, &heard}) {
            appendCsvField(out, *f);
            out += ',';
        }
        appendCsvField(out, value);
        out += '\n';
    };
    auto number = [](double v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", v);
        return std::string(buf);
    };
    const std::pair<const char*, std::string> summary[] = {
        {"from", iso(r.fromMs)},
        {"to", iso(r.toMs)},
        {"utc_offset", offsetText(r.toMs)},
        {"hours", number(r.hours())},
        {"heard_ms", std::to_string(r.heardMs)},
        {"plays", std::to_string(r.plays)},
        {"finished", std::to_string(r.finished)},
        {"skipped", std::to_string(r.skipped)},
        {"previews", std::to_string(r.previews)},
        {"capped", std::to_string(r.capped)},
        {"blocked_attempts", std::to_string(r.blockedAttempts)},
        {"hires_ms", std::to_string(r.hiResMs)},
        {"hires_share", number(r.hiResShare)},
        {"preview_ms", std::to_string(r.previewMs)},
        {"preview_share", number(r.previewShare)},
    };
    for (const auto& [name, value] : summary)
        row("summary", "", name, "", "", "", "", value);
    for (int h = 0; h < 24; ++h)
        row("by_hour", "", std::to_string(h), "", "", "", std::to_string(r.heardByHour[std::size_t(h)]), "");
    auto list = [&](const char* section, const std::vector<history::RankedEntry>& entries) {
        int rank = 0;
        for (const auto& e : entries)
            row(section, std::to_string(++rank), e.name, e.artist, e.album, std::to_string(e.plays),
                std::to_string(e.heardMs), "");
    };
    list("top_tracks_by_time", r.topTracksByTime);
    list("top_tracks_by_plays", r.topTracksByPlays);
    list("top_artists_by_time", r.topArtistsByTime);
    list("top_artists_by_plays", r.topArtistsByPlays);
    list("top_albums_by_time", r.topAlbumsByTime);
    list("top_albums_by_plays", r.topAlbumsByPlays);
    int rank = 0;
    for (const auto& b : r.blocked) {
        std::string codes;
        for (const auto& c : b.reasonCodes)
            codes += (codes.empty() ? "" : " ") + c;
        row("blocked", std::to_string(++rank), b.title, b.artist, "", std::to_string(b.attempts), "", codes);
    }
    std::fputs(out.c_str(), stdout);
}

std::string duration(std::int64_t ms)
{
    const long long m = (ms + 30'000) / 60'000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld h %02lld min", m / 60, m % 60);
    return buf;
}

void printText(const history::ListeningReport& r)
{
    std::printf("listening report %s to %s (hours of day at UTC%s)\n", iso(r.fromMs).c_str(),
                iso(r.toMs).c_str(), offsetText(r.toMs).c_str());
    std::printf("  %s listened, %d plays (%d finished, %d skipped), %d blocked attempts\n",
                duration(r.heardMs).c_str(), r.plays, r.finished, r.skipped, r.blockedAttempts);
    std::printf("  hi-res %.1f%% of the time, previews %.1f%% of plays, %d capped\n", r.hiResShare * 100,
                r.previewShare * 100, r.capped);
    auto list = [](const char* title, const std::vector<history::RankedEntry>& entries) {
        if (entries.empty())
            return;
        std::printf("%s\n", title);
        int rank = 0;
        for (const auto& e : entries)
            std::printf("  %2d. %s%s%s  %s, %d plays\n", ++rank, e.name.c_str(),
                        e.artist.empty() ? "" : " — ", e.artist.c_str(), duration(e.heardMs).c_str(),
                        e.plays);
    };
    list("top tracks (by time)", r.topTracksByTime);
    list("top artists (by time)", r.topArtistsByTime);
    list("top albums (by time)", r.topAlbumsByTime);
    if (!r.blocked.empty())
        std::printf("blocked by the catalogue\n");
    for (const auto& b : r.blocked) {
        std::string codes;
        for (const auto& c : b.reasonCodes)
            codes += (codes.empty() ? "" : ", ") + c;
        std::printf("  %s%s%s  %d attempts (%s)\n", b.title.c_str(), b.artist.empty() ? "" : " — ",
                    b.artist.c_str(), b.attempts, codes.c_str());
    }
}

} // namespace

int runReport(Context& ctx)
{
    const bool asJson = ctx.args.flag("--json");
    const bool asCsv = ctx.args.flag("--csv");
    const auto topText = ctx.args.option("--top");
    if (asJson && asCsv)
        throw UsageError("--csv: give either --json or --csv");
    const long long top = topText ? parseInteger(*topText, "--top") : 10;
    if (top < 1 || top > 1000)
        throw UsageError("--top: must be between 1 and 1000");
    const history::ReportPeriod period = periodFrom(ctx.args);
    ctx.args.finish();

    auto db = library::LibraryDb::openForReading(library::LibraryDb::pathIn(ctx.dataDir));
    if (!db) {
        std::fprintf(stderr, "accordctl report: %s\n", db.error().describe().c_str());
        return kExitFailure;
    }
    auto plays = history::HistoryStore(db->connection()).between(period.fromMs, period.toMs);
    if (!plays) {
        std::fprintf(stderr, "accordctl report: %s\n", plays.error().describe().c_str());
        return kExitFailure;
    }
    const auto report = history::buildReport(*plays, period.fromMs, period.toMs, history::localUtcOffset,
                                             static_cast<std::size_t>(top));
    if (asJson)
        std::printf("%s\n", toJson(report).dump(2, ' ', false, json::error_handler_t::replace).c_str());
    else if (asCsv)
        printCsv(report);
    else
        printText(report);
    return kExitOk;
}

} // namespace accord::cli
