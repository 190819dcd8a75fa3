// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "identify/fingerprint.hpp"

#include "catalogue/model/chromaprint_library.hpp"
#include "catalogue/model/fingerprint_terms.hpp"

#include <algorithm>
#include <bit>

namespace accord::identify {

base::Result<std::vector<std::uint32_t>> decodeFingerprint(std::string_view encoded)
{
    auto raw = catalogue::decodeStoredFingerprint(encoded);
    if (!raw)
        return base::Error(base::ErrorCode::Format, "not a Chromaprint fingerprint").forField("fingerprint");
    return std::move(*raw);
}

std::string encodeFingerprint(const std::vector<std::uint32_t>& raw)
{
    char* encoded = nullptr;
    int size = 0;
    std::string out;
    const auto& cp = catalogue::ChromaprintLibrary::load();
    if (!cp.ok())
        return out;
    if ((*cp)->chromaprint_encode_fingerprint(raw.data(), static_cast<int>(raw.size()),
                                              CHROMAPRINT_ALGORITHM_DEFAULT, &encoded, &size, 1) == 1 &&
        encoded)
        out.assign(encoded, static_cast<std::size_t>(size));
    (*cp)->chromaprint_dealloc(encoded);
    return out;
}

// Two builds of the hot loop, chosen once at load time (GCC function multi-versioning, an ifunc): one with
// the POPCNT instruction for CPUs that have it, one for baseline x86-64, where std::popcount is a libgcc
// call (7x slower here). The Debian package targets baseline x86-64 and still gets POPCNT where it exists.
// Not under ThreadSanitizer: the ifunc's resolver runs while the dynamic linker relocates the program,
// before libtsan has set up its thread state, and TSan instruments the resolver's entry like any function,
// so every program linking this module crashed at load (SIGSEGV in libtsan, exit 139).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__)
__attribute__((target_clones("popcnt", "default")))
#endif
std::uint64_t
bitErrors(const std::uint32_t* a, const std::uint32_t* b, std::size_t n)
{
    std::uint64_t errors = 0;
    for (std::size_t i = 0; i < n; ++i)
        errors += static_cast<std::uint64_t>(std::popcount(a[i] ^ b[i]));
    return errors;
}

Alignment alignFingerprints(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                            int minOffset, int maxOffset)
{
    const auto na = static_cast<long>(a.size()), nb = static_cast<long>(b.size());
    const long minOverlap = std::max<long>(16, std::min(na, nb) / 2);
    Alignment best;
    for (long off = minOffset; off <= maxOffset; ++off) {
        // Compare a[i] with b[i + off].
        const long begin = std::max<long>(0, -off), end = std::min(na, nb - off);
        const long overlap = end - begin;
        if (overlap < minOverlap)
            continue;
        const std::uint64_t errors =
            bitErrors(a.data() + begin, b.data() + begin + off, static_cast<std::size_t>(overlap));
        const double score = 1.0 - static_cast<double>(errors) / (32.0 * static_cast<double>(overlap));
        if (score > best.similarity)
            best = {score, static_cast<int>(off), static_cast<int>(overlap)};
    }
    return best;
}

double fingerprintSimilarity(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                             int maxOffset)
{
    return alignFingerprints(a, b, -maxOffset, maxOffset).similarity;
}

double matchScore(const std::vector<std::uint32_t>& query, const std::vector<std::uint32_t>& stored,
                  int offset)
{
    return alignFingerprints(query, stored, offset - 2, offset + 2).similarity;
}

} // namespace accord::identify
