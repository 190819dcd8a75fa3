// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "playlist/playlist_entry.hpp"

#include <string>
#include <string_view>

namespace accord::playlist {

/// PLS (the Winamp/SHOUTcast INI format). Reading: a "[playlist]" section with FileN, TitleN and LengthN
/// (seconds, -1 unknown) keys, N from 1; entries come in the order of N. Keys are case-insensitive;
/// NumberOfEntries and Version are not trusted (many writers get them wrong); other keys are ignored;
/// ';' and '#' lines are comments. A line without '=', a missing section header, an N that is not a number
/// or is above limits.maxEntries, a key given twice or a malformed LengthN is refused with the file and
/// line. An N with a title but no FileN is kept with an empty location (the caller shows it as missing).
/// Text is decoded as decodePlaylistText with the Latin-1 fallback. [any thread] Pure.
base::Result<ParsedPlaylist> parsePls(std::string_view bytes, const std::string& fileName,
                                      const PlaylistLimits& limits = {});

/// Writes PLS version 2 (LF line ends). Entries without a location are left out. [any thread] Pure.
base::Result<std::string> writePls(const ParsedPlaylist& playlist);

} // namespace accord::playlist
