// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "storage/statement.hpp"

#include <sqlite3.h>

namespace accord::storage {

base::Result<Statement> Statement::prepare(Connection& conn, std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(conn.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &stmt, nullptr) != SQLITE_OK)
        return conn.lastError("prepare '" + std::string(sql.substr(0, 60)) + "'");
    return Statement(conn, stmt);
}

Statement::Statement(Statement&& other) noexcept : m_conn(other.m_conn), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_conn = other.m_conn;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> blob)
{
    sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

base::Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    base::Error err = m_conn->lastError("step");
    sqlite3_reset(m_stmt);
    return err;
}

base::Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r.ok())
            return std::move(r).error();
        if (!*r)
            break;
    }
    reset();
    return {};
}

base::Result<Statement*> Statement::reuse(Connection& conn, std::optional<Statement>& slot,
                                          std::string_view sql)
{
    if (!slot) {
        auto st = prepare(conn, sql);
        if (!st.ok())
            return std::move(st).error();
        slot.emplace(std::move(*st));
    }
    slot->reset();
    return &*slot;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string Statement::columnText(int col) const
{
    const auto* text = sqlite3_column_text(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(n)) : std::string();
}

std::vector<std::uint8_t> Statement::columnBlob(int col) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return data ? std::vector<std::uint8_t>(data, data + n) : std::vector<std::uint8_t>();
}

std::span<const std::uint8_t> Statement::columnBlobView(int col) const
{
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return data ? std::span<const std::uint8_t>(data, static_cast<std::size_t>(n))
                : std::span<const std::uint8_t>();
}

std::string_view Statement::columnTextView(int col) const
{
    const auto bytes = columnBlobView(col);
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

bool Statement::columnIsNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::optional<std::string> Statement::columnOptText(int col) const
{
    if (columnIsNull(col))
        return std::nullopt;
    return columnText(col);
}

std::optional<std::int64_t> Statement::columnOptInt(int col) const
{
    if (columnIsNull(col))
        return std::nullopt;
    return columnInt(col);
}

} // namespace accord::storage
