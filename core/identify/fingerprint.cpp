// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/fingerprint.hpp"

#include <chromaprint.h>

#include <algorithm>
#include <bit>

namespace accord::identify {

base::Result<std::vector<std::uint32_t>> decodeFingerprint(std::string_view encoded)
{
    std::uint32_t* raw = nullptr;
    int size = 0, algorithm = 0;
    if (encoded.empty() ||
        chromaprint_decode_fingerprint(encoded.data(), static_cast<int>(encoded.size()), &raw, &size,
                                       &algorithm, 1) != 1 ||
        size <= 0) {
        chromaprint_dealloc(raw);
        return base::Error(base::ErrorCode::Format, "not a Chromaprint fingerprint").forField("fingerprint");
    }
    std::vector<std::uint32_t> out(raw, raw + size);
    chromaprint_dealloc(raw);
    return out;
}

double fingerprintSimilarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                             int maxOffset)
{
    const auto na = static_cast<long>(a.size()), nb = static_cast<long>(b.size());
    const long minOverlap = std::max<long>(16, std::min(na, nb) / 2);
    double best = 0;
    for (long off = -maxOffset; off <= maxOffset; ++off) {
        // Compare a[i] with b[i + off].
        const long begin = std::max<long>(0, -off), end = std::min(na, nb - off);
        const long overlap = end - begin;
        if (overlap < minOverlap)
            continue;
        long errors = 0;
        for (long i = begin; i < end; ++i)
            errors += std::popcount(a[static_cast<std::size_t>(i)] ^ b[static_cast<std::size_t>(i + off)]);
        const double score = 1.0 - static_cast<double>(errors) / (32.0 * static_cast<double>(overlap));
        best = std::max(best, score);
    }
    return best;
}

} // namespace accord::identify
