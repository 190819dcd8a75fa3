// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace accord::audio {

/// Sample formats as they travel from the decoder to the device: 8/16-bit PCM as int16,
/// 24/32-bit PCM as int32 (MSB-aligned, lossless), float as float.
enum class SampleFormat : std::uint8_t { S16, S32, F32 };

/// "s16", "s32", "f32": the names accordctl prints.
const char* toString(SampleFormat format) noexcept;
constexpr std::size_t bytesPerSample(SampleFormat f) noexcept
{
    return f == SampleFormat::S16 ? 2 : 4;
}

/// The format of a PCM stream. `bitsPerSample` is the meaningful resolution (16, 24, 32) of the source,
/// which may be less than the container width (24-bit audio travels as S32).
struct AudioFormat {
    std::uint32_t sampleRate = 0;
    std::uint16_t channels = 0;
    SampleFormat sampleFormat = SampleFormat::S16;
    std::uint16_t bitsPerSample = 16;

    std::size_t bytesPerFrame() const noexcept { return channels * bytesPerSample(sampleFormat); }
    bool valid() const noexcept { return sampleRate > 0 && channels > 0; }
    /// True when two streams can share one open output stream (same rate, channels, sample format).
    bool sameStream(const AudioFormat& o) const noexcept
    {
        return sampleRate == o.sampleRate && channels == o.channels && sampleFormat == o.sampleFormat;
    }
    bool operator==(const AudioFormat&) const = default;

    /// "44100 Hz, 2 ch, s16 (16-bit)"
    std::string describe() const;
};

} // namespace accord::audio
