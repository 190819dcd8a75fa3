// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <vector>

namespace accord::audio {

/// Containers libsndfile can write, for test fixtures and generated demo content.
enum class Container { Flac, Wav, Aiff, OggVorbis, Opus, Mp3 };

const char* extensionOf(Container c) noexcept;

struct PcmFileSpec {
    Container container = Container::Flac;
    std::uint32_t sampleRate = 44100;
    std::uint16_t channels = 2;
    std::uint16_t bits =
        16;             ///< 8, 16 or 24 for integer files; 32 = float (WAV, AIFF); ignored by lossy codecs
    bool int32 = false; ///< with bits 32 in WAV or AIFF: 32-bit integer PCM instead of float
};

/// Basic text tags libsndfile writes natively ("title", "artist", "album", "date", "genre",
/// "tracknumber", "comment").
using BasicTags = std::map<std::string, std::string>;

/// Writes interleaved MSB-aligned int32 samples (the low bits below `bits` should be zero for lossless
/// round trips). Errors name the file. [any thread]
base::Status writePcmFile(const std::filesystem::path& path, const PcmFileSpec& spec,
                          std::span<const std::int32_t> samples, const BasicTags& tags = {});

/// A deterministic test/demo signal: a few sines plus low-level noise, quantised to `bits`,
/// interleaved MSB-aligned int32, `frames` long. Different seeds give different signals.
std::vector<std::int32_t> synthesizeSignal(std::uint32_t sampleRate, std::uint16_t channels,
                                           std::uint16_t bits, std::size_t frames, std::uint32_t seed,
                                           double amplitude = 0.4);

} // namespace accord::audio
