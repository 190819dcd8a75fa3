// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "lyrics/lyrics.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace accord::lyrics {

/// Limits on what a lyrics text may hold; more is refused as hostile (ErrorCode::Refused) with the line.
struct LrcLimits {
    std::size_t maxBytes = 1u << 20;             ///< 1 MiB: a long song's LRC is a few KiB
    std::size_t maxLines = 10000;                ///< shown lines, after expanding multi-time lines
    std::int64_t maxTimeMs = 24LL * 3600 * 1000; ///< no timestamp at or past 24 hours
    std::int64_t maxOffsetMs = 3600 * 1000;      ///< |[offset:]| at most one hour
};

/// Parses LRC text (UTF-8; decodeLyricsText() makes it so) into Lyrics. [any thread] Pure.
///
/// Understands: time tags [mm:ss], [mm:ss.x], [mm:ss.xx], [mm:ss.xxx] (and [mm:ss:xx]), any number of
/// minute digits, several at the start of one line (the line shows at each time); [offset:+/-ms] (positive:
/// lines come sooner, as the LRC convention says; applied to every time, clamped at 0); [ar:] [ti:] [al:]
/// [by:] [length:mm:ss] kept, other letter tags ([au:], [re:], [ve:], [#:]) ignored; enhanced LRC word
/// times <mm:ss.xx> inside a line (kept in LyricLine::words, stripped from the text). Lines are sorted by
/// time, stably. A text without any time tag is unsynced: its lines as written (metadata tags dropped,
/// leading and trailing blank lines trimmed). In synced text, lines without a time tag are ignored, and a
/// time tag without text is an empty line (an instrumental gap).
///
/// Fails (an Error naming `fileName` and the line): seconds of 60 or more (Format), a malformed [offset:]
/// (Format), a time or offset past the limits, more bytes or lines than the limits, a NUL byte (Refused).
base::Result<Lyrics> parseLrc(std::string_view text, const std::string& fileName,
                              const LrcLimits& limits = {});

/// Plain (unsynced) lyrics as written, e.g. a USLT or LYRICS tag: no tag is interpreted ("[Chorus]" stays
/// text). Leading and trailing blank lines are trimmed; CR LF and CR end lines too. [any thread] Pure.
Lyrics plainLyrics(std::string_view text);

} // namespace accord::lyrics
