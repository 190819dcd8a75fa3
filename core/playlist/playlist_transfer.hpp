// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/library_db.hpp"
#include "playlist/playlist_format.hpp"
#include "playlist/playlist_store.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accord::playlist {

/// What an import did: the new playlist, and how each entry was matched.
struct ImportOutcome {
    std::int64_t playlistId = 0;
    std::string name;
    PlaylistFormat format = PlaylistFormat::M3u;
    std::size_t byPath = 0;
    std::size_t byIsrc = 0;
    std::size_t byTitleArtist = 0;
    std::size_t missing = 0;
    std::vector<NewPlaylistItem> items; ///< in order, as stored
};

/// Reads a playlist file (readPlaylistFile), matches every entry (EntryMatcher, relative locations against
/// the file's folder) and stores the playlist under `name` (default: the file's title, else its stem) in
/// one transaction. Nothing is stored when the file is refused. [db's thread]
base::Result<ImportOutcome> importPlaylist(library::LibraryDb& db, const std::filesystem::path& file,
                                           const std::optional<std::string>& name = std::nullopt);

struct ExportOutcome {
    PlaylistFormat format = PlaylistFormat::M3u;
    std::size_t written = 0;
    std::size_t skipped = 0; ///< items with no location, which M3U and PLS cannot express
};

/// The entries a playlist's items become in a file at `file`: a path under the file's folder is written
/// relative to it ("Album/01 a.flac"), any other path absolute; missing items keep what their source said.
/// [db's thread] Pure apart from resolving `file`'s folder.
ParsedPlaylist entriesForExport(const std::string& title, const std::vector<PlaylistItem>& items,
                                const std::filesystem::path& file);

/// Writes playlist `id` to `file` in `format` (default: by the file's extension; M3U8 when it has none).
/// The file is written beside and renamed into place, so a failure leaves no half-written playlist.
/// [db's thread]
base::Result<ExportOutcome> exportPlaylist(library::LibraryDb& db, std::int64_t id,
                                           const std::filesystem::path& file,
                                           const std::optional<PlaylistFormat>& format = std::nullopt);

} // namespace accord::playlist
