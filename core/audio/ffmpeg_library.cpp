// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/ffmpeg_library.hpp"

#include "base/shared_library.hpp"

namespace accord::audio {

namespace {

// The sonames of the headers' ABI: a library of another major version has another layout of the structs
// the decoder reads (AVFrame, AVStream...).
constexpr const char* kAvutil = "libavutil.so." AV_STRINGIFY(LIBAVUTIL_VERSION_MAJOR);
constexpr const char* kAvcodec = "libavcodec.so." AV_STRINGIFY(LIBAVCODEC_VERSION_MAJOR);
constexpr const char* kAvformat = "libavformat.so." AV_STRINGIFY(LIBAVFORMAT_VERSION_MAJOR);

base::Status resolveAll(FfmpegLibrary& t)
{
    // libavutil first: it is what the other two need, so a missing libavutil is named as such.
    auto avutil = base::SharedLibrary::open(kAvutil);
    if (!avutil.ok())
        return std::move(avutil).error();
    auto avcodec = base::SharedLibrary::open(kAvcodec);
    if (!avcodec.ok())
        return std::move(avcodec).error();
    auto avformat = base::SharedLibrary::open(kAvformat);
    if (!avformat.ok())
        return std::move(avformat).error();
    base::SlotResolver fromAvutil(*avutil), fromAvcodec(*avcodec), fromAvformat(*avformat);
#define ACCORD_FROM_AVUTIL(fn) fromAvutil(t.fn, #fn);
#define ACCORD_FROM_AVCODEC(fn) fromAvcodec(t.fn, #fn);
#define ACCORD_FROM_AVFORMAT(fn) fromAvformat(t.fn, #fn);
    ACCORD_AVUTIL_FUNCTIONS(ACCORD_FROM_AVUTIL)
    ACCORD_AVCODEC_FUNCTIONS(ACCORD_FROM_AVCODEC)
    ACCORD_AVFORMAT_FUNCTIONS(ACCORD_FROM_AVFORMAT)
#undef ACCORD_FROM_AVUTIL
#undef ACCORD_FROM_AVCODEC
#undef ACCORD_FROM_AVFORMAT
    for (const base::SlotResolver* r : {&fromAvutil, &fromAvcodec, &fromAvformat})
        if (!r->status().ok())
            return r->status();
    t.av_log_set_level(AV_LOG_QUIET);
    return {};
}

} // namespace

const base::Result<const FfmpegLibrary*>& FfmpegLibrary::load()
{
    return base::loadOnce(&resolveAll);
}

} // namespace accord::audio
