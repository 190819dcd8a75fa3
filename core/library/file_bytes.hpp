// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace accord::library {

/// A file's windows read ahead by someone else (RingReader), for a FileBytes to start with instead of
/// reading them itself. A window is adopted only when it holds exactly what FileBytes would have read
/// there (FileBytes::headLength / tailStart of the file's size); the buffers come from
/// FileBytes::takeHeadBuffer / takeTailBuffer and go back to that thread's pool when the FileBytes ends.
struct FileWindows {
    std::unique_ptr<std::uint8_t[]> head; ///< the first headLength(size) bytes, or null
    std::unique_ptr<std::uint8_t[]> tail; ///< the bytes from tailStart(size) to the end, or null
};

/// One open file's bytes for the scan, each read from the disk at most once: the head (the first
/// kHeadBytes) and the tail (the last kTailBytes) with one pread each the first time a read touches them,
/// the whole file with a single pread when it is at most kWholeFileBytes. The sniffer, the structural
/// checks and TagLib (through TagStream) all read through one FileBytes, so a file's head is never
/// read twice; only ranges outside both windows (a big embedded picture, metadata past the head) go to
/// the file, with one pread per request.
/// Not thread-safe: one FileBytes per file per thread. Does not own `fd`. Never throws (allocation aside).
/// Window buffers go back to a per-thread pool for the next file (up to kPooledBuffers of each kind).
class FileBytes {
public:
    static constexpr std::size_t kHeadBytes = 64 * 1024;
    static constexpr std::size_t kTailBytes = 32 * 1024;
    static constexpr std::size_t kWholeFileBytes = 128 * 1024;
    static constexpr std::size_t kPooledBuffers = 160;

    /// `size` is the file's length from fstat; reads never go past it.
    FileBytes(int fd, std::int64_t size) noexcept;
    /// The same, starting with windows read ahead: a non-null `windows.head` must hold the file's first
    /// headLength(size) bytes, a non-null `windows.tail` the bytes from tailStart(size) on (only with a
    /// head). Each adopted window counts as one read in readCalls()/bytesRead().
    FileBytes(int fd, std::int64_t size, FileWindows&& windows) noexcept;
    ~FileBytes();
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;

    std::int64_t size() const noexcept { return m_size; }

    /// Copies up to `n` bytes at `offset` into `dst`; returns how many were copied (fewer at the end of the
    /// file or when the file cannot be read there, 0 past the end).
    std::size_t read(std::uint8_t* dst, std::size_t n, std::int64_t offset);

    /// The bytes at [offset, offset + n) clipped to the file, without a copy when the head or the tail
    /// window holds all of them; empty when they are neither there nor readable. Valid until the next call.
    std::span<const std::uint8_t> view(std::int64_t offset, std::size_t n);

    /// Asks the kernel to start reading the windows a FileBytes of `path` (`size` bytes) will read, without
    /// waiting for them: a reader calls it for files a few places ahead, so that the disk always has work
    /// queued while files are parsed. Best effort (a file that cannot be opened is skipped). [any thread]
    static void prefetch(const std::string& path, std::int64_t size) noexcept;

    /// How many bytes the head window of a `size`-byte file holds: the whole file up to kWholeFileBytes,
    /// else kHeadBytes.
    static std::size_t headLength(std::int64_t size) noexcept;
    /// Where the tail window of a `size`-byte file starts; equal to `size` when the file has no tail window
    /// (it is read whole with the head).
    static std::int64_t tailStart(std::int64_t size) noexcept;
    /// A buffer for a head window (kWholeFileBytes) or a tail window (kTailBytes), from this thread's pool
    /// of buffers that FileBytes gave back (allocating when it is empty). [any thread; per-thread pool]
    static std::unique_ptr<std::uint8_t[]> takeHeadBuffer();
    static std::unique_ptr<std::uint8_t[]> takeTailBuffer();
    /// Gives a buffer taken above back to this thread's pool (freed when the pool is full).
    static void giveBack(std::unique_ptr<std::uint8_t[]> head, std::unique_ptr<std::uint8_t[]> tail) noexcept;

    /// pread calls made so far and the bytes they returned (for tests and benchmarks).
    std::size_t readCalls() const noexcept { return m_calls; }
    std::int64_t bytesRead() const noexcept { return m_bytes; }

private:
    struct Window {
        std::unique_ptr<std::uint8_t[]> data;
        std::int64_t start = 0;
        std::size_t length = 0;
        bool loaded = false;
        bool covers(std::int64_t offset, std::size_t n) const noexcept
        {
            return loaded && offset >= start &&
                   offset + static_cast<std::int64_t>(n) <= start + static_cast<std::int64_t>(length);
        }
    };
    void load(Window& w, std::int64_t start, std::size_t length);
    std::size_t pread(std::uint8_t* dst, std::size_t n, std::int64_t offset);

    int m_fd;
    std::int64_t m_size;
    Window m_head;
    Window m_tail;
    std::unique_ptr<std::uint8_t[]> m_scratch; ///< for view() of a range in neither window
    std::size_t m_scratchSize = 0;
    std::size_t m_calls = 0;
    std::int64_t m_bytes = 0;
};

/// A file opened and its windows read ahead by someone else (RingReader), handed to readTrackFile.
struct OpenedFile {
    int fd = -1;           ///< owned: whoever takes it closes it; -1 when the open (or its fstat) failed
    int error = 0;         ///< errno of the failed open or fstat
    std::int64_t size = 0; ///< fstat of `fd`
    FileWindows windows;   ///< the windows that were read whole (none when a read failed or came up short)
};

/// The old pread-shaped helper over a FileBytes: up to `n` bytes at `offset` into `dst`, returns the count.
inline std::size_t readAt(FileBytes& in, std::uint8_t* dst, std::size_t n, std::int64_t offset)
{
    return in.read(dst, n, offset);
}

} // namespace accord::library
