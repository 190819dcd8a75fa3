// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/resolution_limit.hpp"

#include <algorithm>

namespace accord::audio {

namespace {

std::uint32_t cappedRate(std::uint32_t rate, std::uint32_t cap)
{
    // Stay in the source's rate family (44.1 kHz or 48 kHz multiples) so the ratio is simple.
    const std::uint32_t base = rate % 11025 == 0 ? 44100 : 48000;
    const std::uint32_t k = std::max<std::uint32_t>(1, cap / base);
    return std::min(base * k, cap);
}

bool isLossless(std::string_view codec)
{
    return codec == "flac" || codec == "wav" || codec == "aiff" || codec == "alac" || codec == "wavpack" ||
           codec == "ape" || codec == "tta";
}

} // namespace

LimitedResolution limitResolution(const SourceResolution& source, const ResolutionLimit& limit) noexcept
{
    LimitedResolution out;
    out.sampleRate = source.sampleRate;
    out.bits = source.bits;
    out.sampleFormat = source.isFloat     ? SampleFormat::F32
                       : source.bits > 16 ? SampleFormat::S32
                                          : SampleFormat::S16;
    if (limit.maxSampleRate > 0 && source.sampleRate > limit.maxSampleRate) {
        out.sampleRate = cappedRate(source.sampleRate, limit.maxSampleRate);
        out.resampled = true;
    }
    // Float PCM always reports 32 bits, so a float source is over any cap below 32 bits and comes out as
    // integers of the cap's width: the cap bounds the resolution delivered, and float would exceed it.
    if (limit.maxBits > 0 && source.bits > limit.maxBits) {
        out.bits = limit.maxBits;
        out.sampleFormat = limit.maxBits <= 16 ? SampleFormat::S16 : SampleFormat::S32;
        if (out.sampleFormat == SampleFormat::S16)
            out.bits = 16;
        out.requantised = true;
    }
    return out;
}

SourceResolution resolutionOf(const AudioFormat& format, std::string_view codec) noexcept
{
    SourceResolution r;
    r.sampleRate = format.sampleRate;
    r.isFloat = format.sampleFormat == SampleFormat::F32;
    r.bits = r.isFloat && !isLossless(codec) ? 0 : format.bitsPerSample;
    return r;
}

} // namespace accord::audio
