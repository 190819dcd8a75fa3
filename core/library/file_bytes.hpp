// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

namespace accord::library {

/// One open file's bytes for the scan, each read from the disk at most once: the head (the first
/// kHeadBytes) and the tail (the last kTailBytes) with one pread each the first time a read touches them,
/// the whole file with a single pread when it is at most kWholeFileBytes. The sniffer, the structural
/// checks and TagLib (through TagStream) all read through one FileBytes, so a file's head is never
/// read twice; only ranges outside both windows (a big embedded picture, metadata past the head) go to
/// the file, with one pread per request.
/// Not thread-safe: one FileBytes per file per thread. Does not own `fd`. Never throws (allocation aside).
/// Each thread that used one keeps its two window buffers (160 KiB) for the next file.
class FileBytes {
public:
    static constexpr std::size_t kHeadBytes = 64 * 1024;
    static constexpr std::size_t kTailBytes = 32 * 1024;
    static constexpr std::size_t kWholeFileBytes = 128 * 1024;

    /// `size` is the file's length from fstat; reads never go past it.
    FileBytes(int fd, std::int64_t size) noexcept;
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

/// The old pread-shaped helper over a FileBytes: up to `n` bytes at `offset` into `dst`, returns the count.
inline std::size_t readAt(FileBytes& in, std::uint8_t* dst, std::size_t n, std::int64_t offset)
{
    return in.read(dst, n, offset);
}

} // namespace accord::library
