// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/frame_ring.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace accord::audio {

void FrameRing::configure(std::size_t minFrames, std::size_t bytesPerFrame)
{
    const std::size_t frames = std::bit_ceil(std::max<std::size_t>(minFrames, 64));
    if (frames != capacity() || bytesPerFrame != m_bpf || !m_data) {
        m_data = std::make_unique<std::byte[]>(frames * bytesPerFrame);
        m_mask = frames - 1;
        m_bpf = bytesPerFrame;
    }
    reset();
}

void FrameRing::reset() noexcept
{
    m_write.store(0, std::memory_order_release);
    m_read.store(0, std::memory_order_release);
}

std::size_t FrameRing::writable() const noexcept
{
    const std::uint64_t w = m_write.load(std::memory_order_relaxed);
    const std::uint64_t r = m_read.load(std::memory_order_acquire);
    return capacity() - static_cast<std::size_t>(w - r);
}

std::size_t FrameRing::readable() const noexcept
{
    const std::uint64_t r = m_read.load(std::memory_order_relaxed);
    const std::uint64_t w = m_write.load(std::memory_order_acquire);
    return static_cast<std::size_t>(w - r);
}

std::size_t FrameRing::write(const void* src, std::size_t frames) noexcept
{
    const std::uint64_t w = m_write.load(std::memory_order_relaxed);
    const std::uint64_t r = m_read.load(std::memory_order_acquire);
    const std::size_t n = std::min(frames, capacity() - static_cast<std::size_t>(w - r));
    if (n == 0)
        return 0;
    const std::size_t start = static_cast<std::size_t>(w) & m_mask;
    const std::size_t first = std::min(n, capacity() - start);
    const auto* in = static_cast<const std::byte*>(src);
    std::memcpy(m_data.get() + start * m_bpf, in, first * m_bpf);
    if (n > first)
        std::memcpy(m_data.get(), in + first * m_bpf, (n - first) * m_bpf);
    m_write.store(w + n, std::memory_order_release);
    return n;
}

std::byte* FrameRing::writeRegion(std::size_t& frames) noexcept
{
    const std::uint64_t w = m_write.load(std::memory_order_relaxed);
    const std::uint64_t r = m_read.load(std::memory_order_acquire);
    const std::size_t free = capacity() - static_cast<std::size_t>(w - r);
    const std::size_t start = static_cast<std::size_t>(w) & m_mask;
    frames = std::min(free, capacity() - start);
    return m_data.get() + start * m_bpf;
}

void FrameRing::commit(std::size_t frames) noexcept
{
    const std::uint64_t w = m_write.load(std::memory_order_relaxed);
    m_write.store(w + frames, std::memory_order_release);
}

std::size_t FrameRing::read(void* dst, std::size_t frames) noexcept
{
    const std::uint64_t r = m_read.load(std::memory_order_relaxed);
    const std::uint64_t w = m_write.load(std::memory_order_acquire);
    const std::size_t n = std::min(frames, static_cast<std::size_t>(w - r));
    if (n == 0)
        return 0;
    const std::size_t start = static_cast<std::size_t>(r) & m_mask;
    const std::size_t first = std::min(n, capacity() - start);
    auto* out = static_cast<std::byte*>(dst);
    std::memcpy(out, m_data.get() + start * m_bpf, first * m_bpf);
    if (n > first)
        std::memcpy(out + first * m_bpf, m_data.get(), (n - first) * m_bpf);
    m_read.store(r + n, std::memory_order_release);
    return n;
}

} // namespace accord::audio
