// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

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

/// Similarity of two raw fingerprints: 1 - bit error rate at the best alignment, searching offsets of up to
/// `maxOffset` sub-fingerprints (~0.124 s each) either way and requiring an overlap of at least half the
/// shorter one (and 16 items). 1.0 is identical; unrelated audio scores about 0.5. Robust to re-encoding
/// (lossy codecs flip few bits), retagging (tags are not audio) and a leading gap or trimmed start.
/// [any thread] Pure.
double fingerprintSimilarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                             int maxOffset = 80);

/// The score at which two fingerprints are taken for the same recording.
inline constexpr double kFingerprintMatch = 0.80;

} // namespace accord::identify
