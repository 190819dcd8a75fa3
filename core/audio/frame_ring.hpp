// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace accord::audio {

/// Lock-free single-producer single-consumer ring of whole audio frames.
/// Capacity is a power of two in frames. Indices are 64-bit absolute frame counters (they never wrap
/// in practice), each on its own cache line; only acquire/release ordering is used.
/// The producer is the decode thread, the consumer the real-time callback. reset() and
/// configure() may only run while neither side is active.
class FrameRing {
public:
    FrameRing() = default;
    FrameRing(const FrameRing&) = delete;
    FrameRing& operator=(const FrameRing&) = delete;

    /// Allocates for at least `minFrames` frames of `bytesPerFrame` bytes and empties the ring.
    /// [control thread, neither side active] Allocates.
    void configure(std::size_t minFrames, std::size_t bytesPerFrame);
    /// Empties the ring without reallocating. [neither side active]
    void reset() noexcept;

    std::size_t capacity() const noexcept { return m_mask + 1; }
    std::size_t bytesPerFrame() const noexcept { return m_bpf; }

    /// Frames that can be written now. [producer]
    std::size_t writable() const noexcept;
    /// Copies up to `frames` frames in; returns how many fit. [producer, RT-safe]
    std::size_t write(const void* src, std::size_t frames) noexcept;

    /// The contiguous writable region at the write index: where up to `frames` frames can be produced in
    /// place (decoded straight into the ring, no copy). Publish them with commit(). [producer]
    std::byte* writeRegion(std::size_t& frames) noexcept;
    /// Publishes `frames` frames produced in the region from writeRegion(). [producer, RT-safe]
    void commit(std::size_t frames) noexcept;

    /// Frames that can be read now. [consumer]
    std::size_t readable() const noexcept;
    /// Copies up to `frames` frames out; returns how many were available. [consumer, RT-safe, noexcept]
    std::size_t read(void* dst, std::size_t frames) noexcept;

    /// Absolute count of frames ever written / read since the last reset. [any thread]
    std::uint64_t written() const noexcept { return m_write.load(std::memory_order_acquire); }
    std::uint64_t consumed() const noexcept { return m_read.load(std::memory_order_acquire); }

private:
    static constexpr std::size_t kCacheLine = 64;
    alignas(kCacheLine) std::atomic<std::uint64_t> m_write{0};
    alignas(kCacheLine) std::atomic<std::uint64_t> m_read{0};
    alignas(kCacheLine) std::unique_ptr<std::byte[]> m_data;
    std::size_t m_mask = 0;
    std::size_t m_bpf = 0;
};

} // namespace accord::audio
