// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "playlist/playlist_entry.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace accord::playlist {

enum class PlaylistFormat { M3u, M3u8, Pls, Xspf };

/// "m3u", "m3u8", "pls", "xspf". [any thread]
const char* toString(PlaylistFormat format) noexcept;
/// The format a name ("m3u8") or a file's extension (".M3U8", case-insensitive) stands for.
std::optional<PlaylistFormat> formatFromName(std::string_view name);
std::optional<PlaylistFormat> formatOfPath(const std::filesystem::path& path);
/// The format of content whose extension says nothing: "<?xml"/"<playlist" is XSPF, "[playlist]" PLS,
/// anything else M3U.
PlaylistFormat sniffFormat(std::string_view bytes);

/// Parses `bytes` in `format` (the parsers' contracts are in m3u_format.hpp, pls_format.hpp and
/// xspf_format.hpp). [any thread] Pure.
base::Result<ParsedPlaylist> parsePlaylist(std::string_view bytes, PlaylistFormat format,
                                           const std::string& fileName, const PlaylistLimits& limits = {});
/// Writes `playlist` in `format`; entries' locations are written as they are. [any thread] Pure.
base::Result<std::string> writePlaylist(const ParsedPlaylist& playlist, PlaylistFormat format);

/// A playlist file read from disk: the format (by extension, else by content) and what it holds. A file
/// larger than limits.maxFileBytes is refused before it is read. [any thread] Reads the file.
struct PlaylistFile {
    PlaylistFormat format = PlaylistFormat::M3u;
    ParsedPlaylist playlist;
};
base::Result<PlaylistFile> readPlaylistFile(const std::filesystem::path& path,
                                            const PlaylistLimits& limits = {});

} // namespace accord::playlist
