// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/content_hash.hpp"

#include <cstring>

namespace accord::library {

namespace {
constexpr std::uint64_t kMul1 = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kMul2 = 0xBF58476D1CE4E5B9ULL;
constexpr std::uint64_t kMul3 = 0x94D049BB133111EBULL;

std::uint64_t mix(std::uint64_t x) noexcept
{
    // splitmix64 finaliser: full avalanche, cheap.
    x ^= x >> 30;
    x *= kMul2;
    x ^= x >> 27;
    x *= kMul3;
    x ^= x >> 31;
    return x;
}
} // namespace

std::uint64_t hash64(std::span<const std::uint8_t> data, std::uint64_t seed) noexcept
{
    std::uint64_t h = mix(seed ^ (data.size() * kMul1));
    std::size_t i = 0;
    for (; i + 8 <= data.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, data.data() + i, 8);
        h = (h ^ mix(w + kMul1)) * kMul1;
        h = (h << 27) | (h >> 37);
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i < data.size(); ++i, ++k)
        tail |= static_cast<std::uint64_t>(data[i]) << (8 * k);
    h = (h ^ mix(tail + kMul2)) * kMul1;
    return mix(h);
}

std::string hashHex128(std::span<const std::uint8_t> data)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const std::uint64_t lanes[2] = {hash64(data, 0x5EED0001ULL), hash64(data, 0xC0FFEE02ULL)};
    std::string out;
    out.reserve(32);
    for (std::uint64_t lane : lanes) {
        for (int shift = 60; shift >= 0; shift -= 4)
            out.push_back(kHex[(lane >> shift) & 0xF]);
    }
    return out;
}

} // namespace accord::library
