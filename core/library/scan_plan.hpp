// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/file_enumerator.hpp"
#include "library/library_db.hpp"

#include <optional>
#include <string>
#include <vector>

namespace accord::library {

/// A file the scan must open: new, or changed since the DB saw it (`existing` set).
struct ReadTask {
    FoundFile file;
    std::optional<IndexEntry> existing;
};

/// A DB entry under the scanned roots whose file is gone.
struct RemovedEntry {
    std::string path;
    IndexEntry entry;
};

struct ScanPlan {
    std::vector<ReadTask> toRead;
    std::vector<RemovedEntry> removed;
    std::size_t unchanged = 0;
};

/// The rescan diff, pure: a found file whose size and mtime equal the index is unchanged (never opened);
/// other found files are read; indexed paths under `roots` that were not found are removed, except
/// under `unreachable` folders (a folder that could not be opened keeps its entries).
/// [any thread] No I/O.
ScanPlan planScan(const PathIndex& index, std::vector<FoundFile> found, const std::vector<std::string>& roots,
                  const std::vector<std::string>& unreachable);

/// True when `path` is `folder` or inside it (byte prefix followed by '/').
bool isUnder(const std::string& path, const std::string& folder);

} // namespace accord::library
