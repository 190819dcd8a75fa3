// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/fingerprint_corpus.hpp"

#include "catalogue/synth/synth_audio.hpp"
#include "support/audio_fixtures.hpp"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace accord::test {

namespace {

constexpr int kRate = 44100;

void writeWav(const std::filesystem::path& out, const std::vector<float>& mono, std::size_t from, double gain)
{
    const std::size_t frames = mono.size() > from ? mono.size() - from : 0;
    std::vector<short> pcm(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const double v = std::clamp(static_cast<double>(mono[from + i]) * gain, -1.0, 1.0);
        pcm[2 * i] = pcm[2 * i + 1] = static_cast<short>(std::lrint(v * 32000.0));
    }
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    std::filesystem::create_directories(out.parent_path());
    SNDFILE* f = sf_open(out.c_str(), SFM_WRITE, &info);
    if (!f)
        throw std::runtime_error("libsndfile cannot write " + out.string());
    const sf_count_t written = sf_writef_short(f, pcm.data(), static_cast<sf_count_t>(frames));
    sf_close(f);
    if (written != static_cast<sf_count_t>(frames))
        throw std::runtime_error("short write to " + out.string());
}

} // namespace

void writeCorpusOriginal(const std::filesystem::path& out, std::uint64_t seed, double seconds)
{
    writeWav(out, catalogue::synthMusic(seed, seconds, kRate), 0, 1.0);
}

void writeCorpusCopy(const std::filesystem::path& out, std::uint64_t seed, double seconds,
                     const CorpusCopy& copy)
{
    const auto from = static_cast<std::size_t>(copy.trimS * kRate);
    std::filesystem::path wav = out;
    wav += ".tmp.wav";
    writeWav(wav, catalogue::synthMusic(seed, seconds, kRate), from, std::pow(10.0, copy.gainDb / 20.0));
    const int kbps = copy.codec == "mp3" ? 128 : copy.codec == "opus" ? 64 : 96;
    encode(wav, out, kbps);
    std::filesystem::remove(wav);
}

CorpusCopy corpusCopyFor(std::uint64_t seed, int codecIndex)
{
    static const char* const kCodecs[] = {"mp3", "opus", "ogg"};
    // A small hash of (seed, codec) so each copy has its own cut and level.
    const std::uint64_t a = (seed + 1) * std::uint64_t{0x9E3779B97F4A7C15};
    const std::uint64_t b = static_cast<std::uint64_t>(codecIndex + 1) * std::uint64_t{0xBF58476D1CE4E5B9};
    std::uint64_t h = a ^ b;
    h ^= h >> 29;
    CorpusCopy c;
    c.codec = kCodecs[codecIndex % 3];
    c.trimS = 1.0 + static_cast<double>(h % 3001) / 1000.0;
    c.gainDb = -12.0 + static_cast<double>((h >> 16) % 1401) / 100.0;
    return c;
}

} // namespace accord::test
