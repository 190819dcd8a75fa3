// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"

#include <cstdint>

struct AVFrame;

namespace accord::audio {

/// The width FfmpegDecoder gives a stream of FFmpeg's AVSampleFormat `avSampleFormat` (planar or not):
/// integers stay integers (U8/S16 -> S16, S32/S64 -> S32), everything else is float (F32). [any thread]
SampleFormat outputWidthOf(int avSampleFormat) noexcept;

/// Writes `frame`'s samples interleaved in `width` to `dst` (nb_samples * channels samples): U8 becomes
/// S16 (MSB-aligned), S64 its top 32 bits, double float. `frame`'s format must map to `width`
/// (outputWidthOf). No allocation. [any thread]
void interleaveFrame(const AVFrame* frame, SampleFormat width, int channels, std::uint8_t* dst) noexcept;

} // namespace accord::audio
