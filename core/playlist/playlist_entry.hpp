// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace accord::playlist {

/// One entry of a playlist file as its format describes it, before it is matched against the library.
/// `location` is a local path (absolute, or relative to the playlist file, with '/' separators) or, for
/// anything that is not a local file, the URL as written ("http://..."). [any thread] Plain value type.
struct PlaylistEntry {
    std::string location;
    std::string title;
    std::string creator; ///< artist
    std::string album;
    std::string isrc;             ///< from an XSPF identifier "urn:isrc:..." (or a #EXTISRC line), else empty
    std::int64_t durationMs = -1; ///< -1 when the file does not say
    int trackNum = 0;             ///< 0 when the file does not say
    long line = 0;                ///< where the entry starts in its file (1-based), 0 for written entries
};

/// A playlist file's content: its title, when the format has one, and the entries in order.
struct ParsedPlaylist {
    std::string title;
    std::vector<PlaylistEntry> entries;
};

/// Limits every playlist parser applies before it trusts a file (hostile input is refused, not trimmed).
struct PlaylistLimits {
    std::uintmax_t maxFileBytes = 64u * 1024u * 1024u;
    std::size_t maxLineBytes = 64u * 1024u;
    std::size_t maxEntries = 1'000'000;
};

} // namespace accord::playlist
