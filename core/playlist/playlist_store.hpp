// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::playlist {

/// A playlist as listed: its own id, name and what its items add up to.
struct PlaylistSummary {
    std::int64_t id = 0;
    std::string name;
    int items = 0;
    int missing = 0;             ///< items whose track is not in the library
    std::int64_t durationMs = 0; ///< of the items whose duration is known
};

/// One item to add: a library track (trackId) or a missing entry that says why (missingReason), with what
/// its source said about it (kept, so a missing item still shows what it was).
struct NewPlaylistItem {
    std::optional<std::int64_t> trackId;
    std::string location; ///< absolute path, or the URL / text the source gave
    std::string title;
    std::string artist;
    std::string album;
    std::string isrc;
    std::int64_t durationMs = -1;
    std::string matchedBy;     ///< "path", "isrc", "title/artist" for a matched item; "" otherwise
    std::string missingReason; ///< why it is not a library track ("" when trackId is set)
};

/// An item as stored, in order. When the item's track is in the library (its id, or a track at its
/// location: a rescan that removed and re-added the file finds it again) trackId is set and path, title,
/// artist, album, isrc and durationMs are the track's; otherwise they are the source's and missingReason
/// says why it is missing.
struct PlaylistItem {
    std::int64_t id = 0; ///< the item's own id (two items may hold the same track)
    int position = 0;    ///< 0-based
    std::optional<std::int64_t> trackId;
    std::string path; ///< the track's path, else the stored location
    std::string title;
    std::string artist; ///< artists joined with ", "
    std::string album;
    std::string isrc;
    std::int64_t durationMs = -1;
    std::string matchedBy;
    std::string missingReason;
};

/// Playlists in the library database (tables playlists and playlist_items, migration 3). Every change
/// that touches more than one row runs in one transaction, so a failure leaves the playlist as it was.
/// Errors for an unknown playlist or item are NotFound. [the connection's thread]
class PlaylistStore {
public:
    explicit PlaylistStore(storage::Connection& conn) : m_conn(&conn) {}

    base::Result<std::vector<PlaylistSummary>> list();
    base::Result<std::optional<PlaylistSummary>> find(std::int64_t id);
    /// Every playlist with exactly this name (names need not be unique), by id.
    base::Result<std::vector<PlaylistSummary>> findByName(const std::string& name);

    /// Creates a playlist holding `items`, in one transaction; returns its id.
    base::Result<std::int64_t> create(const std::string& name,
                                      const std::vector<NewPlaylistItem>& items = {});
    base::Status rename(std::int64_t id, const std::string& name);
    base::Status remove(std::int64_t id);

    base::Result<std::vector<PlaylistItem>> items(std::int64_t id);
    /// Adds `items` at the end, in order.
    base::Status append(std::int64_t id, const std::vector<NewPlaylistItem>& items);
    /// Puts the items in the order given: `itemIds` must hold each of the playlist's item ids exactly once.
    base::Status reorder(std::int64_t id, const std::vector<std::int64_t>& itemIds);
    /// Moves one item to `toPosition` (0-based, clamped to the end), the others keeping their order.
    base::Status move(std::int64_t id, std::int64_t itemId, int toPosition);
    base::Status removeItems(std::int64_t id, const std::vector<std::int64_t>& itemIds);

    /// The item for a library file: the track at `path` (matched by path), else a missing entry saying the
    /// file is not in the library.
    base::Result<NewPlaylistItem> itemForPath(const std::string& path);

private:
    base::Status requireExists(std::int64_t id);
    base::Status insertItems(std::int64_t id, int firstPosition, const std::vector<NewPlaylistItem>& items);
    base::Status touch(std::int64_t id);
    base::Status renumber(std::int64_t id, const std::vector<std::int64_t>& orderedIds);
    storage::Connection* m_conn;
};

} // namespace accord::playlist
