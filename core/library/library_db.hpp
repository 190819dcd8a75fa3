// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/bad_file_reason.hpp"
#include "library/track_info.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace accord::library {

/// The CUE sheet a file's tracks came from: a .cue beside it (path, size, mtime), or one embedded in the
/// file (`sheet` empty: it changes with the file).
struct CueStamp {
    std::string sheet;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    bool operator==(const CueStamp&) const = default;
};

/// What a rescan needs to know about a path already in the DB (tracks and bad files alike). A file shown as
/// CUE tracks has one entry under the file's path: `id` 0 (no whole-file row), its tracks in `cueTracks`.
struct IndexEntry {
    std::int64_t id = 0;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    std::uint64_t contentHash = 0;
    bool bad = false;
    std::optional<CueStamp> cue = std::nullopt;
    std::vector<std::pair<int, std::int64_t>> cueTracks = {}; ///< (CUE track number, row id)
};
using PathIndex = std::unordered_map<std::string, IndexEntry>;

/// A track as stored (the cover is referenced by hash; fetch its bytes with cover()).
struct StoredTrack {
    std::int64_t id = 0;
    std::string path;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    TrackInfo info;
    std::string coverHash;
};

struct BadFile {
    std::string path;
    BadFileReason reason = BadFileReason::Unreadable;
    std::string detail;
};

/// The columns a track list shows, without the rest of the tags (lyrics, MusicBrainz ids, ReplayGain).
struct TrackListing {
    std::int64_t id = 0;
    std::string path;
    std::string title;
    std::vector<std::string> artists;
    std::string album;
    std::string genre;
    std::string date;
    std::string codec;
    std::string coverHash; ///< embedded cover (fetch with cover()), empty when none
    int trackNumber = 0;   ///< 0 when unknown
    int discNumber = 0;
    std::int64_t durationMs = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t bitDepth = 0;
};

/// The four columns of a track a plain listing prints, as views into SQLite's row: valid only during the
/// visit. `storedArtists` is the artist list as stored (split it with forEachStoredArtist()).
struct TrackNameRow {
    std::int64_t id = 0;
    std::string_view path;
    std::string_view title;
    std::string_view storedArtists;
};

/// A track's audio format, as much of it as a licence decision reads.
struct TrackFormat {
    std::int64_t trackId = 0;
    std::uint32_t sampleRate = 0;
    std::uint16_t bitDepth = 0; ///< 0 for lossy codecs
};

/// Read side of the library database `<data-dir>/library.db` (WAL, migrated on open). Writes go
/// through BatchWriter on its own thread and connection.
/// [one thread at a time] Move-only; open one per thread.
class LibraryDb {
public:
    static std::filesystem::path pathIn(const std::filesystem::path& dataDir)
    {
        return dataDir / "library.db";
    }

    /// Opens (creating the folder and file) and migrates to the newest schema.
    static base::Result<LibraryDb> open(const std::filesystem::path& dbPath);
    /// For commands that only read (identify, availability, decide --file): read-only, and immutable on a
    /// read-only mount or a full disk where SQLite cannot create the WAL index. A missing file is created
    /// and an older schema migrated as open() does (both need a writable data dir).
    static base::Result<LibraryDb> openForReading(const std::filesystem::path& dbPath);

    /// Every known path with size, mtime and content hash, in one query (for the rescan diff).
    base::Result<PathIndex> loadIndex();
    base::Result<std::vector<StoredTrack>> tracks();
    /// Every track's listing in path order, streamed to `visit` (one reused TrackListing, no vector of
    /// all tracks): the cheap way to fill a 100k-row table. [this connection's thread]
    base::Status forEachListing(const std::function<void(const TrackListing&)>& visit);
    /// Every track's path, title and artists in path order, without copying them (forEachListing() reads
    /// fourteen columns into strings): for listings of a whole library, such as `availability`'s CSV. A
    /// visit that returns an Error stops the walk with it. [this connection's thread]
    base::Status forEachNameRow(const std::function<base::Status(const TrackNameRow&)>& visit);
    base::Result<std::optional<StoredTrack>> trackByPath(const std::string& path);
    base::Result<std::optional<StoredTrack>> trackById(std::int64_t trackId);
    /// Every track's format, by track id (ascending), in one query. [this connection's thread]
    base::Result<std::vector<TrackFormat>> trackFormats();
    base::Result<std::vector<BadFile>> badFiles();
    base::Result<std::optional<CoverArt>> cover(const std::string& hash);

    storage::Connection& connection() { return m_conn; }

private:
    explicit LibraryDb(storage::Connection conn) : m_conn(std::move(conn)) {}
    storage::Connection m_conn;
};

/// Artists joined with U+001F as stored, and split back.
std::string joinArtists(const std::vector<std::string>& artists);
std::vector<std::string> splitArtists(const std::string& joined);
/// Calls `f(std::string_view)` for each artist of a stored (U+001F-joined) list, without copying; nothing
/// for an empty list. [any thread]
template <typename F> void forEachStoredArtist(std::string_view joined, F&& f)
{
    if (joined.empty())
        return;
    for (std::size_t start = 0;;) {
        const std::size_t sep = joined.find('\x1F', start);
        f(joined.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
        if (sep == std::string_view::npos)
            return;
        start = sep + 1;
    }
}

} // namespace accord::library
