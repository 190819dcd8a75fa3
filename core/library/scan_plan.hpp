// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/file_enumerator.hpp"
#include "library/library_db.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace accord::library {

/// A file the scan must open: new, or changed since the DB saw it (`existing` set). `cue`: the .cue beside
/// it that names it (its tracks come from that sheet).
struct ReadTask {
    FoundFile file;
    std::optional<IndexEntry> existing;
    std::optional<CueStamp> cue = std::nullopt;
};

/// The .cue sheets found beside audio files, by the audio file's path.
using CueSidecarIndex = std::unordered_map<std::string, CueStamp>;

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
/// CUE sheets: a file is also read again when the .cue that names it (`cues`) is new, changed or gone since
/// its tracks were stored (a sheet embedded in the file changes with the file).
/// [any thread] No I/O.
ScanPlan planScan(const PathIndex& index, std::vector<FoundFile> found, const std::vector<std::string>& roots,
                  const std::vector<std::string>& unreachable, const CueSidecarIndex& cues = {});

/// True when `path` is `folder` or inside it (byte prefix followed by '/').
bool isUnder(const std::string& path, const std::string& folder);

} // namespace accord::library
