// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/fingerprint_bulk_load.hpp"

#include "catalogue/model/fingerprint_terms.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <algorithm>

namespace accord::catalogue {

namespace {

// Migration 7's triggers by name: the only ones that write fingerprint_keys.
constexpr const char* kTriggers =
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
    "tbl_name = 'recordings' AND name LIKE 'fingerprint\\_keys\\_%' ESCAPE '\\' "
    "ORDER BY name";

} // namespace

base::Result<FingerprintBulkLoad> FingerprintBulkLoad::begin(storage::Connection& conn)
{
    auto tx = storage::Transaction::begin(conn);
    if (!tx.ok())
        return std::move(tx).error();
    std::vector<std::string> names, sql;
    {
        auto st = storage::Statement::prepare(conn, kTriggers);
        if (!st.ok())
            return std::move(st).error();
        ACCORD_TRY(st->forEachRow([&](storage::Statement& s) {
            names.push_back(s.columnText(0));
            sql.push_back(s.columnText(1));
        }));
    }
    for (const std::string& name : names)
        ACCORD_TRY(conn.exec("DROP TRIGGER \"" + name + "\""));
    ACCORD_TRY(tx->commit());
    return FingerprintBulkLoad(conn, std::move(sql));
}

base::Result<std::int64_t> FingerprintBulkLoad::finish(std::size_t passRows)
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx.ok())
        return std::move(tx).error();
    // Every row again, whatever was there (a --force synth over fingerprinted recordings updates them).
    ACCORD_TRY(m_conn->exec("DELETE FROM fingerprint_keys"));
    auto rows = rebuild(passRows);
    if (!rows.ok())
        return std::move(rows).error();
    for (const std::string& sql : m_triggers)
        ACCORD_TRY(m_conn->exec(sql));
    ACCORD_TRY(tx->commit());
    m_triggers.clear();
    return rows;
}

base::Result<std::int64_t> FingerprintBulkLoad::rebuild(std::size_t passRows)
{
    // The rows are computed here rather than by the triggers' SQL (json_each over accord_fingerprint_keys,
    // ORDER BY): that path spent ~30 us per row formatting, parsing and sorting JSON text in temporary
    // files (195 s for 6 M rows). Here the keys are sorted in memory and inserted in key order, so the
    // B-tree is only appended to. Memory is bounded: the key space is cut into ranges of at most passRows
    // rows (from a histogram of the keys' top bits, one pass over the fingerprints), and each range is one
    // more pass: at a million prints (60 M rows) five passes of 256 MB at most.
    constexpr int kTopBits = 16;
    constexpr int kKeyBits = 44;
    auto st = storage::Statement::prepare(
        *m_conn, "SELECT id, fingerprint FROM recordings WHERE fingerprint IS NOT NULL ORDER BY id");
    if (!st.ok())
        return std::move(st).error();
    auto forEachKey = [&](auto&& visit) {
        st->reset();
        return st->forEachRow([&](storage::Statement& s) {
            const auto raw = decodeStoredFingerprint(s.columnText(1));
            if (!raw)
                return; // not a fingerprint: the triggers index nothing for it either
            const auto recording = s.columnInt(0);
            for (const FingerprintKey& k : indexKeys(*raw))
                visit(k, recording);
        });
    };
    std::vector<std::size_t> histogram(std::size_t{1} << kTopBits);
    ACCORD_TRY(forEachKey([&](const FingerprintKey& k, std::int64_t) {
        ++histogram[static_cast<std::size_t>(k.key >> (kKeyBits - kTopBits))];
    }));
    // 16 bytes a row: the key (44 bits) and the position (< kIndexedItems) share a word.
    static_assert(kIndexedItems <= 1024);
    struct Row {
        std::uint64_t keyPosition;
        std::int64_t recording;
        std::int64_t key() const { return static_cast<std::int64_t>(keyPosition >> 10); }
        std::int64_t position() const { return static_cast<std::int64_t>(keyPosition & 1023); }
        // The table's key order: (key, recording_id, position).
        bool operator<(const Row& o) const
        {
            if (key() != o.key())
                return key() < o.key();
            return recording != o.recording ? recording < o.recording : position() < o.position();
        }
    };
    auto insert = storage::Statement::prepare(
        *m_conn, "INSERT OR IGNORE INTO fingerprint_keys(key, recording_id, position) VALUES(?, ?, ?)");
    if (!insert.ok())
        return std::move(insert).error();
    std::vector<Row> rows;
    for (std::size_t from = 0; from < histogram.size();) {
        // The next range of top bits [from, to): as many buckets as fit passRows (at least one).
        std::size_t to = from, n = 0;
        while (to < histogram.size() && (to == from || n + histogram[to] <= passRows))
            n += histogram[to++];
        if (n == 0) {
            from = to;
            continue;
        }
        rows.clear();
        rows.reserve(n);
        const auto lo = static_cast<std::int64_t>(from) << (kKeyBits - kTopBits);
        const auto hi = static_cast<std::int64_t>(to) << (kKeyBits - kTopBits);
        ACCORD_TRY(forEachKey([&](const FingerprintKey& k, std::int64_t recording) {
            if (k.key >= lo && k.key < hi)
                rows.push_back(
                    {(static_cast<std::uint64_t>(k.key) << 10) | static_cast<std::uint64_t>(k.position),
                     recording});
        }));
        std::sort(rows.begin(), rows.end());
        for (const Row& r : rows) {
            insert->reset();
            insert->bind(1, r.key()).bind(2, r.recording).bind(3, r.position());
            auto done = insert->step();
            if (!done.ok())
                return std::move(done).error();
        }
        from = to;
    }
    std::int64_t count = 0;
    {
        auto c = storage::Statement::prepare(*m_conn, "SELECT count(*) FROM fingerprint_keys");
        if (!c.ok())
            return std::move(c).error();
        auto row = c->step();
        if (!row.ok())
            return std::move(row).error();
        count = c->columnInt(0);
    }
    return count;
}

} // namespace accord::catalogue
