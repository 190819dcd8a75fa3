// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/fingerprint_terms.hpp"
#include "catalogue/model/chromaprint_library.hpp"

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

std::optional<std::vector<std::uint32_t>> decodeStoredFingerprint(std::string_view encoded)
{
    std::uint32_t* raw = nullptr;
    int size = 0, algorithm = 0;
    const auto& cp = ChromaprintLibrary::load();
    if (!cp.ok())
        return std::nullopt;
    if (encoded.empty() ||
        (*cp)->chromaprint_decode_fingerprint(encoded.data(), static_cast<int>(encoded.size()), &raw, &size,
                                              &algorithm, 1) != 1 ||
        size <= 0) {
        (*cp)->chromaprint_dealloc(raw);
        return std::nullopt;
    }
    std::vector<std::uint32_t> out(raw, raw + size);
    (*cp)->chromaprint_dealloc(raw);
    return out;
}

} // namespace accord::catalogue
