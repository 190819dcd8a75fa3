// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/sync_store.hpp"

#include "storage/migrator.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace accord::sync {

namespace {

constexpr std::string_view kV1 = R"sql(
CREATE TABLE sync_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
)sql";
constexpr storage::Migration kMigrations[] = {{1, kV1}};

std::optional<base::Instant> instantOf(const std::map<std::string, std::string>& m, const char* key)
{
    const auto it = m.find(key);
    if (it == m.end())
        return std::nullopt;
    auto t = base::parseIso8601(it->second);
    return t.ok() ? std::optional(t->instant) : std::nullopt;
}

} // namespace

base::Result<SyncStore> SyncStore::open(const std::filesystem::path& path)
{
    auto conn = storage::Connection::open(path);
    if (!conn.ok())
        return std::move(conn).error();
    // Migrating an up-to-date file writes nothing, so a refused sync leaves it byte-identical.
    ACCORD_TRY(storage::migrate(*conn, kMigrations, "sync"));
    return SyncStore(std::move(*conn));
}

base::Result<std::optional<SyncState>> SyncStore::load()
{
    auto st = storage::Statement::prepare(m_conn, "SELECT key, value FROM sync_meta");
    if (!st.ok())
        return std::move(st).error();
    std::map<std::string, std::string> m;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return std::move(row).error();
        if (!*row)
            break;
        m[st->columnText(0)] = st->columnText(1);
    }
    if (!m.count("root"))
        return std::optional<SyncState>();
    SyncState s;
    s.url = m["url"];
    s.caFile = m["ca_file"];
    s.rootText = m["root"];
    if (m.count("release"))
        s.releaseText = m["release"];
    if (m.count("lease"))
        s.leaseText = m["lease"];
    if (m.count("applied")) {
        const auto j = nlohmann::json::parse(m["applied"], nullptr, false);
        if (j.is_array())
            for (const auto& h : j)
                s.appliedContent.insert(h.get<std::string>());
    }
    s.highestSeen = instantOf(m, "highest_seen");
    s.lastOnline = instantOf(m, "last_online");
    return std::optional<SyncState>(std::move(s));
}

base::Status SyncStore::save(const SyncState& s)
{
    auto tx = storage::Transaction::begin(m_conn);
    if (!tx.ok())
        return std::move(tx).error();
    ACCORD_TRY(m_conn.exec("DELETE FROM sync_meta"));
    auto st = storage::Statement::prepare(m_conn, "INSERT INTO sync_meta (key, value) VALUES (?1, ?2)");
    if (!st.ok())
        return std::move(st).error();
    auto put = [&](const char* key, const std::string& value) {
        st->bind(1, key).bind(2, value);
        return st->run();
    };
    ACCORD_TRY(put("url", s.url));
    ACCORD_TRY(put("ca_file", s.caFile));
    ACCORD_TRY(put("root", s.rootText));
    if (s.releaseText)
        ACCORD_TRY(put("release", *s.releaseText));
    if (s.leaseText)
        ACCORD_TRY(put("lease", *s.leaseText));
    ACCORD_TRY(put("applied", nlohmann::json(s.appliedContent).dump()));
    if (s.highestSeen)
        ACCORD_TRY(put("highest_seen", base::formatIso8601(*s.highestSeen)));
    if (s.lastOnline)
        ACCORD_TRY(put("last_online", base::formatIso8601(*s.lastOnline)));
    return tx->commit();
}

base::Status SyncStore::raiseHighestSeen(base::Instant t)
{
    auto tx = storage::Transaction::begin(m_conn);
    if (!tx.ok())
        return std::move(tx).error();
    auto state = load();
    if (!state.ok())
        return std::move(state).error();
    if (!*state || ((*state)->highestSeen && *(*state)->highestSeen >= t))
        return {}; // the transaction rolls back: nothing written
    auto st = storage::Statement::prepare(
        m_conn, "INSERT OR REPLACE INTO sync_meta (key, value) VALUES ('highest_seen', ?1)");
    if (!st.ok())
        return std::move(st).error();
    st->bind(1, base::formatIso8601(t));
    ACCORD_TRY(st->run());
    return tx->commit();
}

} // namespace accord::sync
