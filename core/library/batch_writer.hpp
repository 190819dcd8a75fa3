// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/scan_plan.hpp"
#include "library/tag_reader.hpp"

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>

namespace accord::library {

struct WriteStats {
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t moved = 0; ///< new paths that took over a removed track's row (same content)
    std::size_t removed = 0;
    std::size_t bad = 0; ///< files recorded (or re-recorded) as bad in this scan
};

/// The library's single writer: one thread with its own connection applies read results in large
/// transactions (kBatchSize files per commit) through prepared statements. A new file whose size and
/// content hash equal a removed track's takes over that row (same id: identity and history kept).
/// Removals are applied last, in the final transaction, and only when finish(true) is called.
/// Producers: submit() [any thread], blocks while kMaxQueued results wait (bounds memory).
/// Owner: start() and finish() [one thread].
class BatchWriter {
public:
    static constexpr std::size_t kBatchSize = 4000;
    static constexpr std::size_t kMaxQueued = 2048;
    static constexpr std::size_t kWakeAt = 256;

    static base::Result<std::unique_ptr<BatchWriter>> start(const std::filesystem::path& dbPath,
                                                            std::vector<RemovedEntry> removed);
    ~BatchWriter();
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    void submit(ReadTask task, ReadOutcome outcome);
    /// Drains the queue, applies removals if `applyRemovals`, commits, joins the thread.
    base::Result<WriteStats> finish(bool applyRemovals);

private:
    struct Item {
        ReadTask task;
        ReadOutcome outcome;
    };
    BatchWriter() = default;
    void run(std::filesystem::path dbPath, std::vector<RemovedEntry> removed);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_space;
    std::deque<Item> m_queue;
    bool m_closing = false;
    bool m_applyRemovals = false;
    std::thread m_thread;
    WriteStats m_stats;
    std::optional<base::Error> m_error;
};

} // namespace accord::library
