// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "base/result.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

struct soxr;

namespace accord::audio {

/// Turns decoded frames in the source format into the output format, only when asked to:
/// gain (volume, fades) with TPDF dither for integer output, resampling with libsoxr, and
/// requantisation (e.g. 24-bit to 16-bit for a licence cap). With unity gain and equal formats it
/// is never called: the decode loop copies the bytes unchanged, which is what makes playback bit-perfect.
/// [decode thread] configure() allocates; process() reuses its buffers.
class SampleProcessor {
public:
    SampleProcessor() = default;
    ~SampleProcessor();
    SampleProcessor(const SampleProcessor&) = delete;
    SampleProcessor& operator=(const SampleProcessor&) = delete;

    base::Status configure(const AudioFormat& in, const AudioFormat& out);

    /// Processes `frames` input frames with a gain ramp from `gainStart` to `gainEnd` (linear factors)
    /// across the chunk. Returns the output bytes (valid until the next call).
    std::span<const std::byte> process(const void* in, std::size_t frames, double gainStart, double gainEnd);
    /// Output still held inside the resampler at the end of a track.
    std::span<const std::byte> flush();

    const AudioFormat& input() const noexcept { return m_in; }
    const AudioFormat& output() const noexcept { return m_out; }

private:
    void toFloat(const void* in, std::size_t frames, double gainStart, double gainEnd);
    std::span<const std::byte> fromFloat(const float* data, std::size_t frames);
    float dither() noexcept;

    AudioFormat m_in;
    AudioFormat m_out;
    soxr* m_soxr = nullptr;
    std::vector<float> m_float;
    std::vector<float> m_resampled;
    std::vector<std::byte> m_bytes;
    std::uint64_t m_rng = 0x9E3779B97F4A7C15ull;
};

/// True when a gain of `gain` changes samples (anything but exactly 1.0).
constexpr bool gainIsUnity(double gain) noexcept
{
    return gain == 1.0;
}

} // namespace accord::audio
