// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/ffmpeg_samples.hpp"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <cstring>

namespace accord::audio {

namespace {

// FFmpeg's sample formats are an enum whose meaning is fixed by its ABI version; these three answer what
// libavutil's av_get_packed_sample_fmt, av_sample_fmt_is_planar and av_get_bytes_per_sample answer, without
// a call into the library (loaded at run time: FfmpegLibrary) for every frame.
AVSampleFormat packedOf(AVSampleFormat fmt) noexcept
{
    switch (fmt) {
    case AV_SAMPLE_FMT_U8P:
        return AV_SAMPLE_FMT_U8;
    case AV_SAMPLE_FMT_S16P:
        return AV_SAMPLE_FMT_S16;
    case AV_SAMPLE_FMT_S32P:
        return AV_SAMPLE_FMT_S32;
    case AV_SAMPLE_FMT_FLTP:
        return AV_SAMPLE_FMT_FLT;
    case AV_SAMPLE_FMT_DBLP:
        return AV_SAMPLE_FMT_DBL;
    case AV_SAMPLE_FMT_S64P:
        return AV_SAMPLE_FMT_S64;
    default:
        return fmt;
    }
}

bool isPlanar(AVSampleFormat fmt) noexcept
{
    return packedOf(fmt) != fmt;
}

int bytesPerSample(AVSampleFormat fmt) noexcept
{
    switch (packedOf(fmt)) {
    case AV_SAMPLE_FMT_U8:
        return 1;
    case AV_SAMPLE_FMT_S16:
        return 2;
    case AV_SAMPLE_FMT_S32:
    case AV_SAMPLE_FMT_FLT:
        return 4;
    case AV_SAMPLE_FMT_DBL:
    case AV_SAMPLE_FMT_S64:
        return 8;
    default:
        return 0;
    }
}

} // namespace

SampleFormat outputWidthOf(int avSampleFormat) noexcept
{
    switch (packedOf(static_cast<AVSampleFormat>(avSampleFormat))) {
    case AV_SAMPLE_FMT_U8:
    case AV_SAMPLE_FMT_S16:
        return SampleFormat::S16;
    case AV_SAMPLE_FMT_S32:
    case AV_SAMPLE_FMT_S64:
        return SampleFormat::S32;
    default:
        return SampleFormat::F32;
    }
}

namespace {

/// Sample `i` of channel `ch` of `frame`, converted to the output width `out` (same family: see
/// outputWidthOf).
template <typename Out> Out sampleAt(const AVFrame* frame, int ch, int i, int channels)
{
    const auto fmt = static_cast<AVSampleFormat>(frame->format);
    const bool planar = isPlanar(fmt);
    const int plane = planar ? ch : 0;
    const int index = planar ? i : i * channels + ch;
    const std::uint8_t* data = frame->extended_data[plane];
    switch (packedOf(fmt)) {
    case AV_SAMPLE_FMT_U8:
        return static_cast<Out>((static_cast<int>(data[index]) - 128) * 256);
    case AV_SAMPLE_FMT_S16:
        return static_cast<Out>(reinterpret_cast<const std::int16_t*>(data)[index]);
    case AV_SAMPLE_FMT_S32:
        return static_cast<Out>(reinterpret_cast<const std::int32_t*>(data)[index]);
    case AV_SAMPLE_FMT_S64:
        return static_cast<Out>(reinterpret_cast<const std::int64_t*>(data)[index] >> 32);
    case AV_SAMPLE_FMT_FLT:
        return static_cast<Out>(reinterpret_cast<const float*>(data)[index]);
    case AV_SAMPLE_FMT_DBL:
        return static_cast<Out>(reinterpret_cast<const double*>(data)[index]);
    default:
        return Out{};
    }
}

template <typename Out> void interleave(const AVFrame* frame, int channels, std::uint8_t* dst)
{
    auto* out = reinterpret_cast<Out*>(dst);
    const auto fmt = static_cast<AVSampleFormat>(frame->format);
    if (!isPlanar(fmt) && bytesPerSample(fmt) == sizeof(Out) &&
        (fmt == AV_SAMPLE_FMT_S16 || fmt == AV_SAMPLE_FMT_S32 || fmt == AV_SAMPLE_FMT_FLT)) {
        std::memcpy(out, frame->extended_data[0],
                    sizeof(Out) * static_cast<std::size_t>(frame->nb_samples) *
                        static_cast<std::size_t>(channels));
        return;
    }
    // Planar samples of the output's own width (s16p, s32p, fltp: what ALAC, WavPack, APE and AAC give):
    // interleaved straight from the planes, without a per-sample format switch.
    if (isPlanar(fmt) &&
        (fmt == AV_SAMPLE_FMT_S16P || fmt == AV_SAMPLE_FMT_S32P || fmt == AV_SAMPLE_FMT_FLTP) &&
        bytesPerSample(fmt) == sizeof(Out)) {
        const auto n = static_cast<std::size_t>(frame->nb_samples);
        const auto stride = static_cast<std::size_t>(channels);
        for (int ch = 0; ch < channels; ++ch) {
            const auto* src = reinterpret_cast<const Out*>(frame->extended_data[ch]);
            Out* column = out + ch;
            for (std::size_t i = 0; i < n; ++i)
                column[i * stride] = src[i];
        }
        return;
    }
    for (int i = 0; i < frame->nb_samples; ++i)
        for (int ch = 0; ch < channels; ++ch)
            *out++ = sampleAt<Out>(frame, ch, i, channels);
}

} // namespace

void interleaveFrame(const AVFrame* frame, SampleFormat width, int channels, std::uint8_t* dst) noexcept
{
    switch (width) {
    case SampleFormat::S16:
        interleave<std::int16_t>(frame, channels, dst);
        break;
    case SampleFormat::S32:
        interleave<std::int32_t>(frame, channels, dst);
        break;
    case SampleFormat::F32:
        interleave<float>(frame, channels, dst);
        break;
    }
}

} // namespace accord::audio
