// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/file_bytes.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct io_uring;
struct io_uring_sqe;

namespace accord::library {

/// Opens a list of files and reads their FileBytes windows (the head, and the tail of a file bigger than
/// FileBytes::kWholeFileBytes) through one io_uring, up to `depth` files ahead of the caller, so that a
/// single scanning thread keeps many opens and reads in flight instead of waiting for each in turn.
/// Per file: an OPENAT, then (once it completed) fstat and POSIX_FADV_RANDOM on the calling thread (the
/// inode is in memory by then) and one READ per window. The kernel completes buffered reads of a cold page
/// cache asynchronously without a thread of ours; an open whose folder entries or inode are not cached is
/// run by the kernel's io_uring worker threads (`iou-wrk-*`) on our behalf.
/// A window is handed out only when its read returned every byte asked for; otherwise it is left to
/// FileBytes, which reads it itself exactly as without a RingReader (so errors and short files behave
/// the same). Files come back in the order of the list.
/// Not thread-safe: create, call next() and destroy on one thread (window buffers come from and go back
/// to that thread's FileBytes pool).
class RingReader {
public:
    static constexpr unsigned kDefaultDepth = 64;

    /// The path of file `i` (0 <= i < count); must stay valid until the RingReader is destroyed.
    using PathAt = std::function<const std::string&(std::size_t)>;

    /// A reader for files 0..count-1, or null when io_uring cannot be used here (a kernel without it or
    /// without OPENAT/READ, a seccomp filter or io_uring_disabled refusing it): `why` (optional) says why.
    static std::unique_ptr<RingReader> create(std::size_t count, PathAt pathAt,
                                              unsigned depth = kDefaultDepth, std::string* why = nullptr);
    ~RingReader(); ///< waits for the operations still in flight, closes the files nobody took
    RingReader(const RingReader&) = delete;
    RingReader& operator=(const RingReader&) = delete;

    /// The next file of the list (0, 1, ... count-1): blocks until its open and reads completed, then
    /// queues the files after it. The caller owns the returned fd. At most `count` calls.
    OpenedFile next();

private:
    struct Slot;
    RingReader(std::unique_ptr<io_uring> ring, std::size_t count, PathAt pathAt, unsigned depth);
    void topUp();
    void submit();
    void reap(bool wait);
    void complete(std::uint64_t data, int res);
    io_uring_sqe* sqe();

    std::unique_ptr<io_uring> m_ring;
    std::size_t m_count;
    PathAt m_pathAt;
    std::vector<Slot> m_slots;
    std::size_t m_queued = 0; ///< files whose open was queued
    std::size_t m_taken = 0;  ///< files handed out by next()
    std::size_t m_inFlight = 0;
    bool m_draining = false;
};

} // namespace accord::library
