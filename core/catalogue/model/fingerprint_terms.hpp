// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace accord::catalogue {

/// The keys of the catalogue's fingerprint index (table fingerprint_keys, migration 7; README.md
/// "Fingerprint index"). A Chromaprint fingerprint is one 32-bit item per ~0.124 s. A *term* is an item
/// with its ten least robust bits masked off (kTermMask: the 22 bits that flipped least often between a
/// generated piece's fingerprint and its MP3 128k / Opus 64k / Vorbis 96k copies, 0.8-4.4% against 5-11%).
/// A *key* is the pair of terms at positions i and i + kPairGap, packed into 44 bits.
/// Why pairs: one term is too common. Against a catalogue of real prints a query item met 0.106 index rows
/// per 70,000 rows (1.5e-6 each), so at a million prints (60 M rows) a query read ~90,000 postings and
/// voted for thousands of recordings: the cost grew with the catalogue. A pair of terms 4 items (0.5 s)
/// apart met none in the same catalogue (two rows share a key with probability 4e-10, against 1.6e-6), so
/// a lookup reads the postings of the right recording and little else at any size. A key survives
/// re-encoding 36% of the time (a term 58%), so short prints are indexed more densely (kMinTerms).
/// Measured on the 2,000-piece corpus of re-encoded copies (tests/bench/README.md).
inline constexpr std::uint32_t kTermMask = 0xFEBCCACFu;
inline constexpr int kPairGap = 4;
inline constexpr int kTermStride = 16; ///< ~60 keys for a 120 s fingerprint
/// A short print (under kMinTerms * kTermStride items, ~95 s) is indexed more densely, down to every
/// kMinTermStride-th item, so that it still has about kMinTerms keys: with 32 keys, 19 of 2,000 cut 20 s
/// copies met fewer than 2 surviving keys; with 48, none did (worst: 2).
inline constexpr int kMinTerms = 48;
inline constexpr int kMinTermStride = 2;
inline constexpr int kIndexedItems = 1000;

/// One index row of a fingerprint: its key at `position` (the item the pair starts at).
struct FingerprintKey {
    std::int64_t key;
    std::int32_t position;
};

/// The 22 kept bits of an item, packed. [any thread] Pure.
std::uint32_t termOf(std::uint32_t subFingerprint);

/// The key of the pair starting at items[0] (items[kPairGap] must exist). [any thread] Pure.
inline std::int64_t pairKey(const std::uint32_t* items)
{
    return static_cast<std::int64_t>((static_cast<std::uint64_t>(termOf(items[0])) << 22) |
                                     termOf(items[kPairGap]));
}

/// The stride a print of `items` sub-fingerprints is indexed at (see kMinTerms). [any thread] Pure.
int termStride(std::size_t items);

/// The keys a catalogued fingerprint is indexed by: every termStride-th pair of its first kIndexedItems
/// items, in position order. A query looks up the key of *every* pair it has, so a copy cut or shifted
/// by any amount still meets the indexed positions it overlaps. [any thread] Pure.
std::vector<FingerprintKey> indexKeys(const std::vector<std::uint32_t>& raw);

/// Decodes Chromaprint's compressed base64 form (as the catalogue stores it, as AcoustID does) into raw
/// sub-fingerprints; nullopt when it is not one. [any thread] Pure.
std::optional<std::vector<std::uint32_t>> decodeStoredFingerprint(std::string_view encoded);

} // namespace accord::catalogue
