// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace accord::identify {

/// A Chromaprint fingerprint: the raw 32-bit sub-fingerprints (one per ~0.124 s of audio) and the
/// compressed URL-safe base64 form the catalogue stores (as AcoustID does).
struct Fingerprint {
    std::vector<std::uint32_t> raw;
    std::string encoded;
    double durationS = 0; ///< duration of the audio it was computed from
};

/// Decodes the catalogue's compressed base64 form into raw sub-fingerprints. [any thread] Pure.
base::Result<std::vector<std::uint32_t>> decodeFingerprint(std::string_view encoded);

/// The best alignment of two raw fingerprints: a[i] against b[i + offset] for offset in [minOffset,
/// maxOffset], overlapping by at least half the shorter one (and 16 items); similarity is 1 - bit error
/// rate there (0 when no offset overlaps enough). [any thread] Pure. Uses POPCNT where the CPU has it.
struct Alignment {
    double similarity = 0;
    int offset = 0;
    int overlap = 0;
};
Alignment alignFingerprints(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                            int minOffset, int maxOffset);

/// Bit errors between a[0, n) and b[0, n). [any thread] Pure; POPCNT where the CPU has it (an ifunc).
std::uint64_t bitErrors(const std::uint32_t* a, const std::uint32_t* b, std::size_t n);

/// The compressed base64 form of raw sub-fingerprints (Chromaprint's default algorithm), as the catalogue
/// stores it. [any thread] Pure.
std::string encodeFingerprint(const std::vector<std::uint32_t>& raw);

/// Similarity of two raw fingerprints: 1 - bit error rate at the best alignment, searching offsets of up to
/// `maxOffset` sub-fingerprints (~0.124 s each) either way and requiring an overlap of at least half the
/// shorter one (and 16 items). 1.0 is identical; unrelated audio scores about 0.5. Robust to re-encoding
/// (lossy codecs flip few bits), retagging (tags are not audio) and a leading gap or trimmed start.
/// [any thread] Pure.
double fingerprintSimilarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                             int maxOffset = 80);

/// How alike a query and a stored fingerprint are at the alignment the index found (query item i against
/// stored item i + offset, searched 2 items either way): alignFingerprints' similarity there.
/// [any thread] Pure.
double matchScore(const std::vector<std::uint32_t>& query, const std::vector<std::uint32_t>& stored,
                  int offset);

/// The score at which two fingerprints are taken for the same recording.
inline constexpr double kFingerprintMatch = 0.80;

} // namespace accord::identify
