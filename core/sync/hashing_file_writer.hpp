// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace accord::sync {

/// Appends a download's bytes to a file and computes the SHA-256 of the whole file on the way, so that
/// nothing is read back afterwards. The receiving thread hashes the bytes where they are (SHA-256,
/// OpenSSL's: the CPU's SHA extensions) and copies them into 256 KiB blocks; a worker thread writes each
/// full block (and starts the disk writeback every 8 MiB), so that the write's copy into the page cache
/// is not in the transfer's path. A written block is reused; the file is fsync()ed once, by finish() or
/// syncAndClose(). At most kMaxQueued blocks wait, so memory is bounded and a slow disk slows the
/// transfer rather than filling memory.
/// finish(Durability::Later) leaves the fsync() to syncAndClose(), which may run on another thread while
/// the next file transfers (the disk's wait then overlaps the network's).
/// Threads: open(), append(), finish() and sha256Hex() [one thread, the transfer's]; syncAndClose() [any
/// one thread, after finish()]; the worker is internal. A write error is reported by the next append() or
/// by finish(). Destroying an unfinished writer stops the worker, drops what was not written yet and
/// closes the file (a crash does the same: the file then holds a prefix of the download, which a resume
/// continues).
class HashingFileWriter {
public:
    static constexpr std::size_t kBlock = 256 * 1024;
    static constexpr std::size_t kMaxQueued = 16;

    HashingFileWriter();
    ~HashingFileWriter();
    HashingFileWriter(const HashingFileWriter&) = delete;
    HashingFileWriter& operator=(const HashingFileWriter&) = delete;

    /// Opens `path` for appending (empties it when `fresh`), hashes what it already holds and starts the
    /// worker. False (errno set) when the file cannot be opened or read.
    bool open(const std::filesystem::path& path, bool fresh);
    /// Queues `n` bytes. False once a write has failed.
    bool append(const char* data, std::size_t n);
    enum class Durability {
        Now,   ///< finish() fsync()s and closes the file
        Later, ///< finish() leaves the file open and unsynced: call syncAndClose() before renaming it
    };
    /// Writes everything queued and computes the hash; with Durability::Now also fsync()s and closes the
    /// file. False when any write or the fsync failed.
    bool finish(Durability durability = Durability::Now);
    /// fsync()s and closes the file a finish(Durability::Later) left open. False when either failed.
    bool syncAndClose();
    /// The SHA-256 of the whole file, lower-case hex. [after a successful finish()]
    std::string sha256Hex() const { return m_hex; }

private:
    using Block = std::vector<char>;
    void run();
    bool writeAll(const char* data, std::size_t n);
    bool hand(Block block);
    void stop();

    struct Digest;
    std::unique_ptr<Digest> m_digest;
    int m_fd = -1;
    std::int64_t m_written = 0; ///< file offset reached by the worker's writes
    std::int64_t m_kicked = 0;  ///< writeback started up to here
    std::string m_hex;

    Block m_filling; ///< the receiving thread's block
    std::mutex m_mutex;
    std::condition_variable m_changed;
    /// Full blocks, oldest first: m_queue[i] is block number m_popped + i. A block leaves the queue once
    /// written; until then the worker may read it without the lock (a deque's push_back and pop_front
    /// leave the other elements where they are).
    std::deque<Block> m_queue;
    std::int64_t m_popped = 0;  ///< blocks that have left the queue
    std::int64_t m_stored = 0;  ///< blocks the worker has written
    std::vector<Block> m_spare; ///< finished blocks, for reuse
    bool m_closing = false;
    bool m_failed = false;
    std::thread m_writer;
};

} // namespace accord::sync
