// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/history_store.hpp"

#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <limits>
#include <string>

namespace accord::history {

using storage::Statement;

namespace {

constexpr const char* kColumns =
    "SELECT id, track_id, path, title, artists, album, album_artist, isrc, started_at, heard_ms, "
    "duration_ms, finished, outcome, sample_rate, bit_depth, reason_code, reason FROM plays ";

PlayRecord readRecord(const Statement& s)
{
    PlayRecord r;
    r.id = s.columnInt(0);
    r.trackId = s.columnOptInt(1);
    r.path = s.columnText(2);
    r.title = s.columnText(3);
    r.artists = s.columnText(4);
    r.album = s.columnText(5);
    r.albumArtist = s.columnText(6);
    r.isrc = s.columnText(7);
    r.startedAtMs = s.columnInt(8);
    r.heardMs = s.columnInt(9);
    r.durationMs = s.columnOptInt(10);
    r.finished = s.columnInt(11) != 0;
    r.outcome = parseOutcome(s.columnText(12)).value_or(PlayOutcome::Played);
    r.sampleRate = static_cast<std::uint32_t>(s.columnInt(13));
    r.bitDepth = static_cast<std::uint16_t>(s.columnInt(14));
    r.reasonCode = s.columnText(15);
    r.reason = s.columnText(16);
    return r;
}

// The library's view of the file wins where it has one: its tags were read by the scanner and its id lets the
// report group plays of one track, while the player's tags may be missing (a file opened by path).
void takeSnapshot(PlayRecord& r, const Statement& s)
{
    auto keep = [](std::string& field, std::string stored) {
        if (!stored.empty())
            field = std::move(stored);
    };
    r.trackId = s.columnInt(0);
    keep(r.title, s.columnText(1));
    keep(r.artists, s.columnText(2));
    keep(r.album, s.columnText(3));
    keep(r.albumArtist, s.columnText(4));
    keep(r.isrc, s.columnText(5));
    if (s.columnInt(6) > 0)
        r.durationMs = s.columnInt(6);
}

} // namespace

base::Status HistoryStore::add(const std::vector<PlayRecord>& plays)
{
    if (plays.empty())
        return {};
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    auto lookup =
        Statement::prepare(*m_conn, "SELECT id, title, artists, album, album_artist, isrc, duration_ms "
                                    "FROM tracks WHERE id = ?1 OR (?1 IS NULL AND path = ?2)");
    if (!lookup)
        return std::move(lookup).error();
    auto insert = Statement::prepare(
        *m_conn, "INSERT INTO plays (track_id, path, title, artists, album, album_artist, isrc, started_at, "
                 "heard_ms, duration_ms, finished, outcome, sample_rate, bit_depth, reason_code, reason) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!insert)
        return std::move(insert).error();
    for (PlayRecord r : plays) {
        lookup->bind(1, r.trackId).bind(2, r.path);
        auto found = lookup->step();
        if (!found)
            return std::move(found).error();
        if (*found)
            takeSnapshot(r, *lookup);
        else
            r.trackId.reset(); // a stale id (the track left the library) must not break the foreign key
        lookup->reset();
        insert->bind(1, r.trackId).bind(2, r.path).bind(3, r.title).bind(4, r.artists).bind(5, r.album);
        insert->bind(6, r.albumArtist).bind(7, r.isrc).bind(8, r.startedAtMs).bind(9, r.heardMs);
        insert->bind(10, r.durationMs).bind(11, r.finished ? 1 : 0).bind(12, toString(r.outcome));
        insert->bind(13, static_cast<std::int64_t>(r.sampleRate)).bind(14, static_cast<int>(r.bitDepth));
        insert->bind(15, r.reasonCode).bind(16, r.reason);
        ACCORD_TRY(insert->run());
    }
    return tx->commit();
}

base::Result<std::vector<PlayRecord>> HistoryStore::select(const char* where, std::int64_t fromMs,
                                                           std::int64_t toMs)
{
    auto st = Statement::prepare(*m_conn, std::string(kColumns) + where + " ORDER BY started_at, id");
    if (!st)
        return std::move(st).error();
    st->bind(1, fromMs).bind(2, toMs);
    std::vector<PlayRecord> out;
    ACCORD_TRY(st->forEachRow([&](Statement& s) { out.push_back(readRecord(s)); }));
    return out;
}

base::Result<std::vector<PlayRecord>> HistoryStore::between(std::int64_t fromMs, std::int64_t toMs)
{
    return select("WHERE started_at >= ?1 AND started_at < ?2", fromMs, toMs);
}

base::Result<std::vector<PlayRecord>> HistoryStore::all()
{
    return select("WHERE ?1 <= ?2", 0, 0);
}

base::Result<std::int64_t> HistoryStore::count()
{
    auto st = Statement::prepare(*m_conn, "SELECT COUNT(*) FROM plays");
    if (!st)
        return std::move(st).error();
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    return st->columnInt(0);
}

base::Result<std::int64_t> HistoryStore::clear()
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    auto n = count();
    if (!n)
        return n;
    ACCORD_TRY(m_conn->exec("DELETE FROM plays"));
    ACCORD_TRY(tx->commit());
    return *n;
}

} // namespace accord::history
