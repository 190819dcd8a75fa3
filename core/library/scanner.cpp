// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/scanner.hpp"

#include "library/batch_writer.hpp"
#include "library/cue_discovery.hpp"
#include "library/file_bytes.hpp"
#include "library/scan_plan.hpp"
#include "library/tag_reader.hpp"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace accord::library {

namespace {

std::string canonicalRoot(const std::filesystem::path& p)
{
    char buf[PATH_MAX];
    if (::realpath(p.c_str(), buf))
        return buf;
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(p, ec);
    return (ec ? p : abs.lexically_normal()).string();
}

} // namespace

Scanner::Scanner(std::filesystem::path dbPath, ScannerOptions options)
    : m_dbPath(std::move(dbPath)), m_options(options)
{
}

ScanProgress Scanner::progress() const noexcept
{
    return ScanProgress{static_cast<ScanPhase>(m_phase.load()), m_seen.load(), m_toRead.load(),
                        m_read.load()};
}

base::Result<ScanSummary> Scanner::scan(const std::vector<std::filesystem::path>& rootPaths,
                                        const std::function<void(const ScanProgress&)>& onProgress)
{
    const auto t0 = std::chrono::steady_clock::now();
    m_cancel.store(false);
    m_seen = 0;
    m_toRead = 0;
    m_read = 0;
    m_phase = static_cast<int>(ScanPhase::Walking);
    ScanSummary summary;

    std::vector<std::string> roots;
    for (const auto& r : rootPaths)
        roots.push_back(canonicalRoot(r));
    auto db = LibraryDb::open(m_dbPath);
    if (!db)
        return std::move(db).error();
    auto index = db->loadIndex();
    if (!index)
        return std::move(index).error();

    // Reading is as much waiting for the disk as parsing: twice the cores (at least 4) keeps a cold
    // cache busy without oversubscribing a warm one by much. The walk uses as many.
    const unsigned poolSize = m_options.readerThreads ? m_options.readerThreads
                                                      : std::max(4u, 2 * std::thread::hardware_concurrency());
    WalkResult walk = walkFolders(roots, &m_cancel, poolSize);
    summary.filesSeen = walk.files.size();
    summary.problems = walk.problems;
    m_seen = walk.files.size();
    std::vector<std::string> unreachable;
    for (const WalkProblem& p : walk.problems)
        unreachable.push_back(p.path);
    if (!m_options.allowEmptyRoot)
        for (const std::string& root : roots) {
            // An empty mount point looks exactly like a folder whose music was deleted: keep the tracks
            // unless asked, as for a missing root.
            const bool anyFound = std::any_of(walk.files.begin(), walk.files.end(),
                                              [&](const FoundFile& f) { return isUnder(f.path, root); });
            // A root with an unreadable folder below it is not empty: that folder's tracks are shielded.
            const bool shielded =
                std::any_of(unreachable.begin(), unreachable.end(),
                            [&](const std::string& p) { return p == root || isUnder(p, root); });
            if (anyFound || shielded)
                continue;
            const auto known = static_cast<std::size_t>(std::count_if(
                index->begin(), index->end(), [&](const auto& entry) { return isUnder(entry.first, root); }));
            if (known == 0)
                continue;
            unreachable.push_back(root);
            summary.problems.push_back(
                {root, "the folder is empty but the library has " + std::to_string(known) +
                           " tracks there (an unmounted disk?): nothing removed; scan --allow-empty-root "
                           "removes them"});
        }
    // CUE sheets are few and small: read them all, so that an edited or removed sheet is noticed even when
    // its album's file did not change.
    const CueSidecars cues = findCueSidecars(walk.cueSheets, walk.files);
    summary.problems.insert(summary.problems.end(), cues.problems.begin(), cues.problems.end());
    std::mutex problemsMutex;
    ScanPlan plan = planScan(*index, std::move(walk.files), roots, unreachable, cues.byAudio);
    index->clear();
    summary.unchanged = plan.unchanged;
    summary.cancelled = walk.cancelled;
    m_toRead = plan.toRead.size();
    m_phase = static_cast<int>(ScanPhase::Reading);

    if (!walk.cancelled && (!plan.toRead.empty() || !plan.removed.empty())) {
        auto writer = BatchWriter::start(m_dbPath, std::move(plan.removed));
        if (!writer)
            return std::move(writer).error();
        const unsigned threads =
            std::max(1u, std::min<unsigned>(poolSize, static_cast<unsigned>(plan.toRead.size())));
        std::atomic<std::size_t> next{0};
        // A reader waits for the disk once or twice per file: files up to 32 places ahead of the readers
        // have their windows requested already (FileBytes::prefetch, one window shared by all readers), so
        // the disk always has work queued, whoever gets the CPU (cold 10k files, one reader: 4.1-4.6 s
        // instead of 5.8-6.5 s). With several readers it helps as much once the CPUs are busy: 4 readers at
        // SCHED_IDLE, load 5, alternating, 3 runs each: 2.35-2.66 s and 1.14-1.35 CPU-s with the window,
        // 4.67-4.96 s and 1.44-1.50 CPU-s without (2 readers without it: 12.7-16 s).
        constexpr std::size_t kPrefetch = 32;
        std::atomic<std::size_t> prefetched{0};
        std::vector<std::thread> readers;
        std::atomic<unsigned> running{threads};
        for (unsigned i = 0; i < threads; ++i) {
            readers.emplace_back([&] {
                for (;;) {
                    const std::size_t k = next.fetch_add(1);
                    if (k >= plan.toRead.size() || m_cancel.load(std::memory_order_relaxed))
                        break;
                    for (std::size_t p = prefetched.load(std::memory_order_relaxed);
                         p < std::min(k + kPrefetch, plan.toRead.size());) {
                        if (prefetched.compare_exchange_weak(p, p + 1, std::memory_order_relaxed))
                            FileBytes::prefetch(plan.toRead[p].file.path, plan.toRead[p].file.size);
                    }
                    ReadTask& task = plan.toRead[k];
                    ReadOutcome out = readTrackFile(task.file.path);
                    if (auto problem = applyCueSheet(task, cues, out)) {
                        std::lock_guard lock(problemsMutex);
                        summary.problems.push_back(std::move(*problem));
                    }
                    (*writer)->submit(std::move(task), std::move(out));
                    m_read.fetch_add(1, std::memory_order_relaxed);
                }
                running.fetch_sub(1);
            });
        }
        do { // at least once, so a progress listener always sees the reading phase
            if (onProgress)
                onProgress(progress());
            for (int i = 0; i < 10 && running.load() > 0; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        } while (running.load() > 0);
        for (std::thread& t : readers)
            t.join();
        summary.cancelled = m_cancel.load();
        m_phase = static_cast<int>(ScanPhase::Finishing);
        auto stats = (*writer)->finish(!summary.cancelled);
        if (!stats)
            return std::move(stats).error();
        summary.added = stats->added;
        summary.updated = stats->updated;
        summary.moved = stats->moved;
        summary.removed = stats->removed;
    }
    summary.read = m_read.load();

    auto bad = db->badFiles();
    if (!bad)
        return std::move(bad).error();
    for (BadFile& b : *bad) {
        for (const std::string& r : roots) {
            if (isUnder(b.path, r)) {
                summary.badFiles.push_back(std::move(b));
                break;
            }
        }
    }
    m_phase = static_cast<int>(ScanPhase::Done);
    if (onProgress)
        onProgress(progress());
    summary.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return summary;
}

} // namespace accord::library
