// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <filesystem>
#include <string>

namespace accord::catalogue {

/// What buildRightsIndex did.
struct RightsIndexBuild {
    bool built = false;
    std::string reason;      ///< why it was built, or why not
    std::uint64_t rows = 0;  ///< rows in the index now in place (0 when none)
    std::uint64_t bytes = 0; ///< its file size
    std::int64_t changesBefore =
        0; ///< rows the change log held beyond the previous index (-1: no usable one)
    double seconds = 0;
};

enum class IndexPolicy {
    WhenWorthIt, ///< only when there is no usable index or its change log grew past max(4096, rows / 32)
    Always,
};

/// Writes the decision index (rights_file_format.hpp) of the catalogue on conn to indexFile, from one read
/// snapshot of recording_rights, and replaces the previous file atomically (readers keep the one they
/// mapped). Then prunes the change log up to the new file's generation.
///
/// Runs after an import's commit, never inside a transaction: the catalogue is already complete without
/// it, and a failed build leaves the previous index (still completed by the change log) or none; readers
/// then use the catalogue itself. Builders are serialised by an flock on indexFile + ".lock".
/// Memory: 16 bytes per row for the by-recording order (240 MB at 15M rows), released at the end.
/// [the connection's thread] Failure: Io naming the file, Database; nothing in the catalogue changes
/// except the generation counter.
base::Result<RightsIndexBuild> buildRightsIndex(storage::Connection& conn,
                                                const std::filesystem::path& indexFile, IndexPolicy policy);

/// After a write's commit: buildRightsIndex(WhenWorthIt) beside the connection's database file, logging
/// what it did; a failure is logged, not returned (the write is complete without the index).
void maintainRightsIndex(storage::Connection& conn);

/// For writers, before refreshing many rows at once (an upgrade, a large import): stops logging row
/// changes one by one. endBulkRightsRefresh() then declares every earlier index unusable and empties the
/// log, in the same transaction. [the connection's thread, inside the write transaction]
base::Status beginBulkRightsRefresh(storage::Connection& conn);
base::Status endBulkRightsRefresh(storage::Connection& conn);

} // namespace accord::catalogue
