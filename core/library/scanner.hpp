// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/file_enumerator.hpp"
#include "library/library_db.hpp"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace accord::library {

enum class ScanPhase { Idle, Walking, Reading, Finishing, Done };

/// A snapshot for a progress bar: `read` of `toRead` files opened so far.
struct ScanProgress {
    ScanPhase phase = ScanPhase::Idle;
    std::size_t filesSeen = 0;
    std::size_t toRead = 0;
    std::size_t read = 0;
};

/// What one scan did. `badFiles` lists every bad file under the scanned folders (new and known).
struct ScanSummary {
    std::size_t filesSeen = 0;
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t moved = 0;
    std::size_t removed = 0;
    std::size_t unchanged = 0;
    std::size_t read = 0; ///< files opened in this scan
    std::vector<BadFile> badFiles;
    std::vector<WalkProblem> problems;
    double elapsedSeconds = 0;
    bool cancelled = false;
};

struct ScannerOptions {
    unsigned readerThreads = 0; ///< 0 = twice the hardware threads, at least 4
    /// A root that exists but holds no files while the library has tracks under it (an unmounted disk's
    /// mount point) is treated like a missing one: reported in `problems`, nothing removed. true removes
    /// its tracks (the folder really was emptied).
    bool allowEmptyRoot = false;
};

/// Scans music folders into the library DB: walk (stat only) -> diff against the DB's index (one query)
/// -> read new/changed files with TagLib on `readerThreads` threads -> one BatchWriter applies results
/// in large transactions -> removals and moves. Unchanged files are never opened.
/// scan() [one thread at a time; blocks until done]; cancel() and progress() [any thread].
/// A cancelled scan keeps what it wrote and removes nothing.
class Scanner {
public:
    explicit Scanner(std::filesystem::path dbPath, ScannerOptions options = {});

    /// `roots` need not be canonical; they are resolved first. Fails only for DB errors.
    /// `onProgress` (optional) is called on the scanning thread about ten times a second.
    base::Result<ScanSummary> scan(const std::vector<std::filesystem::path>& roots,
                                   const std::function<void(const ScanProgress&)>& onProgress = {});
    void cancel() noexcept { m_cancel.store(true, std::memory_order_relaxed); }
    ScanProgress progress() const noexcept;

private:
    std::filesystem::path m_dbPath;
    ScannerOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_phase{0};
    std::atomic<std::size_t> m_seen{0};
    std::atomic<std::size_t> m_toRead{0};
    std::atomic<std::size_t> m_read{0};
};

} // namespace accord::library
