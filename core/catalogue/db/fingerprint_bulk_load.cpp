// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/fingerprint_bulk_load.hpp"

#include "storage/statement.hpp"
#include "storage/transaction.hpp"

namespace accord::catalogue {

namespace {

// Migration 6's triggers by name: the only ones that write fingerprint_terms.
constexpr const char* kTriggers =
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
    "tbl_name = 'recordings' AND name LIKE 'fingerprint\\_terms\\_%' ESCAPE '\\' "
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

base::Result<std::int64_t> FingerprintBulkLoad::finish()
{
    // SQLite sorts the ORDER BY below in temporary files only with temp_store=FILE (60M rows at 1M prints
    // are not for memory); the setting is the connection's, so the caller's is put back. It cannot change
    // inside a transaction.
    std::int64_t tempStore = 0;
    {
        auto st = storage::Statement::prepare(*m_conn, "PRAGMA temp_store");
        if (!st.ok())
            return std::move(st).error();
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        tempStore = st->columnInt(0);
    }
    ACCORD_TRY(m_conn->exec("PRAGMA temp_store=FILE"));
    auto rows = rebuild();
    ACCORD_TRY(m_conn->exec("PRAGMA temp_store=" + std::to_string(tempStore)));
    return rows;
}

base::Result<std::int64_t> FingerprintBulkLoad::rebuild()
{
    auto tx = storage::Transaction::begin(*m_conn);
    if (!tx.ok())
        return std::move(tx).error();
    // Every row again, whatever was there (a --force synth over fingerprinted recordings updates them),
    // sorted first so that the B-tree is built by appending.
    ACCORD_TRY(m_conn->exec("DELETE FROM fingerprint_terms"));
    ACCORD_TRY(m_conn->exec("INSERT OR IGNORE INTO fingerprint_terms "
                            "SELECT t.value ->> 0, r.id, t.value ->> 1 FROM recordings r, "
                            "json_each(accord_fingerprint_terms(r.fingerprint)) t "
                            "WHERE r.fingerprint IS NOT NULL ORDER BY 1, 2, 3"));
    for (const std::string& sql : m_triggers)
        ACCORD_TRY(m_conn->exec(sql));
    std::int64_t rows = 0;
    {
        auto st = storage::Statement::prepare(*m_conn, "SELECT count(*) FROM fingerprint_terms");
        if (!st.ok())
            return std::move(st).error();
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        rows = st->columnInt(0);
    }
    ACCORD_TRY(tx->commit());
    m_triggers.clear();
    return rows;
}

} // namespace accord::catalogue
