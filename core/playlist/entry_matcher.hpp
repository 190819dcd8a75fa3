// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/library_db.hpp"
#include "playlist/playlist_entry.hpp"
#include "playlist/playlist_store.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

namespace accord::playlist {

/// Ties a playlist file's entry to a library track, as any file is identified: by path (relative locations
/// resolved against the playlist's folder, '..' and symlinks resolved), then by ISRC, then by the
/// normalised title and main artist (catalogue::normaliseTitle / normaliseArtist, the keys identification
/// uses). An entry that matches nothing becomes a missing item whose reason says what was tried and why it
/// failed; it is never dropped. [the db's thread] Reads the library; builds its title index on first need.
class EntryMatcher {
public:
    explicit EntryMatcher(library::LibraryDb& db) : m_db(&db) {}

    base::Result<NewPlaylistItem> match(const PlaylistEntry& entry, const std::filesystem::path& playlistDir);

    /// The absolute, normal path a location names, or nullopt for a URL that is not a local file.
    static std::optional<std::filesystem::path> resolve(const std::string& location,
                                                        const std::filesystem::path& playlistDir);

private:
    base::Status buildTitleIndex();
    library::LibraryDb* m_db;
    bool m_indexed = false;
    std::unordered_map<std::string, std::int64_t> m_byTitleArtist;
};

} // namespace accord::playlist
