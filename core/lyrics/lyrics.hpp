// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace accord::lyrics {

/// One timed word (enhanced LRC "<mm:ss.xx>word", or a SYLT syllable), time in ms from the track start.
struct LyricWord {
    std::int64_t timeMs = 0;
    std::string text;
};

/// One line as shown. `timeMs` is -1 in unsynced lyrics. `sourceLine` is the 1-based line of the text it
/// came from (0 when it came from no text, e.g. a SYLT entry).
struct LyricLine {
    std::int64_t timeMs = -1;
    std::string text;
    std::vector<LyricWord> words; ///< empty unless the line had word timestamps
    long sourceLine = 0;
};

/// Lyrics of one track, ready to show. [any thread] Plain value type.
///
/// Synced lyrics have every line timed, sorted by time (stably: lines of one time keep their order), with
/// the file's own [offset:] already applied; unsynced lyrics keep their lines (and blank lines between
/// verses) as written.
struct Lyrics {
    bool synced = false;
    std::vector<LyricLine> lines;
    std::string title, artist, album, author; ///< LRC [ti:] [ar:] [al:] [by:], when given
    std::int64_t lengthMs = 0;                ///< LRC [length:], 0 when absent
    std::int64_t fileOffsetMs = 0;            ///< LRC [offset:] as written (already applied to the times)
    std::string source;   ///< "lrc_file" (a .lrc beside the audio) or "embedded" (the file's tags)
    std::string tag;      ///< embedded: "SYLT", "USLT", "SYNCEDLYRICS", "LYRICS", "UNSYNCEDLYRICS", "©lyr"
    std::string path;     ///< the file the lyrics were read from (the .lrc, or the audio file)
    std::string encoding; ///< the .lrc's text encoding as detected ("utf-8", "utf-16le", "gb18030", ...)

    bool empty() const noexcept { return lines.empty(); }
};

/// The index of the line sung at `positionMs` (of the track, frames played / rate) in synced lyrics:
/// the last line whose time is at or before `positionMs + offsetMs`, -1 before the first line or when
/// the lyrics are not synced. `offsetMs` is the listener's correction, in the LRC [offset:] sense
/// (positive: lines come sooner). [any thread] Pure; O(log n).
int lineAt(const Lyrics& lyrics, std::int64_t positionMs, std::int64_t offsetMs = 0);

/// The position (ms of the track) at which line `index` starts under the listener's `offsetMs`: where a
/// click on the line seeks. Never negative; -1 for an unsynced line or a bad index. [any thread] Pure.
std::int64_t seekTargetMs(const Lyrics& lyrics, int index, std::int64_t offsetMs = 0);

/// "mm:ss.xx" (centiseconds; "mmm:ss.xx" past 99 minutes), as LRC writes times.
std::string formatLrcTime(std::int64_t ms);

} // namespace accord::lyrics
