// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/history_writer.hpp"

#include "base/log.hpp"
#include "history/history_store.hpp"
#include "library/library_db.hpp"

#include <pthread.h>
#include <vector>

namespace accord::history {

HistoryWriter::HistoryWriter(std::filesystem::path dbPath, std::chrono::milliseconds batchDelay)
    : m_dbPath(std::move(dbPath)), m_batchDelay(batchDelay), m_thread([this] { run(); })
{
}

HistoryWriter::~HistoryWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

void HistoryWriter::submit(PlayRecord record)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{std::move(record), {}, false});
        ++m_queued;
    }
    m_cv.notify_all();
}

void HistoryWriter::clear(std::function<void(base::Result<std::int64_t>)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job{std::nullopt, std::move(done), true});
        ++m_queued;
        m_urgent = true; // the listener asked for it: no batching delay
    }
    m_cv.notify_all();
}

void HistoryWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_queued;
    m_urgent = true;
    m_cv.notify_all();
    m_doneCv.wait(lock, [&] { return m_written >= target; });
}

std::optional<base::Error> HistoryWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void HistoryWriter::run()
{
    pthread_setname_np(pthread_self(), "accord-history");
    std::optional<library::LibraryDb> db;
    auto failed = [this](const base::Error& e) {
        base::logWarning("history", "listening history not written: " + e.describe());
        std::lock_guard lock(m_mutex);
        m_lastError = e;
    };
    for (;;) {
        std::deque<Job> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&] { return m_quit || !m_jobs.empty(); });
            if (m_jobs.empty() && m_quit)
                break;
            // Plays end seconds apart at most; gathering a few keeps one transaction per batch.
            m_cv.wait_for(lock, m_batchDelay, [&] { return m_quit || m_urgent; });
            m_urgent = false;
            jobs.swap(m_jobs);
        }
        if (!db) {
            auto opened = library::LibraryDb::open(m_dbPath);
            if (opened)
                db.emplace(std::move(*opened));
            else
                failed(opened.error());
        }
        std::vector<PlayRecord> batch;
        auto writeBatch = [&] {
            if (batch.empty() || !db)
                return;
            if (auto st = HistoryStore(db->connection()).add(batch); !st)
                failed(st.error());
            batch.clear();
        };
        for (Job& job : jobs) {
            if (!job.clear) {
                batch.push_back(std::move(*job.record));
                continue;
            }
            writeBatch();
            base::Result<std::int64_t> cleared =
                db ? HistoryStore(db->connection()).clear()
                   : base::Result<std::int64_t>(
                         base::Error(base::ErrorCode::Database, "the library database could not be opened"));
            if (job.clearDone)
                job.clearDone(std::move(cleared));
        }
        writeBatch();
        {
            std::lock_guard lock(m_mutex);
            m_written += jobs.size();
        }
        m_doneCv.notify_all();
    }
}

} // namespace accord::history
