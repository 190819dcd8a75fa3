// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "storage/connection.hpp"

#include <sqlite3.h>

namespace accord::storage {

using base::Error;
using base::ErrorCode;

WalFiles WalFiles::of(const std::filesystem::path& db)
{
    std::error_code ec;
    return {std::filesystem::exists(db.string() + "-wal", ec),
            std::filesystem::exists(db.string() + "-shm", ec)};
}

void WalFiles::removeCreatedSince(const std::filesystem::path& db) const
{
    std::error_code ec;
    const std::filesystem::path walPath = db.string() + "-wal";
    const auto walSize = std::filesystem::file_size(walPath, ec);
    const bool walEmpty = ec || walSize == 0; // absent or empty
    if (!walEmpty)
        return;
    if (!shm)
        std::filesystem::remove(db.string() + "-shm", ec);
    if (!wal)
        std::filesystem::remove(walPath, ec);
}

base::Result<Connection> Connection::open(const std::filesystem::path& path, Mode mode)
{
    sqlite3* db = nullptr;
    const int flags = (mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                       : mode == Mode::QueryOnly ? SQLITE_OPEN_READWRITE
                                                 : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return Error(ErrorCode::Database, "cannot open database: " + msg).inFile(path.string());
    }
    Connection conn(db, path.string());
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    const bool memory = path == ":memory:" || path.empty();
    if (mode == Mode::ReadWrite && !memory) {
        ACCORD_TRY(conn.exec("PRAGMA journal_mode=WAL"));
        ACCORD_TRY(conn.exec("PRAGMA synchronous=NORMAL"));
    }
    if (mode == Mode::QueryOnly)
        ACCORD_TRY(conn.exec("PRAGMA query_only=1"));
    ACCORD_TRY(conn.exec("PRAGMA foreign_keys=ON"));
    return conn;
}

Connection::Connection(Connection&& other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

base::Status Connection::exec(std::string_view sql)
{
    std::string text(sql);
    char* err = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        return Error(ErrorCode::Database, msg).inFile(m_path);
    }
    return {};
}

base::Result<int> Connection::userVersion()
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return lastError("user_version");
    int version = 0;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

bool Connection::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

long long Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

base::Error Connection::lastError(std::string_view what) const
{
    return Error(ErrorCode::Database, std::string(what) + ": " + sqlite3_errmsg(m_db)).inFile(m_path);
}

} // namespace accord::storage
