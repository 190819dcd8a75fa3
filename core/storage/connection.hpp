// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace accord::storage {

/// Which of a database's -wal and -shm files exist, taken before a read-only open that may fail. On a full
/// disk SQLite creates them but cannot size the -shm, the open fails and the caller reads the file as
/// immutable instead: removeCreatedSince() then removes the files that attempt left, so that a reader
/// leaves the folder as it found it. It removes only files that did not exist before, and only while the
/// -wal is empty (an empty WAL holds nothing, and its index nothing either). [any thread]
struct WalFiles {
    bool wal = false;
    bool shm = false;
    static WalFiles of(const std::filesystem::path& db);
    void removeCreatedSince(const std::filesystem::path& db) const;
};

/// One SQLite connection. Not shared between threads: each thread opens its own
/// ("one connection per thread"). Opened files use WAL, foreign keys on, a busy timeout.
/// [one thread at a time] Move-only.
class Connection {
public:
    /// ReadWrite creates the file if needed and sets WAL. ReadOnly opens an existing file read-only (SQLite
    /// still creates the -wal and -shm files of a WAL database beside it, and leaves them: a read-only
    /// connection may not remove them). QueryOnly opens an existing file for reading only (PRAGMA
    /// query_only: every write is refused) through a read-write handle, so that as the last connection it
    /// removes the -wal and -shm files it made, as a writer does: a reader that leaves the folder as it found
    /// it. Neither creates the database nor changes its journal mode.
    enum class Mode { ReadWrite, ReadOnly, QueryOnly };

    /// Opens (creating if ReadWrite) the database at `path`; ":memory:" for an in-memory database.
    static base::Result<Connection> open(const std::filesystem::path& path, Mode mode = Mode::ReadWrite);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    /// Runs one or more statements without results (DDL, pragmas).
    base::Status exec(std::string_view sql);

    /// PRAGMA user_version, the schema version the migrator maintains.
    base::Result<int> userVersion();

    /// True inside an explicit transaction (BEGIN ... COMMIT/ROLLBACK), false in autocommit.
    bool inTransaction() const;

    long long lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const noexcept { return m_db; }
    const std::string& path() const noexcept { return m_path; }

    /// An Error of kind Database from the connection's last error, with `what` as context.
    base::Error lastError(std::string_view what) const;

private:
    Connection(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::string m_path;
};

} // namespace accord::storage
