// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/frame_ring.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <thread>
#include <vector>

using accord::audio::FrameRing;

TEST_CASE("the ring rounds capacity up to a power of two and keeps whole frames", "[ring]")
{
    FrameRing ring;
    ring.configure(100, 4);
    CHECK(ring.capacity() == 128);
    CHECK(ring.writable() == 128);
    std::vector<std::uint32_t> in(200);
    for (std::uint32_t i = 0; i < in.size(); ++i)
        in[i] = i;
    CHECK(ring.write(in.data(), 200) == 128);
    CHECK(ring.write(in.data(), 1) == 0);
    std::vector<std::uint32_t> out(100);
    CHECK(ring.read(out.data(), 100) == 100);
    CHECK(out[0] == 0);
    CHECK(out[99] == 99);
    // Wrap around the end of the buffer.
    CHECK(ring.write(in.data() + 128, 72) == 72);
    std::vector<std::uint32_t> rest(100);
    CHECK(ring.read(rest.data(), 100) == 100);
    for (std::uint32_t i = 0; i < 100; ++i)
        REQUIRE(rest[i] == 100 + i);
    CHECK(ring.readable() == 0);
    CHECK(ring.written() == 200);
    CHECK(ring.consumed() == 200);
}

TEST_CASE("reset empties the ring", "[ring]")
{
    FrameRing ring;
    ring.configure(64, 2);
    std::vector<std::uint16_t> in(10, 7);
    ring.write(in.data(), 10);
    ring.reset();
    CHECK(ring.readable() == 0);
    CHECK(ring.written() == 0);
}

TEST_CASE("two threads move every frame in order (stress, run under TSan too)", "[ring][stress]")
{
    FrameRing ring;
    ring.configure(1024, 8); // 8-byte frames: a counter
    constexpr std::uint64_t kFrames = 2'000'000;
    std::thread producer([&] {
        std::uint64_t next = 0;
        std::vector<std::uint64_t> chunk(333);
        while (next < kFrames) {
            const std::size_t n = std::min<std::uint64_t>(chunk.size(), kFrames - next);
            for (std::size_t i = 0; i < n; ++i)
                chunk[i] = next + i;
            std::size_t done = 0;
            while (done < n) {
                done += ring.write(chunk.data() + done, n - done);
                if (done < n)
                    std::this_thread::yield();
            }
            next += n;
        }
    });
    std::uint64_t expected = 0;
    bool inOrder = true;
    std::vector<std::uint64_t> out(257);
    while (expected < kFrames) {
        const std::size_t got = ring.read(out.data(), out.size());
        for (std::size_t i = 0; i < got; ++i)
            inOrder = inOrder && out[i] == expected++;
        if (got == 0)
            std::this_thread::yield();
    }
    producer.join();
    CHECK(inOrder);
    CHECK(ring.readable() == 0);
}
