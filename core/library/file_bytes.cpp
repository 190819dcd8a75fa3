// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/file_bytes.hpp"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace accord::library {

namespace {

constexpr std::size_t kHeadCapacity = std::max(FileBytes::kHeadBytes, FileBytes::kWholeFileBytes);

// The head window of a `size`-byte file: the whole file up to kWholeFileBytes, else kHeadBytes.
std::int64_t headLength(std::int64_t size) noexcept
{
    return size <= static_cast<std::int64_t>(FileBytes::kWholeFileBytes)
               ? size
               : static_cast<std::int64_t>(FileBytes::kHeadBytes);
}

// Each thread keeps one head and one tail buffer between files: a scan allocating and freeing 160 KiB per
// file spent a quarter of its CPU in malloc and free.
struct BufferCache {
    std::unique_ptr<std::uint8_t[]> head;
    std::unique_ptr<std::uint8_t[]> tail;
};
thread_local BufferCache t_buffers;

std::unique_ptr<std::uint8_t[]> takeBuffer(std::unique_ptr<std::uint8_t[]>& cached, std::size_t capacity)
{
    if (cached)
        return std::move(cached);
    // Uninitialised on purpose: every byte handed out was written by pread (a window's length is what it
    // got).
    return std::unique_ptr<std::uint8_t[]>(new std::uint8_t[capacity]);
}

} // namespace

FileBytes::FileBytes(int fd, std::int64_t size) noexcept : m_fd(fd), m_size(std::max<std::int64_t>(size, 0))
{
}

FileBytes::~FileBytes()
{
    if (m_head.data && !t_buffers.head)
        t_buffers.head = std::move(m_head.data);
    if (m_tail.data && !t_buffers.tail)
        t_buffers.tail = std::move(m_tail.data);
}

void FileBytes::prefetch(const std::string& path, std::int64_t size) noexcept
{
    if (size <= 0)
        return;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return;
    (void)::posix_fadvise(fd, 0, static_cast<off_t>(headLength(size)), POSIX_FADV_WILLNEED);
    if (size > static_cast<std::int64_t>(kWholeFileBytes))
        (void)::posix_fadvise(fd, static_cast<off_t>(size - static_cast<std::int64_t>(kTailBytes)),
                              static_cast<off_t>(kTailBytes), POSIX_FADV_WILLNEED);
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
    const bool head = &w == &m_head;
    w.data = takeBuffer(head ? t_buffers.head : t_buffers.tail, head ? kHeadCapacity : kTailBytes);
    w.start = start;
    w.length = pread(w.data.get(), length, start);
    w.loaded = true;
}

std::size_t FileBytes::read(std::uint8_t* dst, std::size_t n, std::int64_t offset)
{
    if (offset < 0 || offset >= m_size || n == 0)
        return 0;
    n = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(n), m_size - offset));
    if (!m_head.loaded) // a small file is read whole at once: its tail is in the same pread
        load(m_head, 0, static_cast<std::size_t>(headLength(m_size)));
    const std::int64_t headEnd = static_cast<std::int64_t>(m_head.length);
    const std::int64_t tailStart = std::max(headEnd, m_size - static_cast<std::int64_t>(kTailBytes));
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
        if (pos >= tailStart && tailStart < m_size) {
            if (!m_tail.loaded)
                load(m_tail, tailStart, static_cast<std::size_t>(m_size - tailStart));
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
        const std::size_t k = std::min<std::size_t>(want, static_cast<std::size_t>(tailStart - pos));
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
    const std::int64_t tailStart = m_size - static_cast<std::int64_t>(kTailBytes);
    if (!m_head.loaded || offset < static_cast<std::int64_t>(m_head.length))
        (void)read(&probe, 1, offset);
    if (m_head.covers(offset, n))
        return {m_head.data.get() + offset, n};
    if (last >= tailStart && !m_tail.loaded)
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
