// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The stored fingerprint's decoder (catalogue::decodeStoredFingerprint): exactly what Chromaprint's own
// encoder wrote comes back, and what no encoder writes is refused without reading or writing out of bounds
// (libchromaprint 1.5.1's decoder wrote past its buffer on such input: fuzz_json_importer found it).
#include "catalogue/model/fingerprint_terms.hpp"
#include "identify/fingerprint.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace accord;

namespace {

std::vector<std::uint32_t> randomPrint(std::mt19937& rng, std::size_t items, int flips)
{
    std::vector<std::uint32_t> raw(items);
    auto v = static_cast<std::uint32_t>(rng());
    for (auto& item : raw) {
        for (int f = 0; f < flips; ++f)
            v ^= std::uint32_t{1} << (rng() % 32);
        item = v;
    }
    return raw;
}

} // namespace

TEST_CASE("a stored fingerprint decodes to exactly what Chromaprint encoded", "[identify][fingerprint]")
{
    std::mt19937 rng(20261206);
    // Few flips between items (short gaps), many (long gaps: the 5-bit array), every bit, a single item.
    const std::vector<std::vector<std::uint32_t>> prints = {
        randomPrint(rng, 1, 3),     randomPrint(rng, 2, 0),
        randomPrint(rng, 120, 2),   randomPrint(rng, 1000, 8),
        randomPrint(rng, 5000, 20), {0u, 0xFFFFFFFFu, 0x80000000u, 1u, 0u, 0x80000001u},
    };
    for (const auto& raw : prints) {
        const std::string encoded = identify::encodeFingerprint(raw);
        REQUIRE_FALSE(encoded.empty());
        const auto decoded = catalogue::decodeStoredFingerprint(encoded);
        REQUIRE(decoded);
        CHECK(*decoded == raw);
        // Padding, and the standard alphabet's characters for the URL-safe ones, decode the same.
        std::string standard = encoded + std::string((4 - encoded.size() % 4) % 4, '=');
        for (char& c : standard)
            c = c == '-' ? '+' : c == '_' ? '/' : c;
        const auto again = catalogue::decodeStoredFingerprint(standard);
        REQUIRE(again);
        CHECK(*again == raw);
    }
}

TEST_CASE("what is not a stored fingerprint is refused", "[identify][fingerprint]")
{
    std::mt19937 rng(7);
    const std::string valid = identify::encodeFingerprint(randomPrint(rng, 300, 12));
    REQUIRE(catalogue::decodeStoredFingerprint(valid));
    CHECK_FALSE(catalogue::decodeStoredFingerprint(""));
    CHECK_FALSE(catalogue::decodeStoredFingerprint("AQAA")); // a header of 0 items
    CHECK_FALSE(catalogue::decodeStoredFingerprint("AQA"));  // shorter than a header
    // A length no encoder writes: one character beyond a group of four.
    CHECK_FALSE(catalogue::decodeStoredFingerprint(valid.substr(0, valid.size() - valid.size() % 4) + "A"));
    // The input that crashed libchromaprint's decoder: characters outside base64.
    CHECK_FALSE(
        catalogue::decodeStoredFingerprint("AQAAbJKSMHo0Ycx-POEJhm80BD1-PLnxJ8FzH....qqqqqqqqMgPHX0u9PiFG"));
    // Cut short: fewer items than the header says, or the 5-bit values missing.
    for (std::size_t keep = 4; keep < valid.size(); keep += 7)
        CHECK_FALSE(catalogue::decodeStoredFingerprint(valid.substr(0, keep - keep % 4)));
    // The header claims the most items there can be.
    std::string many = valid;
    many.replace(0, 6, "AP___w");
    CHECK_FALSE(catalogue::decodeStoredFingerprint(many));
    // A gap beyond bit 32: 7 (go on in the 5-bit array) twice, each +31.
    // Bytes: algorithm 1, 1 item, 3-bit values 7,7,0 (0x3F, 0x00), 5-bit values 31,31 (0xFF, 0x03).
    CHECK_FALSE(catalogue::decodeStoredFingerprint("AQAAAT8A_wM"));
}

TEST_CASE("bytes after the last 5-bit value are ignored, never unpacked", "[identify][fingerprint]")
{
    // libchromaprint 1.5.1 unpacked everything after the 3-bit values into an array sized for the 5-bit
    // values it counted; under ASan this case reads and writes only within the decoded bytes.
    std::mt19937 rng(11);
    const auto raw = randomPrint(rng, 64, 16);
    const std::string encoded = identify::encodeFingerprint(raw);
    const std::string padded = encoded.substr(0, encoded.size() - encoded.size() % 4) +
                               std::string(4000, '_') + encoded.substr(encoded.size() - encoded.size() % 4);
    const auto decoded = catalogue::decodeStoredFingerprint(padded);
    // The junk lands inside the 5-bit array or after it: either refused or decoded, never out of bounds.
    if (decoded)
        CHECK(decoded->size() == raw.size());
    const auto tail = catalogue::decodeStoredFingerprint(encoded + std::string(4000, 'A'));
    REQUIRE(tail);
    CHECK(*tail == raw);
}
