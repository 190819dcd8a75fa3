// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace accord::catalogue {

/// The terms of the catalogue's fingerprint index (table fingerprint_terms, README.md "Fingerprint
/// index"). A term is a Chromaprint sub-fingerprint (one per ~0.124 s) with its least robust bits masked
/// off; a catalogued fingerprint is indexed by the terms at every kTermStride-th position of its first
/// kIndexedItems, each with its position; a query looks up the term of every one of its sub-fingerprints,
/// so a query cut or shifted by any amount still meets the indexed positions it overlaps.
/// The 22 bits kept are those that flipped least often between a generated piece's fingerprint and its
/// MP3 128k / Opus 64k / Vorbis 96k copies (trimmed, level-shifted: 180 copies, tests/bench/README.md):
/// flip rates 0.8-4.4% against 5-11% for the ten dropped. A term then survives re-encoding 58% of the
/// time, a whole 32-bit item 33%; 2^22 terms keep posting lists short at a million fingerprints.
inline constexpr std::uint32_t kTermMask = 0xFEBCCACFu;
inline constexpr int kTermStride = 16; ///< ~60 terms for a 120 s fingerprint
/// A short print (under kMinTerms * kTermStride items, ~60 s) is indexed more densely, down to every
/// kMinTermStride-th item, so that it still has about kMinTerms terms: at stride 16 a 20 s print had
/// ~10, of which a copy cut by a few seconds met ~6, each surviving re-encoding 58% of the time, and 0.9%
/// of such copies found no candidate (tests/bench/README.md).
inline constexpr int kMinTerms = 32;
inline constexpr int kMinTermStride = 4;
inline constexpr int kIndexedItems = 1000;

struct FingerprintTerm {
    std::uint32_t term;
    std::int32_t position;
};

inline std::uint32_t termOf(std::uint32_t subFingerprint)
{
    return subFingerprint & kTermMask;
}

/// The stride a print of `items` sub-fingerprints is indexed at (see kMinTerms). [any thread] Pure.
int termStride(std::size_t items);

/// The terms a catalogued fingerprint is indexed by (see above), in position order. [any thread] Pure.
std::vector<FingerprintTerm> indexTerms(const std::vector<std::uint32_t>& raw);

/// Decodes Chromaprint's compressed base64 form (as the catalogue stores it, as AcoustID does) into raw
/// sub-fingerprints; nullopt when it is not one. [any thread] Pure.
std::optional<std::vector<std::uint32_t>> decodeStoredFingerprint(std::string_view encoded);

} // namespace accord::catalogue
