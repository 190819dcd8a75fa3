// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/listening_report.hpp"

#include "library/library_db.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <map>

namespace accord::history {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

std::string displayArtists(const std::string& joined)
{
    std::string out;
    for (const std::string& a : library::splitArtists(joined))
        out += (out.empty() ? "" : ", ") + a;
    return out;
}

struct Tally {
    RankedEntry entry;
    void add(const PlayRecord& r)
    {
        entry.heardMs += r.heardMs;
        ++entry.plays;
    }
};

using Tallies = std::map<std::string, Tally>;

std::vector<RankedEntry> top(const Tallies& tallies, bool byTime, std::size_t n)
{
    std::vector<RankedEntry> all;
    all.reserve(tallies.size());
    for (const auto& [key, t] : tallies)
        all.push_back(t.entry);
    auto value = [byTime](const RankedEntry& e) { return byTime ? e.heardMs : std::int64_t(e.plays); };
    std::sort(all.begin(), all.end(), [&](const RankedEntry& a, const RankedEntry& b) {
        if (value(a) != value(b))
            return value(a) > value(b);
        if (a.name != b.name)
            return a.name < b.name;
        return a.artist < b.artist;
    });
    if (all.size() > n)
        all.resize(n);
    return all;
}

// Spreads a play's heard time over the local hours it ran through, re-reading the offset at each hour so a
// daylight-saving change in the middle of a long play is honoured.
void spreadOverHours(std::array<std::int64_t, 24>& hours, std::int64_t startMs, std::int64_t heardMs,
                     const UtcOffset& offset)
{
    std::int64_t at = startMs;
    std::int64_t left = heardMs;
    while (left > 0) {
        const std::int64_t local = at + std::int64_t(offset(at)) * 1000;
        const std::int64_t inHour = ((local % kHourMs) + kHourMs) % kHourMs;
        const std::int64_t dayMs = ((local % (24 * kHourMs)) + 24 * kHourMs) % (24 * kHourMs);
        const std::int64_t chunk = std::min(left, kHourMs - inHour);
        hours[static_cast<std::size_t>(dayMs / kHourMs)] += chunk;
        at += chunk;
        left -= chunk;
    }
}

std::string trackName(const PlayRecord& r)
{
    return r.title.empty() ? std::filesystem::path(r.path).filename().string() : r.title;
}

} // namespace

int localUtcOffset(std::int64_t utcMs)
{
    const std::time_t t = static_cast<std::time_t>(utcMs >= 0 ? utcMs / 1000 : (utcMs - 999) / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return static_cast<int>(tm.tm_gmtoff);
}

ListeningReport buildReport(const std::vector<PlayRecord>& plays, std::int64_t fromMs, std::int64_t toMs,
                            const UtcOffset& offset, std::size_t topN)
{
    ListeningReport rep;
    rep.fromMs = fromMs;
    rep.toMs = toMs;
    Tallies tracks, artists, albums;
    std::map<std::string, BlockedEntry> blocked;
    std::vector<const PlayRecord*> ordered;
    for (const PlayRecord& r : plays)
        if (r.startedAtMs >= fromMs && r.startedAtMs < toMs)
            ordered.push_back(&r);
    std::stable_sort(ordered.begin(), ordered.end(), [](const PlayRecord* a, const PlayRecord* b) {
        return a->startedAtMs < b->startedAtMs;
    });
    for (const PlayRecord* p : ordered) {
        const PlayRecord& r = *p;
        const std::string artistsText = displayArtists(r.artists);
        const std::string trackKey =
            r.title.empty() ? "\x01" + r.path : r.title + '\x1f' + '\x1e' + r.artists + '\x1e' + r.album;
        if (r.outcome == PlayOutcome::Blocked) {
            ++rep.blockedAttempts;
            BlockedEntry& b = blocked[trackKey];
            b.title = trackName(r);
            b.artist = artistsText;
            b.path = r.path;
            b.isrc = r.isrc;
            ++b.attempts;
            if (!r.reasonCode.empty() &&
                std::find(b.reasonCodes.begin(), b.reasonCodes.end(), r.reasonCode) == b.reasonCodes.end())
                b.reasonCodes.push_back(r.reasonCode);
            b.reason = r.reason;
            b.lastAttemptMs = r.startedAtMs;
            continue;
        }
        ++rep.plays;
        ++(r.finished ? rep.finished : rep.skipped);
        rep.heardMs += r.heardMs;
        if (r.hiRes())
            rep.hiResMs += r.heardMs;
        if (r.outcome == PlayOutcome::Preview) {
            ++rep.previews;
            rep.previewMs += r.heardMs;
        }
        if (r.outcome == PlayOutcome::Capped)
            ++rep.capped;
        spreadOverHours(rep.heardByHour, r.startedAtMs, r.heardMs, offset);

        Tally& t = tracks[trackKey];
        t.entry.name = trackName(r);
        t.entry.artist = artistsText;
        t.entry.album = r.album;
        t.add(r);
        for (const std::string& a : library::splitArtists(r.artists)) {
            if (a.empty())
                continue;
            Tally& at = artists[a];
            at.entry.name = a;
            at.add(r);
        }
        if (!r.album.empty()) {
            const std::string albumArtist =
                r.albumArtist.empty() ? artistsText : displayArtists(r.albumArtist);
            Tally& al = albums[r.album + '\x1e' + albumArtist];
            al.entry.name = r.album;
            al.entry.artist = albumArtist;
            al.add(r);
        }
    }
    if (rep.heardMs > 0)
        rep.hiResShare = static_cast<double>(rep.hiResMs) / static_cast<double>(rep.heardMs);
    if (rep.plays > 0)
        rep.previewShare = static_cast<double>(rep.previews) / rep.plays;
    rep.topTracksByTime = top(tracks, true, topN);
    rep.topTracksByPlays = top(tracks, false, topN);
    rep.topArtistsByTime = top(artists, true, topN);
    rep.topArtistsByPlays = top(artists, false, topN);
    rep.topAlbumsByTime = top(albums, true, topN);
    rep.topAlbumsByPlays = top(albums, false, topN);
    for (auto& [key, b] : blocked)
        rep.blocked.push_back(std::move(b));
    std::sort(rep.blocked.begin(), rep.blocked.end(), [](const BlockedEntry& a, const BlockedEntry& b) {
        return a.attempts != b.attempts ? a.attempts > b.attempts : a.title < b.title;
    });
    return rep;
}

} // namespace accord::history
