// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"

#include <cstdint>
#include <string_view>

namespace accord::audio {

/// The most a stream may carry: the audio meaning of a licence resolution cap. licence::limitsFor(cap)
/// states the figures (standard: 48 kHz / 16-bit, hi-res: 192 kHz / 24-bit); 0 means no limit on that axis.
struct ResolutionLimit {
    std::uint32_t maxSampleRate = 0;
    std::uint16_t maxBits = 0;
};

/// A source as far as a limit is concerned.
struct SourceResolution {
    std::uint32_t sampleRate = 0;
    /// Meaningful bits per sample (16, 24, 32; 32 for float PCM). 0 when the codec has no bit depth
    /// (MP3, Vorbis, Opus, AAC decode to float but carry no integer resolution a cap could exceed).
    std::uint16_t bits = 0;
    bool isFloat = false; ///< float samples (float WAV/AIFF, or a float stream)
};

/// What a limit makes of a source.
struct LimitedResolution {
    std::uint32_t sampleRate = 0; ///< the rate the stream is played at
    std::uint16_t bits = 0;       ///< meaningful bits per sample after the limit (0 as in the source)
    SampleFormat sampleFormat = SampleFormat::S16; ///< only meaningful when requantised
    bool resampled = false;                        ///< the rate was above the limit: resampled down
    bool requantised = false; ///< the resolution was above the limit: requantised (TPDF dither) to `bits`

    bool changed() const noexcept { return resampled || requantised; }
};

/// How `limit` changes `source` (the one rule, used by the audio engine to plan its output and by the UI
/// to say "Capped"):
/// - a rate above maxSampleRate is resampled to the highest rate in the source's family (multiples of
///   44.1 kHz or 48 kHz) that fits, else to maxSampleRate;
/// - more bits than maxBits (32-bit PCM, float PCM under 16 or 24; 24-bit under 16) are requantised to
///   integer maxBits: S16 for 16 bits or fewer, otherwise S32 with the sample MSB-aligned in the 32-bit
///   container (24-bit: the low 8 bits are zero), which is what the device is opened with (paInt32);
/// - a source within both limits is untouched (bit-perfect); so is the bit depth of a lossy source.
/// [any thread, pure]
LimitedResolution limitResolution(const SourceResolution& source, const ResolutionLimit& limit) noexcept;

/// The resolution of a decoded stream: float from a lossy codec has no bit depth (see SourceResolution).
/// `codec` is Decoder::codec() ("flac", "wav", "aiff", "alac" are lossless). [any thread, pure]
SourceResolution resolutionOf(const AudioFormat& format, std::string_view codec) noexcept;

} // namespace accord::audio
