// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/sync_store.hpp"

#include "storage/migrator.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
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

// PRAGMA user_version, failing when the read fails (Connection::userVersion() gives 0 then: a file that is
// not a database, or a WAL database whose index cannot be made, would pass for a new, empty store).
base::Result<int> readVersion(storage::Connection& conn)
{
    auto st = storage::Statement::prepare(conn, "PRAGMA user_version");
    if (!st.ok())
        return std::move(st).error();
    auto row = st->step();
    if (!row.ok())
        return std::move(row).error();
    return *row ? static_cast<int>(st->columnInt(0)) : 0;
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

base::Result<SyncStore> SyncStore::openForReading(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return base::makeError(base::ErrorCode::NotFound, "no sync store").inFile(path.string());
    const int newest = kMigrations[std::size(kMigrations) - 1].version;
    std::optional<base::Error> why;
    const auto attempt = [&](const std::string& name, storage::Connection::Mode mode,
                             bool allowEmpty) -> std::optional<SyncStore> {
        auto conn = storage::Connection::open(name, mode);
        if (!conn.ok()) {
            why = conn.error();
            return std::nullopt;
        }
        auto v = readVersion(*conn); // SQLite opens lazily: this is the first read
        if (!v.ok()) {
            why = v.error();
            return std::nullopt;
        }
        if (*v == 0 && allowEmpty) {
            // Created but never migrated (a crash inside `sync init`): nothing to read, like no store.
            SyncStore empty(std::move(*conn));
            empty.m_empty = true;
            return empty;
        }
        if (*v != newest) {
            why =
                base::Error(base::ErrorCode::Unsupported, "sync store schema version " + std::to_string(*v) +
                                                              ", this build reads " + std::to_string(newest))
                    .inFile(path.string());
            return std::nullopt;
        }
        return SyncStore(std::move(*conn));
    };
    // Closed cleanly (no -wal): a query-only handle removes the -wal and -shm it makes when it closes last.
    const bool clean = !std::filesystem::exists(path.string() + "-wal", ec);
    const storage::WalFiles before = storage::WalFiles::of(path);
    if (auto store = attempt(
            path.string(), clean ? storage::Connection::Mode::QueryOnly : storage::Connection::Mode::ReadOnly,
            false))
        return std::move(*store);
    // A read-only folder or a full disk (the WAL index cannot be made): try the immutable read before
    // believing any error.
    const base::Error first =
        why.value_or(base::Error(base::ErrorCode::Database, "cannot read the sync store"));
    before.removeCreatedSince(path); // what the failed attempt left beside the file (a full disk)
    // A read-only folder or a full disk: the WAL index cannot be created. Read the file as it is.
    std::string uri = "file:";
    for (char c : path.string()) {
        if (c == '%' || c == '?' || c == '#') {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
            uri += hex;
        } else {
            uri += c;
        }
    }
    if (auto store = attempt(uri + "?immutable=1", storage::Connection::Mode::ReadOnly, true))
        return std::move(*store);
    return why && why->code == base::ErrorCode::Unsupported ? *why : first;
}

base::Result<std::optional<SyncState>> SyncStore::load()
{
    if (m_empty)
        return std::optional<SyncState>();
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
