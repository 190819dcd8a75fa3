// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_index.hpp"

#include "catalogue/rights/rights_batch.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "storage/statement.hpp"

#include <span>

namespace accord::catalogue {

namespace {

// Marks (kind 0 = recording, 1 = release, 2 = deal) expanded to recording ids: a deal reaches its own
// subject and the subjects of every sublicence below it (UNION stops on a cyclic chain); a release reaches
// its tracks (CROSS JOIN keeps that order: each release looked up by its key, never a scan of every track).
// Sorted, so rows are rebuilt in table order.
constexpr const char* kAffectedSql = R"sql(
WITH RECURSIVE
    touched_deals(id) AS (
        SELECT id FROM rights_dirty WHERE kind = 2
        UNION SELECT d.id FROM deals d JOIN touched_deals t ON d.parent_id = t.id),
    subjects(kind, id) AS (
        SELECT kind, id FROM rights_dirty WHERE kind IN (0, 1)
        UNION SELECT CASE WHEN recording_id IS NULL THEN 1 ELSE 0 END, coalesce(recording_id, release_id)
              FROM deals WHERE id IN touched_deals)
SELECT id FROM subjects WHERE kind = 0
UNION SELECT rt.recording_id FROM subjects s CROSS JOIN release_tracks rt ON rt.release_id = s.id WHERE s.kind = 1
ORDER BY 1
)sql";

// Above this many marks a refresh counts as bulk (see beginBulkRightsRefresh).
constexpr std::int64_t kBulkMarks = 20'000;

} // namespace

base::Result<bool> rightsNeedRefresh(storage::Connection& conn)
{
    auto st = storage::Statement::prepare(conn, "SELECT EXISTS (SELECT 1 FROM rights_dirty)");
    if (!st.ok())
        return std::move(st).error();
    auto row = st->step();
    if (!row.ok())
        return std::move(row).error();
    return *row && st->columnInt(0) != 0;
}

base::Result<std::int64_t> refreshRights(storage::Connection& conn)
{
    auto pending = rightsNeedRefresh(conn);
    if (!pending.ok())
        return std::move(pending).error();
    if (!*pending)
        return std::int64_t{0};
    auto affected = storage::Statement::prepare(conn, kAffectedSql);
    if (!affected.ok())
        return std::move(affected).error();
    // A recording deleted in the same transaction, or one without a valid ISRC, gets no row (RightsBatch
    // delivers only the others, with their keys).
    auto store = storage::Statement::prepare(
        conn, "INSERT OR REPLACE INTO recording_rights(isrc_key, recording_id, data) VALUES(?1, ?2, ?3)");
    if (!store.ok())
        return std::move(store).error();
    // Many marks (an upgrade, a large import): the rows are not logged one by one for the decision index;
    // it is declared out of date instead, and rebuilt after the commit.
    auto marks = storage::Statement::prepare(conn, "SELECT count(*) FROM rights_dirty");
    if (!marks.ok())
        return std::move(marks).error();
    auto counted = marks->step();
    if (!counted.ok())
        return std::move(counted).error();
    const bool bulk = marks->columnInt(0) > kBulkMarks;
    if (bulk)
        ACCORD_TRY(beginBulkRightsRefresh(conn));
    RightsBatch batch(conn,
                      [&](std::int64_t id, std::int64_t key, const RecordingRights& rights) -> base::Status {
                          const std::string data = encodeRights(rights);
                          const std::span<const std::uint8_t> bytes(
                              reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
                          return store->bind(1, key).bind(2, id).bindBlob(3, bytes).run();
                      });
    std::int64_t rebuilt = 0;
    for (;;) {
        auto row = affected->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            break;
        ACCORD_TRY(batch.add(affected->columnInt(0)));
        ++rebuilt;
    }
    ACCORD_TRY(batch.finish());
    affected->reset();
    if (bulk)
        ACCORD_TRY(endBulkRightsRefresh(conn));
    ACCORD_TRY(conn.exec("DELETE FROM rights_dirty"));
    return rebuilt;
}

} // namespace accord::catalogue
