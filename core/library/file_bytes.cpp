// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/file_bytes.hpp"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace accord::library {

namespace {

constexpr std::size_t kHeadCapacity = std::max(FileBytes::kHeadBytes, FileBytes::kWholeFileBytes);

// Each thread keeps the head and tail buffers of finished files for the next ones: a scan allocating and
// freeing 160 KiB per file spent a quarter of its CPU in malloc and free (and a RingReader has dozens of
// files' windows in flight at once, all taken from and given back to its thread's pool).
struct BufferPool {
    std::vector<std::unique_ptr<std::uint8_t[]>> heads;
    std::vector<std::unique_ptr<std::uint8_t[]>> tails;
};
thread_local BufferPool t_buffers;

std::unique_ptr<std::uint8_t[]> takeBuffer(std::vector<std::unique_ptr<std::uint8_t[]>>& pool,
                                           std::size_t capacity)
{
    if (!pool.empty()) {
        auto b = std::move(pool.back());
        pool.pop_back();
        return b;
    }
    // Uninitialised on purpose: every byte handed out was written by a read (a window's length is what it
    // got).
    return std::unique_ptr<std::uint8_t[]>(new std::uint8_t[capacity]);
}

void keep(std::vector<std::unique_ptr<std::uint8_t[]>>& pool, std::unique_ptr<std::uint8_t[]> b) noexcept
{
    if (!b || pool.size() >= FileBytes::kPooledBuffers)
        return;
    try {
        pool.push_back(std::move(b));
    } catch (...) { // no memory for the pool's slot: the buffer is freed
    }
}

} // namespace

FileBytes::FileBytes(int fd, std::int64_t size) noexcept : m_fd(fd), m_size(std::max<std::int64_t>(size, 0))
{
}

FileBytes::FileBytes(int fd, std::int64_t size, FileWindows&& windows) noexcept : FileBytes(fd, size)
{
    if (!windows.head)
        return;
    m_head.data = std::move(windows.head);
    m_head.start = 0;
    m_head.length = headLength(m_size);
    m_head.loaded = true;
    ++m_calls;
    m_bytes += static_cast<std::int64_t>(m_head.length);
    const std::int64_t tail = tailStart(m_size);
    if (windows.tail && tail < m_size) {
        m_tail.data = std::move(windows.tail);
        m_tail.start = tail;
        m_tail.length = static_cast<std::size_t>(m_size - tail);
        m_tail.loaded = true;
        ++m_calls;
        m_bytes += static_cast<std::int64_t>(m_tail.length);
    }
    giveBack(nullptr, std::move(windows.tail)); // a tail the file has no use for
}

FileBytes::~FileBytes()
{
    giveBack(std::move(m_head.data), std::move(m_tail.data));
}

std::size_t FileBytes::headLength(std::int64_t size) noexcept
{
    if (size <= 0)
        return 0;
    return static_cast<std::size_t>(
        size <= static_cast<std::int64_t>(kWholeFileBytes) ? size : std::int64_t(kHeadBytes));
}

std::int64_t FileBytes::tailStart(std::int64_t size) noexcept
{
    return std::max(static_cast<std::int64_t>(headLength(size)),
                    size - static_cast<std::int64_t>(kTailBytes));
}

std::unique_ptr<std::uint8_t[]> FileBytes::takeHeadBuffer()
{
    return takeBuffer(t_buffers.heads, kHeadCapacity);
}

std::unique_ptr<std::uint8_t[]> FileBytes::takeTailBuffer()
{
    return takeBuffer(t_buffers.tails, kTailBytes);
}

void FileBytes::giveBack(std::unique_ptr<std::uint8_t[]> head, std::unique_ptr<std::uint8_t[]> tail) noexcept
{
    keep(t_buffers.heads, std::move(head));
    keep(t_buffers.tails, std::move(tail));
}

void FileBytes::prefetch(const std::string& path, std::int64_t size) noexcept
{
    if (size <= 0)
        return;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return;
    (void)::posix_fadvise(fd, 0, static_cast<off_t>(headLength(size)), POSIX_FADV_WILLNEED);
    const std::int64_t tail = tailStart(size);
    if (tail < size)
        (void)::posix_fadvise(fd, static_cast<off_t>(tail), static_cast<off_t>(size - tail),
                              POSIX_FADV_WILLNEED);
    ::close(fd);
}

std::size_t FileBytes::pread(std::uint8_t* dst, std::size_t n, std::int64_t offset)
{
    std::size_t got = 0;
    while (got < n) {
        ++m_calls;
        const ssize_t r =
            ::pread(m_fd, dst + got, n - got, static_cast<off_t>(offset) + static_cast<off_t>(got));
        if (r <= 0)
            break;
        got += static_cast<std::size_t>(r);
    }
    m_bytes += static_cast<std::int64_t>(got);
    return got;
}

void FileBytes::load(Window& w, std::int64_t start, std::size_t length)
{
    w.data = &w == &m_head ? takeHeadBuffer() : takeTailBuffer();
    w.start = start;
    w.length = pread(w.data.get(), length, start);
    w.loaded = true;
}

std::size_t FileBytes::read(std::uint8_t* dst, std::size_t n, std::int64_t offset)
{
    if (offset < 0 || offset >= m_size || n == 0)
        return 0;
    n = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(n), m_size - offset));
    if (!m_head.loaded)
        load(m_head, 0,
             headLength(m_size)); // a small file is read whole at once: its tail is in the same pread
    const std::int64_t headEnd = static_cast<std::int64_t>(m_head.length);
    const std::int64_t tailAt = std::max(headEnd, m_size - static_cast<std::int64_t>(kTailBytes));
    std::size_t done = 0;
    while (done < n) {
        const std::int64_t pos = offset + static_cast<std::int64_t>(done);
        const std::size_t want = n - done;
        if (pos < headEnd) {
            const std::size_t k = std::min<std::size_t>(want, static_cast<std::size_t>(headEnd - pos));
            std::memcpy(dst + done, m_head.data.get() + pos, k);
            done += k;
            continue;
        }
        if (pos >= tailAt && tailAt < m_size) {
            if (!m_tail.loaded)
                load(m_tail, tailAt, static_cast<std::size_t>(m_size - tailAt));
            const std::int64_t tailEnd = m_tail.start + static_cast<std::int64_t>(m_tail.length);
            if (pos >= tailEnd)
                break; // the tail could not be read whole
            const std::size_t k = std::min<std::size_t>(want, static_cast<std::size_t>(tailEnd - pos));
            std::memcpy(dst + done, m_tail.data.get() + (pos - m_tail.start), k);
            done += k;
            continue;
        }
        if (headEnd < std::min<std::int64_t>(m_size, std::int64_t(kHeadBytes)))
            break; // the head read came up short: the file is not readable there either
        // Between the windows: straight from the file, up to where the tail begins.
        const std::size_t k = std::min<std::size_t>(want, static_cast<std::size_t>(tailAt - pos));
        const std::size_t got = pread(dst + done, k, pos);
        done += got;
        if (got < k)
            break;
    }
    return done;
}

std::span<const std::uint8_t> FileBytes::view(std::int64_t offset, std::size_t n)
{
    if (offset < 0 || offset >= m_size || n == 0)
        return {};
    n = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(n), m_size - offset));
    // Reading the range's first and last byte loads whichever windows it touches (and nothing else when it
    // lies in them); a range in neither is read once into the scratch buffer.
    std::uint8_t probe = 0;
    const std::int64_t last = offset + static_cast<std::int64_t>(n) - 1;
    const std::int64_t tailAt = m_size - static_cast<std::int64_t>(kTailBytes);
    if (!m_head.loaded || offset < static_cast<std::int64_t>(m_head.length))
        (void)read(&probe, 1, offset);
    if (m_head.covers(offset, n))
        return {m_head.data.get() + offset, n};
    if (last >= tailAt && !m_tail.loaded)
        (void)read(&probe, 1, last);
    if (m_tail.covers(offset, n))
        return {m_tail.data.get() + (offset - m_tail.start), n};
    if (m_scratchSize < n) {
        m_scratch.reset(new std::uint8_t[n]);
        m_scratchSize = n;
    }
    return {m_scratch.get(), read(m_scratch.get(), n, offset)};
}

} // namespace accord::library
