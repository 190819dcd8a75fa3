// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/batch_writer.hpp"

#include "base/log.hpp"
#include "library/library_db.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <chrono>
#include <map>
#include <unordered_set>

namespace accord::library {

namespace {

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Column list shared by INSERT and UPDATE; ?1..?32 in this order, ?33 = id for UPDATE.
constexpr const char* kInsert =
    "INSERT INTO tracks (path, size, mtime_ns, content_hash, title, artists, album, album_artist, "
    "track_number, "
    "track_total, disc_number, disc_total, date, genre, isrc, catalogue_id, mb_recording_id, mb_release_id, "
    "mb_artist_id, rg_track_gain, rg_track_peak, rg_album_gain, rg_album_peak, lyrics, synced_lyrics, "
    "cover_hash, "
    "duration_ms, sample_rate, bit_depth, channels, codec, bitrate_kbps, updated_at, added_at) VALUES (?1, "
    "?2, ?3, "
    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
    "?26, "
    "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?33)";
constexpr const char* kUpdate =
    "UPDATE tracks SET path=?1, size=?2, mtime_ns=?3, content_hash=?4, title=?5, artists=?6, album=?7, "
    "album_artist=?8, track_number=?9, track_total=?10, disc_number=?11, disc_total=?12, date=?13, "
    "genre=?14, "
    "isrc=?15, catalogue_id=?16, mb_recording_id=?17, mb_release_id=?18, mb_artist_id=?19, "
    "rg_track_gain=?20, "
    "rg_track_peak=?21, rg_album_gain=?22, rg_album_peak=?23, lyrics=?24, synced_lyrics=?25, cover_hash=?26, "
    "duration_ms=?27, sample_rate=?28, bit_depth=?29, channels=?30, codec=?31, bitrate_kbps=?32, "
    "updated_at=?33 "
    "WHERE id=?34";

void bindTrack(storage::Statement& s, const FoundFile& f, std::uint64_t hash, const TrackInfo& info)
{
    const TrackTags& t = info.tags;
    const AudioProperties& a = info.audio;
    s.bind(1, f.path).bind(2, f.size).bind(3, f.mtimeNs).bind(4, static_cast<std::int64_t>(hash));
    s.bind(5, t.title).bind(6, joinArtists(t.artists)).bind(7, t.album).bind(8, t.albumArtist);
    s.bind(9, t.trackNumber).bind(10, t.trackTotal).bind(11, t.discNumber).bind(12, t.discTotal);
    s.bind(13, t.date).bind(14, t.genre).bind(15, t.isrc).bind(16, t.catalogueId);
    s.bind(17, t.mbRecordingId).bind(18, t.mbReleaseId).bind(19, t.mbArtistId);
    s.bind(20, t.rgTrackGain).bind(21, t.rgTrackPeak).bind(22, t.rgAlbumGain).bind(23, t.rgAlbumPeak);
    s.bind(24, t.lyrics).bind(25, t.syncedLyrics);
    if (t.cover)
        s.bind(26, t.cover->hash);
    else
        s.bindNull(26);
    s.bind(27, a.durationMs).bind(28, static_cast<std::int64_t>(a.sampleRate)).bind(29, int{a.bitDepth});
    s.bind(30, int{a.channels}).bind(31, a.codec).bind(32, static_cast<std::int64_t>(a.bitrateKbps));
    s.bind(33, nowSeconds());
}

using ContentKey = std::pair<std::int64_t, std::uint64_t>;

constexpr const char* kSetCue =
    "UPDATE tracks SET audio_path=?1, cue_sheet=?2, cue_size=?3, cue_mtime_ns=?4, "
    "cue_track=?5, start_sample=?6, end_sample=?7 WHERE id=?8";

// The statements of one writer session; lives on the writer thread only.
struct Session {
    storage::Connection& conn;
    storage::Statement insert, update, insertCover, deleteTrack, deleteBad, upsertBad, setCue;
    std::multimap<ContentKey, std::size_t> removedByContent; // -> index into removed
    std::vector<RemovedEntry>& removed;
    std::vector<bool> consumed;
    std::unordered_set<std::string> knownCovers;
    WriteStats& stats;

    /// Deletes a file's CUE track rows except those in `keep`.
    base::Status deleteCueRows(const std::optional<IndexEntry>& ex,
                               const std::unordered_set<std::int64_t>& keep)
    {
        if (!ex)
            return {};
        for (const auto& [number, id] : ex->cueTracks)
            if (!keep.count(id)) {
                ACCORD_TRY(deleteTrack.bind(1, id).run());
                ++stats.removed;
            }
        return {};
    }

    /// The file's CUE tracks replace its whole-file row; a track keeps its row (id, identification,
    /// playlists) across rescans by its number.
    base::Status applyCue(const ReadTask& task, const ReadOutcome& out)
    {
        const auto& ex = task.existing;
        if (ex && !ex->bad && ex->id != 0) {
            ACCORD_TRY(deleteTrack.bind(1, ex->id).run());
            ++stats.removed;
        }
        std::unordered_set<std::int64_t> kept;
        const CueStamp stamp = out.cue.value_or(CueStamp{});
        for (const CueTrackEntry& e : out.cueTracks) {
            std::optional<std::int64_t> id;
            if (ex)
                for (const auto& [number, rowId] : ex->cueTracks)
                    if (number == e.range.track && !kept.count(rowId))
                        id = rowId;
            const FoundFile row{e.path, task.file.size, task.file.mtimeNs};
            if (id) {
                bindTrack(update, row, out.contentHash, e.info);
                update.bind(34, *id);
                ACCORD_TRY(update.run());
                ++stats.updated;
            } else {
                bindTrack(insert, row, out.contentHash, e.info);
                ACCORD_TRY(insert.run());
                id = conn.lastInsertRowId();
                ++stats.added;
            }
            kept.insert(*id);
            setCue.bind(1, task.file.path).bind(2, stamp.sheet).bind(3, stamp.size).bind(4, stamp.mtimeNs);
            setCue.bind(5, e.range.track).bind(6, static_cast<std::int64_t>(e.range.start));
            if (e.range.end)
                setCue.bind(7, static_cast<std::int64_t>(*e.range.end));
            else
                setCue.bindNull(7);
            ACCORD_TRY(setCue.bind(8, *id).run());
        }
        return deleteCueRows(ex, kept);
    }

    base::Status apply(const ReadTask& task, const ReadOutcome& out)
    {
        const auto& ex = task.existing;
        if (!out.track) {
            ACCORD_TRY(deleteCueRows(ex, {}));
            if (ex && !ex->bad && ex->id != 0)
                ACCORD_TRY(deleteTrack.bind(1, ex->id).run());
            upsertBad.bind(1, task.file.path).bind(2, task.file.size).bind(3, task.file.mtimeNs);
            upsertBad.bind(4, toString(out.badReason)).bind(5, out.badDetail).bind(6, nowSeconds());
            ++stats.bad;
            return upsertBad.run();
        }
        if (const auto& c = out.track->tags.cover; c && knownCovers.insert(c->hash).second)
            ACCORD_TRY(insertCover.bind(1, c->hash).bind(2, c->mime).bindBlob(3, c->data).run());
        if (ex && ex->bad)
            ACCORD_TRY(deleteBad.bind(1, ex->id).run());
        if (!out.cueTracks.empty())
            return applyCue(task, out);
        ACCORD_TRY(deleteCueRows(ex, {})); // a sheet removed: the file is one track again
        if (ex && !ex->bad && ex->id != 0) {
            bindTrack(update, task.file, out.contentHash, *out.track);
            update.bind(34, ex->id);
            ++stats.updated;
            return update.run();
        }
        // New path: the same content just disappeared elsewhere? Then it moved: keep that row.
        auto [lo, hi] = removedByContent.equal_range({task.file.size, out.contentHash});
        for (auto it = lo; it != hi; ++it) {
            if (consumed[it->second])
                continue;
            consumed[it->second] = true;
            bindTrack(update, task.file, out.contentHash, *out.track);
            update.bind(34, removed[it->second].entry.id);
            ++stats.moved;
            return update.run();
        }
        bindTrack(insert, task.file, out.contentHash, *out.track);
        ++stats.added;
        return insert.run();
    }

    base::Status applyRemovals()
    {
        for (std::size_t i = 0; i < removed.size(); ++i) {
            if (consumed[i])
                continue;
            for (const auto& [number, id] : removed[i].entry.cueTracks) {
                ACCORD_TRY(deleteTrack.bind(1, id).run());
                ++stats.removed;
            }
            if (removed[i].entry.id == 0)
                continue;
            auto& st = removed[i].entry.bad ? deleteBad : deleteTrack;
            ACCORD_TRY(st.bind(1, removed[i].entry.id).run());
            ++stats.removed;
        }
        if (stats.removed + stats.updated + stats.moved == 0)
            return {};
        return conn.exec("DELETE FROM covers WHERE hash NOT IN (SELECT cover_hash FROM tracks "
                         "WHERE cover_hash IS NOT NULL)");
    }
};

} // namespace

base::Result<std::unique_ptr<BatchWriter>> BatchWriter::start(const std::filesystem::path& dbPath,
                                                              std::vector<RemovedEntry> removed)
{
    // Open (and migrate) on the caller's thread so a bad path fails here, not later.
    auto db = LibraryDb::open(dbPath);
    if (!db)
        return std::move(db).error();
    std::unique_ptr<BatchWriter> w(new BatchWriter());
    w->m_thread = std::thread(
        [self = w.get(), dbPath, rm = std::move(removed)]() mutable { self->run(dbPath, std::move(rm)); });
    return w;
}

BatchWriter::~BatchWriter()
{
    if (m_thread.joinable())
        (void)finish(false);
}

void BatchWriter::submit(ReadTask task, ReadOutcome outcome)
{
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_error.has_value(); });
    m_queue.push_back({std::move(task), std::move(outcome)});
    if (m_queue.size() == kWakeAt)
        m_wake.notify_one(); // the writer also wakes on its own every 50 ms: fewer context switches
}

base::Result<WriteStats> BatchWriter::finish(bool applyRemovals)
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        m_applyRemovals = applyRemovals;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    if (m_error)
        return *m_error;
    return m_stats;
}

void BatchWriter::run(std::filesystem::path dbPath, std::vector<RemovedEntry> removed)
{
    auto fail = [this](base::Error e) {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = std::move(e);
        m_space.notify_all();
    };
    auto conn = storage::Connection::open(dbPath);
    if (!conn)
        return fail(std::move(conn).error());
    auto prep = [&](const char* sql) { return storage::Statement::prepare(*conn, sql); };
    auto insert = prep(kInsert), update = prep(kUpdate);
    auto cover = prep("INSERT OR IGNORE INTO covers (hash, mime, data) VALUES (?1, ?2, ?3)");
    auto delTrack = prep("DELETE FROM tracks WHERE id = ?1"),
         delBad = prep("DELETE FROM bad_files WHERE id = ?1");
    auto bad =
        prep("INSERT INTO bad_files (path, size, mtime_ns, reason, detail, seen_at) VALUES (?1, ?2, ?3, ?4, "
             "?5, ?6) ON CONFLICT(path) DO UPDATE SET size=excluded.size, mtime_ns=excluded.mtime_ns, "
             "reason=excluded.reason, detail=excluded.detail, seen_at=excluded.seen_at");
    auto setCue = prep(kSetCue);
    for (auto* s : {&insert, &update, &cover, &delTrack, &delBad, &bad, &setCue}) {
        if (!*s)
            return fail(std::move(*s).error());
    }
    Session session{*conn,
                    std::move(*insert),
                    std::move(*update),
                    std::move(*cover),
                    std::move(*delTrack),
                    std::move(*delBad),
                    std::move(*bad),
                    std::move(*setCue),
                    {},
                    removed,
                    std::vector<bool>(removed.size()),
                    {},
                    m_stats};
    for (std::size_t i = 0; i < removed.size(); ++i) {
        if (!removed[i].entry.bad && removed[i].entry.id != 0 && removed[i].entry.cueTracks.empty())
            session.removedByContent.emplace(ContentKey{removed[i].entry.size, removed[i].entry.contentHash},
                                             i);
    }
    std::optional<storage::Transaction> tx;
    std::size_t inBatch = 0;
    std::deque<Item> work;
    for (;;) {
        bool closing = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(50),
                            [&] { return m_queue.size() >= kWakeAt || m_closing; });
            work.swap(m_queue);
            closing = m_closing && work.empty();
            m_space.notify_all();
        }
        if (!tx && (!work.empty() || closing)) {
            auto t = storage::Transaction::begin(*conn);
            if (!t)
                return fail(std::move(t).error());
            tx.emplace(std::move(*t));
        }
        for (Item& item : work) {
            if (auto st = session.apply(item.task, item.outcome); !st)
                return fail(std::move(st).error().inFile(item.task.file.path));
            ++inBatch;
        }
        work.clear();
        if (closing) {
            if (m_applyRemovals) {
                if (auto st = session.applyRemovals(); !st)
                    return fail(std::move(st).error());
            }
            if (auto st = tx->commit(); !st)
                return fail(std::move(st).error());
            return;
        }
        if (inBatch >= kBatchSize) {
            if (auto st = tx->commit(); !st)
                return fail(std::move(st).error());
            tx.reset();
            inBatch = 0;
        }
    }
}

} // namespace accord::library
