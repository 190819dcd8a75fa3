// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace accord::storage {

/// One SQLite connection. Not shared between threads: each thread opens its own
/// ("one connection per thread"). Opened files use WAL, foreign keys on, a busy timeout.
/// [one thread at a time] Move-only.
class Connection {
public:
    enum class Mode { ReadWrite, ReadOnly };

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
