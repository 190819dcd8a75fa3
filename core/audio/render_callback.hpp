// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/frame_ring.hpp"

#include <atomic>
#include <cstdint>

namespace accord::audio {

/// What the real-time callback shares with the rest of the engine: the ring and a few atomics.
struct RenderShared {
    FrameRing ring;
    std::atomic<bool> paused{false};   ///< output silence, consume nothing
    std::atomic<bool> draining{false}; ///< no more frames will come for this stream: a shortfall is the end
    std::atomic<std::uint64_t> underruns{0};
    std::atomic<std::uint64_t> callbacks{0};
    std::atomic<std::uint64_t> silentFrames{0};       ///< zero frames written to fill shortfalls
    std::atomic<std::uint32_t> lastCallbackFrames{0}; ///< frames the latest callback was asked for
};

/// The whole real-time path: copy whole frames from the ring, zero-fill a shortfall, bump atomics.
/// No lock, allocation, logging, exception, I/O or conversion. [RT, noexcept]
void render(RenderShared& shared, void* out, unsigned long frames) noexcept;

/// True while the calling thread is inside render() (or a RealtimeScope): tests hook operator new with it
/// to prove the callback never allocates.
bool inRealtimeContext() noexcept;

/// Marks the current thread as real-time for its lifetime. [RT-safe]
class RealtimeScope {
public:
    RealtimeScope() noexcept;
    ~RealtimeScope();
    RealtimeScope(const RealtimeScope&) = delete;
    RealtimeScope& operator=(const RealtimeScope&) = delete;

private:
    bool m_previous;
};

} // namespace accord::audio
