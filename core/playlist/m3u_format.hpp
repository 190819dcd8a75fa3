// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "playlist/playlist_entry.hpp"

#include <string>
#include <string_view>

namespace accord::playlist {

/// M3U and M3U8. Reading: an optional #EXTM3U header, #EXTINF:<seconds>[ attributes],<Artist - Title>,
/// #PLAYLIST:<title>, #EXTALB:<album>, #EXTART:<artist>; any other '#' line is a comment. Every other
/// non-blank line is a location (locationFromText: file:// URLs decoded, '\' made '/'). A malformed #EXTINF
/// duration, a line longer than limits.maxLineBytes, more than limits.maxEntries entries or a larger file
/// is refused with the file and line. `latin1Fallback`: see decodePlaylistText (true for .m3u, false for
/// .m3u8, which is UTF-8 by definition). [any thread] Pure.
base::Result<ParsedPlaylist> parseM3u(std::string_view bytes, const std::string& fileName,
                                      bool latin1Fallback, const PlaylistLimits& limits = {});

/// Writes UTF-8 extended M3U (#EXTM3U, #PLAYLIST, one #EXTINF per entry, LF line ends). Entries without a
/// location are left out (M3U cannot express them); line breaks in text become spaces. A location that
/// holds a line break cannot be written and is an InvalidArgument error. [any thread] Pure.
base::Result<std::string> writeM3u(const ParsedPlaylist& playlist);

} // namespace accord::playlist
