// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The report's numbers against a generated history whose every figure is known: hours, plays, top lists by
// time and by plays, the hour-of-day histogram in a given zone, the hi-res and preview shares, blocked
// attempts with their reason codes; and the periods (--from/--to days, week/month/year) in a real zone.
#include "base/time_point.hpp"
#include "history/listening_report.hpp"
#include "history/report_period.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

namespace {

constexpr std::int64_t kMin = 60'000;
constexpr std::int64_t kHour = 60 * kMin;
constexpr std::int64_t kDay = 24 * kHour;

std::int64_t ms(const char* iso)
{
    auto t = base::parseIso8601(iso);
    REQUIRE(t.ok());
    return std::int64_t(t->instant.time_since_epoch().count()) * 1000;
}

PlayRecord rec(const char* title, const char* artists, const char* album, std::int64_t at, std::int64_t heard,
               bool finished = true, PlayOutcome outcome = PlayOutcome::Played, std::uint32_t rate = 44100,
               std::uint16_t bits = 16)
{
    PlayRecord r;
    r.path = std::string("/music/") + title + ".flac";
    r.title = title;
    r.artists = artists;
    r.album = album;
    r.startedAtMs = at;
    r.heardMs = heard;
    r.finished = finished;
    r.outcome = outcome;
    r.sampleRate = rate;
    r.bitDepth = bits;
    return r;
}

PlayRecord blocked(const char* title, std::int64_t at, const char* code)
{
    PlayRecord r = rec(title, "Dan", "", at, 0, false, PlayOutcome::Blocked, 0, 0);
    r.reasonCode = code;
    r.reason = std::string("because ") + code;
    return r;
}

// Sets TZ for one test and puts it back.
class ZoneScope {
public:
    explicit ZoneScope(const char* zone)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~ZoneScope()
    {
        if (m_old)
            setenv("TZ", m_old->c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

private:
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("listening report: every figure of a generated history", "[history][report]")
{
    const std::int64_t t0 = ms("2026-11-01T00:00:00Z");
    PlayRecord beta =
        rec("Beta",
            "Ann\x1f"
            "Bob",
            "First", t0 + 2 * kDay + 22 * kHour + 50 * kMin, 20 * kMin, true, PlayOutcome::Played, 96000, 24);
    beta.albumArtist = "Ann";
    PlayRecord alpha1 = rec("Alpha", "Ann", "First", t0 + 10 * kHour + 30 * kMin, 45 * kMin);
    alpha1.albumArtist = "Ann";
    const std::vector<PlayRecord> history = {
        rec("Alpha", "Ann", "First", t0 - 1, 3 * kHour), // before the period
        blocked("Delta", t0 + 4 * kDay, "territory_not_licensed"),
        alpha1,
        rec("Alpha", "Ann", "First", t0 + kDay + 8 * kHour, 10 * kMin, false),
        beta,
        rec("Gamma", "Cat", "Second", t0 + 3 * kDay + 5 * kHour, 30'000, true, PlayOutcome::Preview),
        rec("Gamma", "Cat", "Second", t0 + 3 * kDay + 5 * kHour + 10 * kMin, 30'000, true,
            PlayOutcome::Preview),
        blocked("Delta", t0 + 4 * kDay + kHour, "tier_insufficient"),
        blocked("Delta", t0 + 4 * kDay + 2 * kHour, "territory_not_licensed"),
        rec("Alpha", "Ann", "First", t0 + 7 * kDay, kHour), // the period's end is not in it
    };
    const auto plus2 = [](std::int64_t) { return 2 * 3600; };
    const auto r = history::buildReport(history, t0, t0 + 7 * kDay, plus2);

    CHECK(r.plays == 5);
    CHECK(r.finished == 4);
    CHECK(r.skipped == 1);
    CHECK(r.previews == 2);
    CHECK(r.capped == 0);
    CHECK(r.blockedAttempts == 3);
    CHECK(r.heardMs == 45 * kMin + 10 * kMin + 20 * kMin + 60'000);
    CHECK(r.hours() == Approx(76.0 / 60.0));
    CHECK(r.hiResMs == 20 * kMin);
    CHECK(r.hiResShare == Approx(20.0 / 76.0));
    CHECK(r.previewMs == 60'000);
    CHECK(r.previewShare == Approx(0.4));

    // Local time is UTC+2: Alpha 12:30-13:15, Alpha 10:00-10:10, Beta 00:50-01:10 (the next day), the
    // previews at 07:00 and 07:10.
    std::array<std::int64_t, 24> hours{};
    hours[12] = 30 * kMin;
    hours[13] = 15 * kMin;
    hours[10] = 10 * kMin;
    hours[0] = 10 * kMin;
    hours[1] = 10 * kMin;
    hours[7] = 60'000;
    CHECK(r.heardByHour == hours);

    REQUIRE(r.topTracksByTime.size() == 3);
    CHECK(r.topTracksByTime[0].name == "Alpha");
    CHECK(r.topTracksByTime[0].heardMs == 55 * kMin);
    CHECK(r.topTracksByTime[0].plays == 2);
    CHECK(r.topTracksByTime[1].name == "Beta");
    CHECK(r.topTracksByTime[1].artist == "Ann, Bob");
    CHECK(r.topTracksByTime[1].album == "First");
    CHECK(r.topTracksByTime[2].name == "Gamma");
    REQUIRE(r.topTracksByPlays.size() == 3);
    CHECK(r.topTracksByPlays[0].name == "Alpha"); // 2 plays, ties with Gamma: by name
    CHECK(r.topTracksByPlays[1].name == "Gamma");
    CHECK(r.topTracksByPlays[1].plays == 2);
    CHECK(r.topTracksByPlays[2].name == "Beta");

    REQUIRE(r.topArtistsByTime.size() == 3);
    CHECK(r.topArtistsByTime[0].name == "Ann"); // credited for Beta too
    CHECK(r.topArtistsByTime[0].heardMs == 75 * kMin);
    CHECK(r.topArtistsByTime[0].plays == 3);
    CHECK(r.topArtistsByTime[1].name == "Bob");
    CHECK(r.topArtistsByTime[2].name == "Cat");
    CHECK(r.topArtistsByPlays[1].name == "Cat");
    CHECK(r.topArtistsByPlays[2].name == "Bob");

    // "First" by Ann (album artist), whichever of its tracks' artists; an untitled album is left out.
    REQUIRE(r.topAlbumsByTime.size() == 2);
    CHECK(r.topAlbumsByTime[0].name == "First");
    CHECK(r.topAlbumsByTime[0].artist == "Ann");
    CHECK(r.topAlbumsByTime[0].heardMs == 75 * kMin);
    CHECK(r.topAlbumsByTime[0].plays == 3);
    CHECK(r.topAlbumsByTime[1].name == "Second");
    CHECK(r.topAlbumsByTime[1].plays == 2);

    REQUIRE(r.blocked.size() == 1);
    CHECK(r.blocked[0].title == "Delta");
    CHECK(r.blocked[0].attempts == 3);
    CHECK(r.blocked[0].reasonCodes ==
          std::vector<std::string>{"territory_not_licensed", "tier_insufficient"});
    CHECK(r.blocked[0].lastAttemptMs == t0 + 4 * kDay + 2 * kHour);

    const auto one = history::buildReport(history, t0, t0 + 7 * kDay, plus2, 1);
    CHECK(one.topTracksByTime.size() == 1);
    CHECK(one.topArtistsByPlays.size() == 1);
}

TEST_CASE("listening report: an empty period has zero shares, not NaN", "[history][report]")
{
    const auto r = history::buildReport({}, 0, 1000, [](std::int64_t) { return 0; });
    CHECK(r.plays == 0);
    CHECK(r.heardMs == 0);
    CHECK(r.hiResShare == 0.0);
    CHECK(r.previewShare == 0.0);
    CHECK(r.topTracksByTime.empty());
    CHECK(r.blocked.empty());
}

TEST_CASE("listening report: hours of day follow the zone's offset at each instant (daylight saving)",
          "[history][report]")
{
    ZoneScope zone("Europe/Berlin");
    CHECK(history::localUtcOffset(ms("2026-01-15T12:00:00Z")) == 3600);
    CHECK(history::localUtcOffset(ms("2026-07-15T12:00:00Z")) == 7200);
    // Berlin leaves summer time at 01:00 UTC on 25 October 2026: 02:59:59 CEST is followed by 02:00 CET.
    // A play from 00:30 UTC (02:30 CEST) for one hour: 30 min in hour 2 (CEST), then 30 min in hour 2 (CET).
    const std::vector<PlayRecord> plays = {rec("Night", "Ann", "", ms("2026-10-25T00:30:00Z"), kHour)};
    const auto r = history::buildReport(plays, 0, ms("2027-01-01T00:00:00Z"));
    CHECK(r.heardByHour[2] == kHour);
    CHECK(r.heardMs == kHour);
}

TEST_CASE("report periods: days are local calendar days, week, month and year end at the instant",
          "[history][report]")
{
    ZoneScope zone("Asia/Shanghai"); // UTC+8 all year
    auto from = history::parseReportTime("2026-12-01", false);
    auto to = history::parseReportTime("2026-12-01", true);
    REQUIRE((from.ok() && to.ok()));
    CHECK(*from == ms("2026-11-30T16:00:00Z"));
    CHECK(*to == ms("2026-12-01T16:00:00Z"));
    auto exact = history::parseReportTime("2026-12-01T10:00:00+08:00", true);
    REQUIRE(exact.ok());
    CHECK(*exact == ms("2026-12-01T02:00:00Z"));
    CHECK_FALSE(history::parseReportTime("2026-13-01", false).ok());

    const std::int64_t at = ms("2026-12-06T12:00:00Z");
    CHECK(history::periodEnding(history::PeriodLength::Week, at).fromMs == ms("2026-11-29T12:00:00Z"));
    CHECK(history::periodEnding(history::PeriodLength::Month, at).fromMs == ms("2026-11-06T12:00:00Z"));
    CHECK(history::periodEnding(history::PeriodLength::Year, at).fromMs == ms("2025-12-06T12:00:00Z"));
    CHECK(history::periodEnding(history::PeriodLength::Year, at).toMs == at);
    CHECK(history::parsePeriodLength("month") == history::PeriodLength::Month);
    CHECK_FALSE(history::parsePeriodLength("decade"));
}
