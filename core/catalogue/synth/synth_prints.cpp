// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/synth/synth_prints.hpp"

#include "catalogue/synth/synth_audio.hpp"
#include "identify/fingerprint.hpp"
#include "identify/fingerprinter.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace accord::catalogue {

namespace {

constexpr int kRate = 11025; // Chromaprint's own rate: no resampling
constexpr int kSegments = 4;

std::uint64_t mix(std::uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

SynthPrints::SynthPrints(std::uint64_t seed, int bases)
{
    for (int b = 0; b < std::max(1, bases); ++b) {
        const auto music =
            synthMusic(mix(seed * std::uint64_t{1000003} + static_cast<std::uint64_t>(b)), kSeconds, kRate);
        std::vector<std::int16_t> pcm(music.size());
        for (std::size_t i = 0; i < music.size(); ++i)
            pcm[i] = static_cast<std::int16_t>(std::lrint(music[i] * 32000.0f));
        auto fp = identify::fingerprintSamples(pcm.data(), pcm.size(), kRate, 1);
        if (!fp)
            throw std::runtime_error("synthetic fingerprint: " + fp.error().message);
        m_bases.push_back(std::move(fp->raw));
    }
}

std::vector<std::uint32_t> SynthPrints::deriveRaw(std::int64_t index) const
{
    std::vector<std::uint32_t> out;
    const std::size_t total = m_bases.front().size();
    const std::size_t segment = total / kSegments;
    out.reserve(total);
    for (int k = 0; k < kSegments; ++k) {
        const std::uint64_t h =
            mix(static_cast<std::uint64_t>(index) * kSegments + static_cast<std::uint64_t>(k) + 1);
        const auto& base = m_bases[h % m_bases.size()];
        const std::size_t span = base.size() > segment ? base.size() - segment : 0;
        const std::size_t from = span ? (h >> 20) % span : 0;
        const auto word = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t i = from; i < std::min(base.size(), from + segment); ++i)
            out.push_back(base[i] ^ word);
    }
    return out;
}

std::string SynthPrints::derive(std::int64_t index) const
{
    return identify::encodeFingerprint(deriveRaw(index));
}

} // namespace accord::catalogue
