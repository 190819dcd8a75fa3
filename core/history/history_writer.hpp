// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/error.hpp"
#include "base/result.hpp"
#include "history/play_record.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace accord::history {

/// Writes plays into library.db on its own thread ("accord-history") with its own connection, opened there
/// on first use, so that recording never makes the player's control thread or the GUI wait for SQLite (a
/// scan may hold the write lock for seconds). Records are batched: the worker waits up to `batchDelay`
/// after the first for more, then stores them all in one transaction. Requests run in call order.
class HistoryWriter {
public:
    explicit HistoryWriter(std::filesystem::path dbPath,
                           std::chrono::milliseconds batchDelay = std::chrono::milliseconds(250));
    /// Writes what is already queued, then stops the worker.
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter&) = delete;
    HistoryWriter& operator=(const HistoryWriter&) = delete;

    /// Queues one record. [any thread] Takes a short lock, never waits for the database.
    void submit(PlayRecord record);
    /// Deletes the whole history once the records queued before it are written (they are deleted too).
    /// `done` runs on the worker with the number of rows deleted, or the error. [any thread]
    void clear(std::function<void(base::Result<std::int64_t>)> done = {});
    /// Blocks until everything queued before the call is written. [any thread but the worker]
    void flush();
    /// The last write failure, if any (the failed batch is logged and dropped). [any thread]
    std::optional<base::Error> lastError() const;

private:
    struct Job {
        std::optional<PlayRecord> record;
        std::function<void(base::Result<std::int64_t>)> clearDone; ///< set for a clear
        bool clear = false;
    };
    void run();

    std::filesystem::path m_dbPath;
    std::chrono::milliseconds m_batchDelay;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::condition_variable m_doneCv;
    std::deque<Job> m_jobs;
    std::uint64_t m_queued = 0;  ///< jobs ever queued
    std::uint64_t m_written = 0; ///< jobs ever done
    bool m_urgent = false;       ///< a flush() waits: no batching delay
    bool m_quit = false;
    std::optional<base::Error> m_lastError;
    std::thread m_thread;
};

} // namespace accord::history
