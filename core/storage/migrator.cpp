// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "storage/migrator.hpp"

#include "storage/transaction.hpp"

#include <string>

namespace accord::storage {

using base::Error;
using base::ErrorCode;

base::Status migrate(Connection& conn, std::span<const Migration> migrations, std::string_view schemaName)
{
    auto current = conn.userVersion();
    if (!current.ok())
        return std::move(current).error();
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > newest)
        return Error(ErrorCode::Unsupported, std::string(schemaName) + " schema version " +
                                                 std::to_string(*current) + " is newer than this build (" +
                                                 std::to_string(newest) + ")")
            .inFile(conn.path());
    int expected = 1;
    for (const Migration& m : migrations) {
        if (m.version != expected++)
            return Error(ErrorCode::Internal, std::string(schemaName) + " migrations are not contiguous");
        if (m.version <= *current)
            continue;
        auto tx = Transaction::begin(conn);
        if (!tx.ok())
            return std::move(tx).error();
        // Another connection (the window opens library.db from several workers at once) may have applied
        // this migration between our read of user_version and our write lock: read it again under the lock.
        auto now = conn.userVersion();
        if (!now.ok())
            return std::move(now).error();
        if (m.version <= *now)
            continue; // the transaction rolls back: nothing was written
        auto st = conn.exec(m.sql);
        if (!st.ok())
            return Error(ErrorCode::Database, std::string(schemaName) + " migration " +
                                                  std::to_string(m.version) +
                                                  " failed: " + st.error().message)
                .inFile(conn.path());
        ACCORD_TRY(conn.exec("PRAGMA user_version=" + std::to_string(m.version)));
        ACCORD_TRY(tx->commit());
    }
    return {};
}

} // namespace accord::storage
