// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3_stmt;

namespace accord::storage {

/// A prepared statement. Bind indexes are 1-based, column indexes 0-based (as in SQLite).
/// Reuse it: reset() after each execution keeps the compiled plan.
/// [the connection's thread] Move-only; must not outlive its Connection.
class Statement {
public:
    static base::Result<Statement> prepare(Connection& conn, std::string_view sql);
    /// The statement in `slot`, prepared on first use and reset on every later one: for statements a
    /// reader runs again and again. The pointer is valid while `slot` holds it.
    static base::Result<Statement*> reuse(Connection& conn, std::optional<Statement>& slot,
                                          std::string_view sql);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::span<const std::uint8_t> blob);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Advances: true when a row is available, false when done; Error on failure.
    base::Result<bool> step();
    /// Runs to completion, ignoring rows, then resets.
    base::Status run();
    /// Steps through every row, calling `f(*this)` for each; the first SQLite error is returned. When `f`
    /// returns a base::Status, its first error stops the walk and is returned.
    template <typename F> base::Status forEachRow(F&& f)
    {
        for (;;) {
            auto row = step();
            if (!row.ok())
                return std::move(row).error();
            if (!*row)
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<F&, Statement&>, base::Status>) {
                base::Status st = f(*this);
                if (!st.ok())
                    return st;
            } else {
                f(*this);
            }
        }
    }
    void reset();

    std::int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string columnText(int col) const;
    std::vector<std::uint8_t> columnBlob(int col) const;
    /// The blob in place, without a copy: valid until the next step(), reset() or destruction.
    std::span<const std::uint8_t> columnBlobView(int col) const;
    /// A TEXT value's bytes in place (unconverted, as sqlite3_column_blob gives them; NULL is empty, as
    /// columnText() makes it): valid until the next step(), reset() or destruction.
    std::string_view columnTextView(int col) const;
    bool columnIsNull(int col) const;
    std::optional<std::string> columnOptText(int col) const;
    std::optional<std::int64_t> columnOptInt(int col) const;

private:
    Statement(Connection& conn, sqlite3_stmt* stmt) : m_conn(&conn), m_stmt(stmt) {}
    Connection* m_conn = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace accord::storage
