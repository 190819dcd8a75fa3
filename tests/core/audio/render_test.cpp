// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/render_callback.hpp"
#include "support/alloc_hook.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <memory>
#include <vector>

using namespace accord::audio;

TEST_CASE("render copies frames, zero-fills a shortfall and counts underruns", "[render]")
{
    RenderShared shared;
    shared.ring.configure(256, 4);
    std::vector<std::uint32_t> in(100);
    for (std::uint32_t i = 0; i < 100; ++i)
        in[i] = i + 1;
    shared.ring.write(in.data(), 100);
    std::vector<std::uint32_t> out(150, 0xFFFFFFFF);
    const auto before = accord::test::realtimeAllocations();
    render(shared, out.data(), 150);
    CHECK(accord::test::realtimeAllocations() == before);
    CHECK(out[0] == 1);
    CHECK(out[99] == 100);
    CHECK(out[100] == 0);
    CHECK(out[149] == 0);
    CHECK(shared.underruns.load() == 1);
    // Draining: the shortfall is the end of the stream, not an underrun.
    shared.draining = true;
    render(shared, out.data(), 10);
    CHECK(shared.underruns.load() == 1);
    // Paused: silence, nothing consumed.
    shared.draining = false;
    shared.ring.write(in.data(), 10);
    shared.paused = true;
    render(shared, out.data(), 10);
    CHECK(shared.ring.readable() == 10);
    CHECK(out[0] == 0);
}

TEST_CASE("the allocation detector catches an allocation on a real-time thread", "[render]")
{
    const auto before = accord::test::realtimeAllocations();
    {
        RealtimeScope rt;
        auto p = std::make_unique<int>(5); // what the callback must never do
        CHECK(*p == 5);
    }
    CHECK(accord::test::realtimeAllocations() == before + 1);
    CHECK_FALSE(inRealtimeContext());
}
