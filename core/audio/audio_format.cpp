// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/audio_format.hpp"

namespace accord::audio {

const char* toString(SampleFormat format) noexcept
{
    switch (format) {
    case SampleFormat::S16:
        return "s16";
    case SampleFormat::S32:
        return "s32";
    case SampleFormat::F32:
        return "f32";
    }
    return "?";
}

std::string AudioFormat::describe() const
{
    std::string out =
        std::to_string(sampleRate) + " Hz, " + std::to_string(channels) + " ch, " + toString(sampleFormat);
    if (sampleFormat != SampleFormat::F32)
        out += " (" + std::to_string(bitsPerSample) + "-bit)";
    return out;
}

} // namespace accord::audio
