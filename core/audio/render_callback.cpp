// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/render_callback.hpp"

#include <cstring>

namespace accord::audio {
namespace {

thread_local bool t_inRender = false;

} // namespace

bool inRealtimeContext() noexcept
{
    return t_inRender;
}

RealtimeScope::RealtimeScope() noexcept : m_previous(t_inRender)
{
    t_inRender = true;
}

RealtimeScope::~RealtimeScope()
{
    t_inRender = m_previous;
}

void render(RenderShared& shared, void* out, unsigned long frames) noexcept
{
    const RealtimeScope rt;
    const std::size_t bpf = shared.ring.bytesPerFrame();
    auto* bytes = static_cast<std::byte*>(out);
    std::size_t got = 0;
    if (!shared.paused.load(std::memory_order_acquire))
        got = shared.ring.read(out, frames);
    if (got < frames) {
        std::memset(bytes + got * bpf, 0, (frames - got) * bpf);
        shared.silentFrames.fetch_add(frames - got, std::memory_order_relaxed);
        if (!shared.paused.load(std::memory_order_relaxed) &&
            !shared.draining.load(std::memory_order_acquire))
            shared.underruns.fetch_add(1, std::memory_order_relaxed);
    }
    shared.lastCallbackFrames.store(static_cast<std::uint32_t>(frames), std::memory_order_relaxed);
    shared.callbacks.fetch_add(1, std::memory_order_release);
}

} // namespace accord::audio
