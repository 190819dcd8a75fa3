// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/library_identifier.hpp"

#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <algorithm>
#include <chrono>

namespace accord::library {

namespace {

constexpr const char* kUpsert =
    "INSERT INTO identifications (track_id, recording_id, method, confidence, fingerprint, identified_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(track_id) DO UPDATE SET recording_id=excluded.recording_id, "
    "method=excluded.method, confidence=excluded.confidence, fingerprint=excluded.fingerprint, "
    "identified_at=excluded.identified_at, recording_row=NULL";

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

base::Status bindAndRun(storage::Statement& st, std::int64_t trackId, const identify::Identification& id)
{
    st.bind(1, trackId);
    if (id.recording)
        st.bind(2, id.recording->catalogueId);
    else
        st.bindNull(2);
    st.bind(3, identify::toString(id.method)).bind(4, id.confidence);
    if (id.fingerprint.empty())
        st.bindNull(5);
    else
        st.bind(5, id.fingerprint);
    st.bind(6, nowSeconds());
    return st.run();
}

} // namespace

identify::Evidence evidenceOf(const StoredTrack& t)
{
    identify::Evidence e;
    e.path = t.path;
    e.isrc = t.info.tags.isrc;
    e.catalogueId = t.info.tags.catalogueId;
    e.title = t.info.tags.title;
    e.artists = t.info.tags.artists;
    if (t.info.audio.durationMs > 0)
        e.durationMs = t.info.audio.durationMs;
    return e;
}

base::Status storeIdentification(LibraryDb& db, std::int64_t trackId, const identify::Identification& id)
{
    auto st = storage::Statement::prepare(db.connection(), kUpsert);
    if (!st)
        return std::move(st).error();
    return bindAndRun(*st, trackId, id);
}

namespace {

// Tracks never identified or changed since their identification, by id (ascending).
base::Result<std::vector<std::int64_t>> staleTrackIds(LibraryDb& db)
{
    auto stale = storage::Statement::prepare(
        db.connection(), "SELECT t.id FROM tracks t LEFT JOIN identifications i ON i.track_id = t.id "
                         "WHERE i.track_id IS NULL OR i.identified_at < t.updated_at ORDER BY t.id");
    if (!stale)
        return std::move(stale).error();
    std::vector<std::int64_t> ids;
    ACCORD_TRY(stale->forEachRow([&](storage::Statement& row) { ids.push_back(row.columnInt(0)); }));
    return ids;
}

StoredIdentification inMemory(const identify::Identification& id)
{
    StoredIdentification s;
    if (id.recording)
        s.catalogueId = id.recording->catalogueId;
    s.method = id.method;
    s.confidence = id.confidence;
    s.identifiedAt = nowSeconds();
    return s;
}

} // namespace

base::Result<IdentifyStats> identifyLibrary(LibraryDb& db, identify::Identifier& identifier, bool onlyStale)
{
    // The stale ids first: when every identification is current (the usual case at start-up), the
    // tracks are never loaded.
    std::vector<std::int64_t> ids;
    if (onlyStale) {
        auto stale = staleTrackIds(db);
        if (!stale)
            return std::move(stale).error();
        ids = std::move(*stale);
        if (ids.empty())
            return IdentifyStats{};
    }
    auto tracks = db.tracks();
    if (!tracks)
        return std::move(tracks).error();
    std::vector<bool> wanted;
    if (onlyStale) {
        for (const StoredTrack& t : *tracks)
            wanted.push_back(std::binary_search(ids.begin(), ids.end(), t.id));
    } else {
        wanted.assign(tracks->size(), true);
    }
    auto upsert = storage::Statement::prepare(db.connection(), kUpsert);
    if (!upsert)
        return std::move(upsert).error();
    IdentifyStats stats;
    std::optional<storage::Transaction> tx;
    for (std::size_t i = 0; i < tracks->size(); ++i) {
        if (!wanted[i])
            continue;
        auto id = identifier.identify(evidenceOf((*tracks)[i]));
        if (!id)
            return std::move(id).error();
        if (!tx) {
            auto t = storage::Transaction::begin(db.connection());
            if (!t)
                return std::move(t).error();
            tx.emplace(std::move(*t));
        }
        ACCORD_TRY(bindAndRun(*upsert, (*tracks)[i].id, *id));
        ++stats.considered;
        ++(id->recording ? stats.identified : stats.unidentified);
        if (stats.considered % 500 == 0) {
            ACCORD_TRY(tx->commit());
            tx.reset();
        }
    }
    if (tx)
        ACCORD_TRY(tx->commit());
    return stats;
}

base::Result<std::optional<StoredIdentification>>
identifyPath(LibraryDb& db, identify::Identifier& identifier, const std::string& path)
{
    auto track = db.trackByPath(path);
    if (!track)
        return std::move(track).error();
    if (!*track)
        return std::optional<StoredIdentification>();
    return identifyTrack(db, identifier, **track);
}

base::Result<std::optional<StoredIdentification>>
identifyTrack(LibraryDb& db, identify::Identifier& identifier, const StoredTrack& track)
{
    auto stale = storage::Statement::prepare(
        db.connection(), "SELECT 1 FROM tracks t JOIN identifications i ON i.track_id = t.id "
                         "WHERE t.id = ?1 AND i.identified_at >= t.updated_at");
    if (!stale)
        return std::move(stale).error();
    stale->bind(1, track.id);
    auto current = stale->step();
    if (!current)
        return std::move(current).error();
    if (!*current) {
        auto id = identifier.identify(evidenceOf(track));
        if (!id)
            return std::move(id).error();
        ACCORD_TRY(storeIdentification(db, track.id, *id));
    }
    return identificationOf(db, track.id);
}

base::Result<StoredIdentification> identifyTrackReadOnly(LibraryDb& db, identify::Identifier& identifier,
                                                         const StoredTrack& track)
{
    auto stale = storage::Statement::prepare(
        db.connection(), "SELECT 1 FROM tracks t JOIN identifications i ON i.track_id = t.id "
                         "WHERE t.id = ?1 AND i.identified_at >= t.updated_at");
    if (!stale)
        return std::move(stale).error();
    stale->bind(1, track.id);
    auto current = stale->step();
    if (!current)
        return std::move(current).error();
    if (*current) {
        stale->reset();
        auto stored = identificationOf(db, track.id);
        if (!stored)
            return std::move(stored).error();
        if (*stored)
            return std::move(**stored);
    }
    auto id = identifier.identify(evidenceOf(track));
    if (!id)
        return std::move(id).error();
    return inMemory(*id);
}

base::Result<std::vector<std::pair<std::int64_t, StoredIdentification>>>
currentIdentifications(LibraryDb& db, identify::Identifier& identifier)
{
    auto stale = staleTrackIds(db);
    if (!stale)
        return std::move(stale).error();
    auto stored = storedIdentifications(db);
    if (!stored)
        return std::move(stored).error();
    if (stale->empty())
        return stored;
    // Stale tracks (rare after a scan that identified): identified now, replacing what is stored.
    std::vector<std::pair<std::int64_t, StoredIdentification>> fresh;
    for (const std::int64_t trackId : *stale) {
        auto track = db.trackById(trackId);
        if (!track)
            return std::move(track).error();
        if (!*track)
            continue;
        auto id = identifier.identify(evidenceOf(**track));
        if (!id)
            return std::move(id).error();
        fresh.emplace_back(trackId, inMemory(*id));
    }
    std::vector<std::pair<std::int64_t, StoredIdentification>> out;
    out.reserve(stored->size() + fresh.size());
    auto a = stored->begin();
    auto b = fresh.begin();
    while (a != stored->end() || b != fresh.end()) {
        if (b == fresh.end() || (a != stored->end() && a->first < b->first)) {
            out.push_back(std::move(*a++));
        } else {
            if (a != stored->end() && a->first == b->first)
                ++a; // the stored one is out of date
            out.push_back(std::move(*b++));
        }
    }
    return out;
}

namespace {

// The columns recording_id, method, confidence, identified_at, recording_row of identifications, from column
// `first` on.
StoredIdentification readIdentification(const storage::Statement& st, int first)
{
    StoredIdentification s;
    s.catalogueId = st.columnOptText(first).value_or("");
    s.method = identify::methodFromString(st.columnText(first + 1)).value_or(identify::Method::Unidentified);
    s.confidence = st.columnDouble(first + 2);
    s.identifiedAt = st.columnInt(first + 3);
    s.recordingRow = st.columnOptInt(first + 4);
    return s;
}

} // namespace

base::Result<std::optional<StoredIdentification>> identificationOf(LibraryDb& db, std::int64_t trackId)
{
    auto st = storage::Statement::prepare(
        db.connection(),
        "SELECT recording_id, method, confidence, identified_at, recording_row FROM identifications "
        "WHERE track_id = ?1");
    if (!st)
        return std::move(st).error();
    st->bind(1, trackId);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<StoredIdentification>();
    return std::optional<StoredIdentification>(readIdentification(*st, 0));
}

base::Result<std::vector<std::pair<std::int64_t, StoredIdentification>>> storedIdentifications(LibraryDb& db)
{
    auto st = storage::Statement::prepare(
        db.connection(), "SELECT i.track_id, i.recording_id, i.method, i.confidence, i.identified_at, "
                         "i.recording_row "
                         "FROM identifications i ORDER BY i.track_id");
    if (!st)
        return std::move(st).error();
    std::vector<std::pair<std::int64_t, StoredIdentification>> out;
    ACCORD_TRY(st->forEachRow(
        [&](storage::Statement& row) { out.emplace_back(row.columnInt(0), readIdentification(row, 1)); }));
    return out;
}

base::Result<std::optional<RecordingRowsMark>> recordingRowsMark(LibraryDb& db)
{
    auto st = storage::Statement::prepare(
        db.connection(), "SELECT catalogue_uuid, last_row, last_catalogue_id FROM recording_rows_mark");
    if (!st)
        return std::move(st).error();
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return std::optional<RecordingRowsMark>();
    return std::optional<RecordingRowsMark>(
        RecordingRowsMark{st->columnText(0), st->columnInt(1), st->columnText(2)});
}

base::Status storeRecordingRows(LibraryDb& db, const RecordingRowsMark& mark,
                                const std::vector<RecordingRow>& rows, bool replace)
{
    auto tx = storage::Transaction::begin(db.connection());
    if (!tx)
        return std::move(tx).error();
    if (replace)
        ACCORD_TRY(db.connection().exec(
            "UPDATE identifications SET recording_row = NULL WHERE recording_row IS NOT NULL"));
    auto set = storage::Statement::prepare(
        db.connection(),
        "UPDATE identifications SET recording_row = ?2 WHERE track_id = ?1 AND recording_id = ?3");
    if (!set)
        return std::move(set).error();
    for (const RecordingRow& r : rows) {
        ACCORD_TRY(set->bind(1, r.trackId).bind(2, r.row).bind(3, r.catalogueId).run());
    }
    auto marked = storage::Statement::prepare(
        db.connection(),
        "INSERT INTO recording_rows_mark (id, catalogue_uuid, last_row, last_catalogue_id) "
        "VALUES (1, ?1, ?2, ?3) ON CONFLICT(id) DO UPDATE SET catalogue_uuid = excluded.catalogue_uuid, "
        "last_row = excluded.last_row, last_catalogue_id = excluded.last_catalogue_id");
    if (!marked)
        return std::move(marked).error();
    ACCORD_TRY(marked->bind(1, mark.catalogueUuid).bind(2, mark.lastRow).bind(3, mark.lastCatalogueId).run());
    return tx->commit();
}

} // namespace accord::library
