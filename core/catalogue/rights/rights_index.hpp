// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>

namespace accord::catalogue {

/// Brings the stored rights rows (table recording_rights, one compact row per recording with an ISRC, keyed
/// by it; see rights_codec)
/// up to date with the normalised tables.
///
/// Triggers (catalogue migration 2) note in rights_dirty what every write touched: a recording, a release
/// (its tracks) or a deal (its subject and every sublicence below it). This expands those marks to the
/// recordings they affect, rebuilds each one's row from the tables (RightsBatch: in chunks, byte for byte
/// what RightsQuery gives) and clears the marks. Readers use a row only while rights_dirty is empty, so a
/// write made by any path (even a sqlite3 shell) can never be answered from a stale row; it is merely slower
/// until refreshed.
///
/// Call it inside the write transaction, just before commit: the rows then change atomically with the
/// deals they describe. Returns how many rows were rebuilt.
/// [the connection's thread] Failure: Database errors; the caller's transaction rolls back.
base::Result<std::int64_t> refreshRights(storage::Connection& conn);

/// True when writes are pending a refresh (rights_dirty is not empty).
base::Result<bool> rightsNeedRefresh(storage::Connection& conn);

} // namespace accord::catalogue
