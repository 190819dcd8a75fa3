// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "storage/connection.hpp"

#include <span>
#include <string_view>

namespace accord::storage {

/// One numbered schema step. Versions start at 1 and are contiguous.
struct Migration {
    int version;
    std::string_view sql;
};

/// Brings a database to the newest version: each pending migration runs in its own transaction
/// together with the PRAGMA user_version bump, so a failing step leaves the previous version intact.
/// A database newer than this build knows is refused (never downgraded).
/// [the connection's thread]
base::Status migrate(Connection& conn, std::span<const Migration> migrations, std::string_view schemaName);

} // namespace accord::storage
