// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "history/play_record.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace accord::history {

/// Seconds east of UTC in force at a UTC instant (ms since the epoch): the time zone hours of day are
/// counted in. localUtcOffset() is the machine's zone (TZ, /etc/localtime), daylight saving included.
using UtcOffset = std::function<int(std::int64_t utcMs)>;
int localUtcOffset(std::int64_t utcMs);

/// A track, artist or album with the time it was heard and how many plays it had in the period.
struct RankedEntry {
    std::string name;   ///< track title, artist name or album title (the file name for an untitled track)
    std::string artist; ///< tracks and albums: the artists, joined with ", "
    std::string album;  ///< tracks: the album
    std::int64_t heardMs = 0;
    int plays = 0;
};

/// A track the catalogue refused in the period: how often it was tried and why.
struct BlockedEntry {
    std::string title;
    std::string artist;
    std::string path;
    std::string isrc;
    int attempts = 0;
    std::vector<std::string> reasonCodes; ///< distinct, in the order first seen
    std::string reason;                   ///< the last attempt's reason, for people
    std::int64_t lastAttemptMs = 0;
};

/// The listening report for [fromMs, toMs): every figure counts the plays that started in the period.
/// "Plays" are the plays that sounded (outcome played, preview or capped); blocked attempts are counted
/// apart. Shares are 0 when there is nothing to share.
struct ListeningReport {
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    int plays = 0;
    int finished = 0;
    int skipped = 0;
    int previews = 0;
    int capped = 0;
    int blockedAttempts = 0;
    std::int64_t heardMs = 0;
    std::int64_t hiResMs = 0;   ///< heard at more than 16 bits or 48 kHz
    std::int64_t previewMs = 0; ///< heard as previews
    double hiResShare = 0.0;    ///< hiResMs / heardMs: the share of listening time in hi-res
    double previewShare = 0.0;  ///< previews / plays: the share of plays that were previews
    /// Time heard by hour of the day in the zone given to buildReport, 0..23. A play is spread over the
    /// hours it ran through, from its start, as if heard without a pause.
    std::array<std::int64_t, 24> heardByHour{};
    std::vector<RankedEntry> topTracksByTime, topTracksByPlays;
    std::vector<RankedEntry> topArtistsByTime, topArtistsByPlays;
    std::vector<RankedEntry> topAlbumsByTime, topAlbumsByPlays;
    std::vector<BlockedEntry> blocked; ///< most attempts first, then by title

    double hours() const noexcept { return static_cast<double>(heardMs) / 3'600'000.0; }
};

/// Computes the report of `plays` (any order; those outside [fromMs, toMs) are ignored). Tracks are told
/// apart by title, artists and album (so plays survive a rescan), or by path when untitled; artists are
/// credited one by one (a track by two artists counts for each); albums by title and album artist (else
/// the track's artists); untitled albums are left out. Ties rank by name. At most `topN` per list.
/// [any thread] Pure.
ListeningReport buildReport(const std::vector<PlayRecord>& plays, std::int64_t fromMs, std::int64_t toMs,
                            const UtcOffset& offset = localUtcOffset, std::size_t topN = 10);

} // namespace accord::history
