// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/library_db.hpp"

#include "library/library_migrations.hpp"
#include "storage/migrator.hpp"
#include "storage/statement.hpp"

#include <cstdio>
#include <optional>

namespace accord::library {

namespace {

constexpr const char* kTrackColumns =
    "id, path, size, mtime_ns, title, artists, album, album_artist, track_number, track_total, disc_number, "
    "disc_total, date, genre, isrc, catalogue_id, mb_recording_id, mb_release_id, mb_artist_id, "
    "rg_track_gain, "
    "rg_track_peak, rg_album_gain, rg_album_peak, lyrics, synced_lyrics, cover_hash, duration_ms, "
    "sample_rate, "
    "bit_depth, channels, codec, bitrate_kbps";

std::optional<int> optInt(const storage::Statement& s, int col)
{
    auto v = s.columnOptInt(col);
    return v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
}

std::optional<double> optDouble(const storage::Statement& s, int col)
{
    return s.columnIsNull(col) ? std::nullopt : std::optional<double>(s.columnDouble(col));
}

StoredTrack readTrack(const storage::Statement& s)
{
    StoredTrack t;
    t.id = s.columnInt(0);
    t.path = s.columnText(1);
    t.size = s.columnInt(2);
    t.mtimeNs = s.columnInt(3);
    TrackTags& g = t.info.tags;
    g.title = s.columnText(4);
    g.artists = splitArtists(s.columnText(5));
    g.album = s.columnText(6);
    g.albumArtist = s.columnText(7);
    g.trackNumber = optInt(s, 8);
    g.trackTotal = optInt(s, 9);
    g.discNumber = optInt(s, 10);
    g.discTotal = optInt(s, 11);
    g.date = s.columnText(12);
    g.genre = s.columnText(13);
    g.isrc = s.columnText(14);
    g.catalogueId = s.columnText(15);
    g.mbRecordingId = s.columnText(16);
    g.mbReleaseId = s.columnText(17);
    g.mbArtistId = s.columnText(18);
    g.rgTrackGain = optDouble(s, 19);
    g.rgTrackPeak = optDouble(s, 20);
    g.rgAlbumGain = optDouble(s, 21);
    g.rgAlbumPeak = optDouble(s, 22);
    g.lyrics = s.columnText(23);
    g.syncedLyrics = s.columnText(24);
    t.coverHash = s.columnOptText(25).value_or("");
    AudioProperties& a = t.info.audio;
    a.durationMs = s.columnInt(26);
    a.sampleRate = static_cast<std::uint32_t>(s.columnInt(27));
    a.bitDepth = static_cast<std::uint16_t>(s.columnInt(28));
    a.channels = static_cast<std::uint16_t>(s.columnInt(29));
    a.codec = s.columnText(30);
    a.bitrateKbps = static_cast<std::uint32_t>(s.columnInt(31));
    return t;
}

} // namespace

std::string joinArtists(const std::vector<std::string>& artists)
{
    std::string out;
    for (const std::string& a : artists) {
        if (!out.empty())
            out.push_back('\x1F');
        out += a;
    }
    return out;
}

std::vector<std::string> splitArtists(const std::string& joined)
{
    std::vector<std::string> out;
    forEachStoredArtist(joined, [&](std::string_view a) { out.emplace_back(a); });
    return out;
}

base::Result<LibraryDb> LibraryDb::open(const std::filesystem::path& dbPath)
{
    std::error_code ec;
    if (dbPath.has_parent_path())
        std::filesystem::create_directories(dbPath.parent_path(), ec);
    auto conn = storage::Connection::open(dbPath);
    if (!conn)
        return std::move(conn).error();
    ACCORD_TRY(storage::migrate(*conn, libraryMigrations(), "library"));
    return LibraryDb(std::move(*conn));
}

base::Result<LibraryDb> LibraryDb::openForReading(const std::filesystem::path& dbPath)
{
    std::error_code ec;
    if (dbPath.empty() || dbPath == ":memory:" || !std::filesystem::exists(dbPath, ec))
        return open(dbPath);
    const int newest = libraryMigrations().back().version;
    // A database closed cleanly has no -wal file: a query-only handle removes the -wal and -shm files
    // SQLite makes for it when it closes last, so the folder is left as it was (storage::Connection::Mode).
    const bool clean = !std::filesystem::exists(dbPath.string() + "-wal", ec);
    const auto current = [&](const std::string& name) -> std::optional<LibraryDb> {
        const bool immutable = name != dbPath.string();
        auto conn =
            storage::Connection::open(name, clean && !immutable ? storage::Connection::Mode::QueryOnly
                                                                : storage::Connection::Mode::ReadOnly);
        if (!conn)
            return std::nullopt;
        auto v = conn->userVersion(); // SQLite opens lazily: this is the first read
        if (!v || *v != newest)
            return std::nullopt;
        return LibraryDb(std::move(*conn));
    };
    const storage::WalFiles before = storage::WalFiles::of(dbPath);
    if (auto db = current(dbPath.string()))
        return std::move(*db);
    before.removeCreatedSince(dbPath); // what the failed attempt left beside the file (a full disk)
    // A read-only folder or a full disk: the WAL index cannot be created. Read the file as it is.
    std::string uri = "file:";
    for (char c : dbPath.string()) {
        if (c == '%' || c == '?' || c == '#') {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
            uri += hex;
        } else {
            uri += c;
        }
    }
    if (auto db = current(uri + "?immutable=1"))
        return std::move(*db);
    return open(dbPath); // an older schema (migrated), or the real error
}

base::Result<PathIndex> LibraryDb::loadIndex()
{
    auto st = storage::Statement::prepare(
        m_conn,
        "SELECT id, path, size, mtime_ns, content_hash, 0, audio_path, cue_sheet, cue_size, "
        "cue_mtime_ns, cue_track FROM tracks UNION ALL SELECT id, path, size, mtime_ns, 0, 1, NULL, '', 0, "
        "0, NULL FROM bad_files");
    if (!st)
        return std::move(st).error();
    PathIndex index;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::move(row).error();
        if (!*row)
            break;
        const IndexEntry plain{st->columnInt(0), st->columnInt(2), st->columnInt(3),
                               static_cast<std::uint64_t>(st->columnInt(4)), st->columnInt(5) != 0};
        const auto audioPath = st->columnOptText(6);
        if (!audioPath) {
            IndexEntry& e = index[st->columnText(1)];
            auto cue = std::move(e.cue);
            auto tracks = std::move(e.cueTracks);
            e = plain;
            e.cue = std::move(cue);
            e.cueTracks = std::move(tracks);
            continue;
        }
        // A CUE track: one entry for its file, shared with the file's other tracks.
        IndexEntry& e = index[*audioPath];
        if (e.id == 0 && !e.bad) {
            e.size = plain.size;
            e.mtimeNs = plain.mtimeNs;
        }
        e.cue = CueStamp{st->columnText(7), st->columnInt(8), st->columnInt(9)};
        e.cueTracks.emplace_back(static_cast<int>(st->columnOptInt(10).value_or(0)), plain.id);
    }
    return index;
}

base::Result<std::vector<StoredTrack>> LibraryDb::tracks()
{
    auto st = storage::Statement::prepare(m_conn, std::string("SELECT ") + kTrackColumns +
                                                      " FROM tracks ORDER BY path");
    if (!st)
        return std::move(st).error();
    std::vector<StoredTrack> out;
    ACCORD_TRY(st->forEachRow([&](storage::Statement& r) { out.push_back(readTrack(r)); }));
    return out;
}

base::Status LibraryDb::forEachNameRow(const std::function<base::Status(const TrackNameRow&)>& visit)
{
    auto st =
        storage::Statement::prepare(m_conn, "SELECT id, path, title, artists FROM tracks ORDER BY path");
    if (!st)
        return std::move(st).error();
    TrackNameRow row;
    return st->forEachRow([&](storage::Statement& r) -> base::Status {
        row.id = r.columnInt(0);
        row.path = r.columnTextView(1);
        row.title = r.columnTextView(2);
        row.storedArtists = r.columnTextView(3);
        return visit(row);
    });
}

base::Status LibraryDb::forEachListing(const std::function<void(const TrackListing&)>& visit)
{
    auto st = storage::Statement::prepare(
        m_conn, "SELECT id, path, title, artists, album, genre, date, track_number, disc_number, cover_hash, "
                "duration_ms, sample_rate, bit_depth, codec FROM tracks ORDER BY path");
    if (!st)
        return std::move(st).error();
    TrackListing t;
    return st->forEachRow([&](storage::Statement& r) {
        t.id = r.columnInt(0);
        t.path = r.columnText(1);
        t.title = r.columnText(2);
        t.artists = splitArtists(r.columnText(3));
        t.album = r.columnText(4);
        t.genre = r.columnText(5);
        t.date = r.columnText(6);
        t.trackNumber = static_cast<int>(r.columnOptInt(7).value_or(0));
        t.discNumber = static_cast<int>(r.columnOptInt(8).value_or(0));
        t.coverHash = r.columnOptText(9).value_or("");
        t.durationMs = r.columnInt(10);
        t.sampleRate = static_cast<std::uint32_t>(r.columnInt(11));
        t.bitDepth = static_cast<std::uint16_t>(r.columnInt(12));
        t.codec = r.columnText(13);
        visit(t);
    });
}

base::Result<std::vector<TrackFormat>> LibraryDb::trackFormats()
{
    auto st =
        storage::Statement::prepare(m_conn, "SELECT id, sample_rate, bit_depth FROM tracks ORDER BY id");
    if (!st)
        return std::move(st).error();
    std::vector<TrackFormat> out;
    ACCORD_TRY(st->forEachRow([&](storage::Statement& r) {
        out.push_back({r.columnInt(0), static_cast<std::uint32_t>(r.columnInt(1)),
                       static_cast<std::uint16_t>(r.columnInt(2))});
    }));
    return out;
}

namespace {

/// The one track a `WHERE` clause with one parameter selects, or nullopt.
template <typename Key>
base::Result<std::optional<StoredTrack>> oneTrack(storage::Connection& conn, const char* where,
                                                  const Key& key)
{
    auto st =
        storage::Statement::prepare(conn, std::string("SELECT ") + kTrackColumns + " FROM tracks " + where);
    if (!st)
        return std::move(st).error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<StoredTrack>();
    return std::optional<StoredTrack>(readTrack(*st));
}

} // namespace

base::Result<std::optional<StoredTrack>> LibraryDb::trackByPath(const std::string& path)
{
    return oneTrack(m_conn, "WHERE path = ?", path);
}

base::Result<std::optional<StoredTrack>> LibraryDb::trackById(std::int64_t trackId)
{
    return oneTrack(m_conn, "WHERE id = ?", trackId);
}

base::Result<std::vector<BadFile>> LibraryDb::badFiles()
{
    auto st = storage::Statement::prepare(m_conn, "SELECT path, reason, detail FROM bad_files ORDER BY path");
    if (!st)
        return std::move(st).error();
    std::vector<BadFile> out;
    ACCORD_TRY(st->forEachRow([&](storage::Statement& r) {
        out.push_back({r.columnText(0),
                       badFileReasonFromString(r.columnText(1)).value_or(BadFileReason::Unreadable),
                       r.columnText(2)});
    }));
    return out;
}

base::Result<std::optional<CoverArt>> LibraryDb::cover(const std::string& hash)
{
    auto st = storage::Statement::prepare(m_conn, "SELECT mime, data FROM covers WHERE hash = ?");
    if (!st)
        return std::move(st).error();
    st->bind(1, hash);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<CoverArt>();
    return std::optional<CoverArt>(CoverArt{st->columnText(0), st->columnBlob(1), hash});
}

} // namespace accord::library
