// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/playlist_store.hpp"

#include "library/library_db.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <algorithm>
#include <chrono>
#include <unordered_set>

namespace accord::playlist {

using base::Error;
using base::ErrorCode;
using storage::Statement;

namespace {

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr const char* kSummarySql =
    "SELECT p.id, p.name, COUNT(i.id), "
    "  SUM(CASE WHEN i.id IS NOT NULL AND t.id IS NULL THEN 1 ELSE 0 END), "
    "  SUM(CASE WHEN t.id IS NOT NULL THEN t.duration_ms WHEN i.duration_ms > 0 THEN i.duration_ms ELSE 0 "
    "END) "
    "FROM playlists p LEFT JOIN playlist_items i ON i.playlist_id = p.id "
    "LEFT JOIN tracks t ON t.id = COALESCE(i.track_id, (SELECT id FROM tracks WHERE path = i.location)) ";

PlaylistSummary readSummary(const Statement& s)
{
    return {s.columnInt(0), s.columnText(1), static_cast<int>(s.columnInt(2)),
            static_cast<int>(s.columnInt(3)), s.columnInt(4)};
}

std::string displayArtists(const std::string& joined)
{
    std::string out;
    for (const std::string& a : library::splitArtists(joined))
        out += (out.empty() ? "" : ", ") + a;
    return out;
}

} // namespace

base::Result<std::vector<PlaylistSummary>> PlaylistStore::list()
{
    auto st = Statement::prepare(*m_conn, std::string(kSummarySql) + "GROUP BY p.id ORDER BY p.name, p.id");
    if (!st)
        return std::move(st).error();
    std::vector<PlaylistSummary> out;
    ACCORD_TRY(st->forEachRow([&](Statement& s) { out.push_back(readSummary(s)); }));
    return out;
}

base::Result<std::optional<PlaylistSummary>> PlaylistStore::find(std::int64_t id)
{
    auto st = Statement::prepare(*m_conn, std::string(kSummarySql) + "WHERE p.id = ?1 GROUP BY p.id");
    if (!st)
        return std::move(st).error();
    st->bind(1, id);
    std::optional<PlaylistSummary> out;
    ACCORD_TRY(st->forEachRow([&](Statement& s) { out = readSummary(s); }));
    return out;
}

base::Result<std::vector<PlaylistSummary>> PlaylistStore::findByName(const std::string& name)
{
    auto st = Statement::prepare(*m_conn,
                                 std::string(kSummarySql) + "WHERE p.name = ?1 GROUP BY p.id ORDER BY p.id");
    if (!st)
        return std::move(st).error();
    st->bind(1, name);
    std::vector<PlaylistSummary> out;
    ACCORD_TRY(st->forEachRow([&](Statement& s) { out.push_back(readSummary(s)); }));
    return out;
}

base::Status PlaylistStore::requireExists(std::int64_t id)
{
    auto st = Statement::prepare(*m_conn, "SELECT 1 FROM playlists WHERE id = ?1");
    if (!st)
        return std::move(st).error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    if (!*row)
        return Error(ErrorCode::NotFound, "no playlist with id " + std::to_string(id));
    return {};
}

base::Status PlaylistStore::touch(std::int64_t id)
{
    auto st = Statement::prepare(*m_conn, "UPDATE playlists SET updated_at = ?2 WHERE id = ?1");
    if (!st)
        return std::move(st).error();
    return st->bind(1, id).bind(2, nowMs()).run();
}

base::Status PlaylistStore::insertItems(std::int64_t id, int firstPosition,
                                        const std::vector<NewPlaylistItem>& items)
{
    auto st = Statement::prepare(
        *m_conn, "INSERT INTO playlist_items (playlist_id, position, track_id, location, title, "
                 "artist, album, isrc, duration_ms, matched_by, missing_reason) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st)
        return std::move(st).error();
    int position = firstPosition;
    for (const NewPlaylistItem& item : items) {
        st->bind(1, id).bind(2, position++).bind(3, item.trackId).bind(4, item.location).bind(5, item.title);
        st->bind(6, item.artist).bind(7, item.album).bind(8, item.isrc);
        if (item.durationMs >= 0)
            st->bind(9, item.durationMs);
        else
            st->bindNull(9);
        st->bind(10, item.matchedBy).bind(11, item.trackId ? std::string() : item.missingReason);
        ACCORD_TRY(st->run());
    }
    return {};
}

base::Result<std::int64_t> PlaylistStore::create(const std::string& name,
                                                 const std::vector<NewPlaylistItem>& items)
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    auto st = Statement::prepare(*m_conn,
                                 "INSERT INTO playlists (name, created_at, updated_at) VALUES (?1, ?2, ?2)");
    if (!st)
        return std::move(st).error();
    ACCORD_TRY(st->bind(1, name).bind(2, nowMs()).run());
    const std::int64_t id = m_conn->lastInsertRowId();
    ACCORD_TRY(insertItems(id, 0, items));
    ACCORD_TRY(tx->commit());
    return id;
}

base::Status PlaylistStore::rename(std::int64_t id, const std::string& name)
{
    ACCORD_TRY(requireExists(id));
    auto st = Statement::prepare(*m_conn, "UPDATE playlists SET name = ?2, updated_at = ?3 WHERE id = ?1");
    if (!st)
        return std::move(st).error();
    return st->bind(1, id).bind(2, name).bind(3, nowMs()).run();
}

base::Status PlaylistStore::remove(std::int64_t id)
{
    ACCORD_TRY(requireExists(id));
    // The items go with it (ON DELETE CASCADE), in the same statement's transaction.
    auto st = Statement::prepare(*m_conn, "DELETE FROM playlists WHERE id = ?1");
    if (!st)
        return std::move(st).error();
    return st->bind(1, id).run();
}

base::Result<std::vector<PlaylistItem>> PlaylistStore::items(std::int64_t id)
{
    ACCORD_TRY(requireExists(id));
    auto st = Statement::prepare(
        *m_conn,
        "SELECT i.id, i.position, t.id, COALESCE(t.path, i.location), COALESCE(t.title, i.title), "
        "COALESCE(t.artists, i.artist), COALESCE(t.album, i.album), COALESCE(t.isrc, i.isrc), "
        "COALESCE(t.duration_ms, i.duration_ms), i.matched_by, i.missing_reason, i.track_id "
        "FROM playlist_items i "
        "LEFT JOIN tracks t ON t.id = COALESCE(i.track_id, (SELECT id FROM tracks WHERE path = i.location)) "
        "WHERE i.playlist_id = ?1 ORDER BY i.position, i.id");
    if (!st)
        return std::move(st).error();
    st->bind(1, id);
    std::vector<PlaylistItem> out;
    ACCORD_TRY(st->forEachRow([&](Statement& s) {
        PlaylistItem item;
        item.id = s.columnInt(0);
        item.position = static_cast<int>(s.columnInt(1));
        item.trackId = s.columnOptInt(2);
        item.path = s.columnText(3);
        item.title = s.columnText(4);
        item.artist = item.trackId ? displayArtists(s.columnText(5)) : s.columnText(5);
        item.album = s.columnText(6);
        item.isrc = s.columnText(7);
        item.durationMs = s.columnOptInt(8).value_or(-1);
        item.matchedBy = s.columnText(9);
        if (!item.trackId) {
            item.missingReason = s.columnText(10);
            // Matched once, and its track has left the library since (ON DELETE SET NULL).
            if (item.missingReason.empty())
                item.missingReason = item.path.empty() ? "no longer in the library"
                                                       : item.path + " is no longer in the library";
            item.matchedBy.clear();
        } else if (s.columnIsNull(11)) {
            item.matchedBy = "path"; // found again at its location after a rescan
        }
        out.push_back(std::move(item));
    }));
    return out;
}

base::Status PlaylistStore::append(std::int64_t id, const std::vector<NewPlaylistItem>& items)
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    ACCORD_TRY(requireExists(id));
    auto st = Statement::prepare(
        *m_conn, "SELECT COALESCE(MAX(position) + 1, 0) FROM playlist_items WHERE playlist_id = ?1");
    if (!st)
        return std::move(st).error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    const int first = static_cast<int>(st->columnInt(0));
    st->reset();
    ACCORD_TRY(insertItems(id, first, items));
    ACCORD_TRY(touch(id));
    return tx->commit();
}

base::Status PlaylistStore::renumber(std::int64_t id, const std::vector<std::int64_t>& orderedIds)
{
    auto st = Statement::prepare(
        *m_conn, "UPDATE playlist_items SET position = ?3 WHERE id = ?1 AND playlist_id = ?2");
    if (!st)
        return std::move(st).error();
    int position = 0;
    for (const std::int64_t itemId : orderedIds)
        ACCORD_TRY(st->bind(1, itemId).bind(2, id).bind(3, position++).run());
    return touch(id);
}

base::Status PlaylistStore::reorder(std::int64_t id, const std::vector<std::int64_t>& itemIds)
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    auto current = items(id);
    if (!current)
        return std::move(current).error();
    std::unordered_set<std::int64_t> known;
    for (const PlaylistItem& i : *current)
        known.insert(i.id);
    std::unordered_set<std::int64_t> seen;
    for (const std::int64_t itemId : itemIds)
        if (!known.count(itemId) || !seen.insert(itemId).second)
            return Error(ErrorCode::InvalidArgument,
                         "item " + std::to_string(itemId) + " is not in the playlist, or is given twice");
    if (seen.size() != known.size())
        return Error(ErrorCode::InvalidArgument, "the new order must hold every item of the playlist once");
    ACCORD_TRY(renumber(id, itemIds));
    return tx->commit();
}

base::Status PlaylistStore::move(std::int64_t id, std::int64_t itemId, int toPosition)
{
    auto current = items(id);
    if (!current)
        return std::move(current).error();
    std::vector<std::int64_t> order;
    for (const PlaylistItem& i : *current)
        if (i.id != itemId)
            order.push_back(i.id);
    if (order.size() == current->size())
        return Error(ErrorCode::NotFound,
                     "no item " + std::to_string(itemId) + " in playlist " + std::to_string(id));
    const auto at = static_cast<std::size_t>(std::clamp(toPosition, 0, static_cast<int>(order.size())));
    order.insert(order.begin() + static_cast<long>(at), itemId);
    return reorder(id, order);
}

base::Status PlaylistStore::removeItems(std::int64_t id, const std::vector<std::int64_t>& itemIds)
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx)
        return std::move(tx).error();
    auto current = items(id);
    if (!current)
        return std::move(current).error();
    const std::unordered_set<std::int64_t> drop(itemIds.begin(), itemIds.end());
    auto del = Statement::prepare(*m_conn, "DELETE FROM playlist_items WHERE id = ?1 AND playlist_id = ?2");
    if (!del)
        return std::move(del).error();
    std::vector<std::int64_t> keep;
    for (const PlaylistItem& i : *current) {
        if (drop.count(i.id))
            ACCORD_TRY(del->bind(1, i.id).bind(2, id).run());
        else
            keep.push_back(i.id);
    }
    ACCORD_TRY(renumber(id, keep));
    return tx->commit();
}

base::Result<NewPlaylistItem> PlaylistStore::itemForPath(const std::string& path)
{
    auto st = Statement::prepare(
        *m_conn, "SELECT id, title, artists, album, isrc, duration_ms FROM tracks WHERE path = ?1");
    if (!st)
        return std::move(st).error();
    st->bind(1, path);
    auto row = st->step();
    if (!row)
        return std::move(row).error();
    NewPlaylistItem item;
    item.location = path;
    if (!*row) {
        item.missingReason = path + " is not in the library";
        return item;
    }
    item.trackId = st->columnInt(0);
    item.title = st->columnText(1);
    item.artist = displayArtists(st->columnText(2));
    item.album = st->columnText(3);
    item.isrc = st->columnText(4);
    item.durationMs = st->columnInt(5);
    item.matchedBy = "path";
    return item;
}

} // namespace accord::playlist
