// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/synth/synth_prints.hpp"

#include "catalogue/synth/synth_audio.hpp"
#include "identify/fingerprint.hpp"
#include "identify/fingerprinter.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace accord::catalogue {

namespace {

constexpr int kRate = 11025; // Chromaprint's own rate: no resampling

std::uint64_t mix(std::uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

SynthPrints::SynthPrints(std::uint64_t seed, int bases, unsigned threads)
{
    m_bases.resize(static_cast<std::size_t>(std::max(1, bases)));
    std::atomic<std::size_t> next{0};
    std::mutex lock;
    std::string failure;
    auto work = [&] {
        for (std::size_t b; (b = next.fetch_add(1)) < m_bases.size();) {
            const auto music = synthMusic(mix(seed * std::uint64_t{1000003} + b), kSeconds, kRate);
            std::vector<std::int16_t> pcm(music.size());
            for (std::size_t i = 0; i < music.size(); ++i)
                pcm[i] = static_cast<std::int16_t>(std::lrint(music[i] * 32000.0f));
            auto fp = identify::fingerprintSamples(pcm.data(), pcm.size(), kRate, 1);
            const std::lock_guard g(lock);
            if (!fp || fp->raw.size() <= static_cast<std::size_t>(kSnippetItems)) {
                failure = fp ? "too short" : fp.error().message;
                continue;
            }
            m_bases[b] = std::move(fp->raw);
        }
    };
    const unsigned n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();
    if (!failure.empty())
        throw std::runtime_error("synthetic fingerprint: " + failure);
}

std::vector<std::uint32_t> SynthPrints::deriveRaw(std::int64_t index) const
{
    // As long as a 120 s piece's print (every base is): ~15 snippets, the last one cut.
    const std::size_t total = m_bases.front().size();
    std::vector<std::uint32_t> out;
    out.reserve(total);
    for (std::uint64_t k = 0; out.size() < total; ++k) {
        const std::uint64_t h = mix(mix(static_cast<std::uint64_t>(index) + 1) + k);
        const auto& base = m_bases[h % m_bases.size()];
        const std::size_t from = (h >> 24) % (base.size() - kSnippetItems + 1);
        const std::size_t take = std::min<std::size_t>(kSnippetItems, total - out.size());
        out.insert(out.end(), base.begin() + static_cast<std::ptrdiff_t>(from),
                   base.begin() + static_cast<std::ptrdiff_t>(from + take));
    }
    return out;
}

std::size_t SynthPrints::poolItems() const
{
    std::size_t n = 0;
    for (const auto& b : m_bases)
        n += b.size();
    return n;
}

std::string SynthPrints::derive(std::int64_t index) const
{
    return identify::encodeFingerprint(deriveRaw(index));
}

} // namespace accord::catalogue
