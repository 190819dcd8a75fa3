// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/fingerprint_terms.hpp"

#include <algorithm>

namespace accord::catalogue {

std::uint32_t termOf(std::uint32_t subFingerprint)
{
    // Gather the mask's bits (a software PEXT: the build targets baseline x86-64, and this runs ~1000
    // times per query, not in a hot loop).
    std::uint32_t out = 0;
    int bit = 0;
    for (std::uint32_t m = kTermMask; m != 0; m &= m - 1, ++bit) {
        const std::uint32_t lowest = m & (~m + 1);
        if (subFingerprint & lowest)
            out |= std::uint32_t{1} << bit;
    }
    return out;
}

int termStride(std::size_t items)
{
    return static_cast<int>(std::clamp<std::size_t>(items / kMinTerms, kMinTermStride, kTermStride));
}

std::vector<FingerprintKey> indexKeys(const std::vector<std::uint32_t>& raw)
{
    std::vector<FingerprintKey> keys;
    const auto n = std::min<std::size_t>(raw.size(), kIndexedItems);
    const auto stride = static_cast<std::size_t>(termStride(n));
    keys.reserve(n / stride + 1);
    for (std::size_t i = 0; i < n && i + kPairGap < raw.size(); i += stride)
        keys.push_back({pairKey(raw.data() + i), static_cast<std::int32_t>(i)});
    return keys;
}

namespace {

// One character of base64 (RFC 4648 section 5, "URL and filename safe", which Chromaprint writes; the
// standard alphabet's '+' and '/' are taken too), -1 for anything else.
int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-' || c == '+')
        return 62;
    if (c == '_' || c == '/')
        return 63;
    return -1;
}

// Unpadded base64 (trailing '=' tolerated) to bytes; nullopt on any other character or a length no
// encoder writes (one character left over).
std::optional<std::vector<std::uint8_t>> decodeBase64(std::string_view text)
{
    while (!text.empty() && text.back() == '=')
        text.remove_suffix(1);
    if (text.size() % 4 == 1)
        return std::nullopt;
    std::vector<std::uint8_t> out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : text) {
        const int d = base64Digit(c);
        if (d < 0)
            return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(d);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(acc >> bits));
            acc &= (1u << bits) - 1;
        }
    }
    return out;
}

// Reads `width`-bit values packed least significant bit first (Chromaprint's 3- and 5-bit arrays).
class PackedBits {
public:
    PackedBits(const std::uint8_t* data, std::size_t bytes) : m_data(data), m_bytes(bytes) {}
    std::size_t bitsLeft() const { return m_bytes * 8 - m_at; }
    /// The next value of `width` <= 8 bits (it spans at most two bytes); the caller checks bitsLeft() first.
    std::uint32_t next(unsigned width)
    {
        const std::size_t byte = m_at / 8;
        const auto shift = static_cast<unsigned>(m_at % 8);
        std::uint32_t window = m_data[byte];
        if (shift + width > 8)
            window |= std::uint32_t{m_data[byte + 1]} << 8;
        m_at += width;
        return (window >> shift) & ((1u << width) - 1u);
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_bytes;
    std::size_t m_at = 0;
};

} // namespace

// Chromaprint's compressed fingerprint (its fingerprint_compressor.cpp writes it): a byte of algorithm, the
// item count in 3 bytes big-endian, then each item XORed with the one before it as the gaps between its set
// bits, 3 bits per gap (7 = "7 or more": the rest follows in the 5-bit array after all 3-bit values), a 0
// closing each item. Decoded here rather than by libchromaprint: its decoder (1.5.1, Debian 12) unpacks
// every byte after the 3-bit values into an array sized for the 5-bit values it counted, so a crafted
// catalogue entry wrote past that array (found by fuzz_json_importer). Every read here is bounded, and a
// value that is not a fingerprint (a gap beyond bit 32, fewer items than the header says) is refused.
std::optional<std::vector<std::uint32_t>> decodeStoredFingerprint(std::string_view encoded)
{
    constexpr std::uint32_t kMaxNormal = 7;
    const auto bytes = decodeBase64(encoded);
    if (!bytes || bytes->size() < 4)
        return std::nullopt;
    const std::size_t items =
        (std::size_t{(*bytes)[1]} << 16) | (std::size_t{(*bytes)[2]} << 8) | (*bytes)[3];
    if (items == 0)
        return std::nullopt;
    // The 3-bit gaps, up to the items-th closing 0.
    PackedBits normal(bytes->data() + 4, bytes->size() - 4);
    std::vector<std::uint8_t> gaps;
    std::size_t closed = 0, exceptional = 0;
    while (closed < items) {
        if (normal.bitsLeft() < 3)
            return std::nullopt; // fewer items than the header says
        const auto g = static_cast<std::uint8_t>(normal.next(3));
        gaps.push_back(g);
        closed += g == 0;
        exceptional += g == kMaxNormal;
    }
    // The 5-bit array starts at the byte after the last 3-bit value.
    const std::size_t normalBytes = (gaps.size() * 3 + 7) / 8;
    PackedBits extra(bytes->data() + 4 + normalBytes, bytes->size() - 4 - normalBytes);
    if (extra.bitsLeft() < exceptional * 5)
        return std::nullopt;
    std::vector<std::uint32_t> out;
    out.reserve(items);
    std::uint32_t value = 0, previous = 0;
    std::uint32_t bit = 0;
    for (const std::uint8_t g : gaps) {
        if (g == 0) {
            previous ^= value;
            out.push_back(previous);
            value = 0;
            bit = 0;
            continue;
        }
        bit += g == kMaxNormal ? kMaxNormal + extra.next(5) : g;
        if (bit > 32)
            return std::nullopt;
        value |= std::uint32_t{1} << (bit - 1);
    }
    return out;
}

} // namespace accord::catalogue
