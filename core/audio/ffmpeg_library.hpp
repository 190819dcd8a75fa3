// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace accord::audio {

// The FFmpeg functions FfmpegDecoder calls, by library. Each becomes a member of FfmpegLibrary of the
// type the header declares (decltype), so a call through the table is checked like a direct call.
#define ACCORD_AVUTIL_FUNCTIONS(X)                                                                           \
    X(av_strerror)                                                                                           \
    X(av_log_set_level)                                                                                      \
    X(av_malloc)                                                                                             \
    X(av_free)                                                                                               \
    X(av_freep)                                                                                              \
    X(av_frame_alloc)                                                                                        \
    X(av_frame_free)                                                                                         \
    X(av_get_packed_sample_fmt)                                                                              \
    X(av_rescale_q)
#define ACCORD_AVCODEC_FUNCTIONS(X)                                                                          \
    X(av_packet_alloc)                                                                                       \
    X(av_packet_free)                                                                                        \
    X(av_packet_unref)                                                                                       \
    X(avcodec_alloc_context3)                                                                                \
    X(avcodec_free_context)                                                                                  \
    X(avcodec_parameters_to_context)                                                                         \
    X(avcodec_open2)                                                                                         \
    X(avcodec_get_name)                                                                                      \
    X(avcodec_descriptor_get)                                                                                \
    X(avcodec_send_packet)                                                                                   \
    X(avcodec_receive_frame)                                                                                 \
    X(avcodec_flush_buffers)
#define ACCORD_AVFORMAT_FUNCTIONS(X)                                                                         \
    X(avformat_alloc_context)                                                                                \
    X(avformat_open_input)                                                                                   \
    X(avformat_close_input)                                                                                  \
    X(avformat_find_stream_info)                                                                             \
    X(av_find_best_stream)                                                                                   \
    X(av_read_frame)                                                                                         \
    X(avformat_index_get_entry)                                                                              \
    X(avformat_seek_file)                                                                                    \
    X(av_seek_frame)                                                                                         \
    X(avio_alloc_context)                                                                                    \
    X(avio_context_free)

/// FFmpeg (libavformat, libavcodec, libavutil), loaded the first time a file needs it: FLAC, WAV, MP3 and
/// Ogg never do (libFLAC and libsndfile read them), and linking FFmpeg made every process load ~100 more
/// libraries (dav1d, rav1e, SVT-AV1, libjxl, ...) at start-up. Compiled against FFmpeg's headers; the
/// libraries opened are the ones of the headers' major versions (libavformat.so.59 for FFmpeg 5.1), whose
/// ABI those headers describe.
/// Members are FFmpeg's functions of the same name (`av.avformat_open_input(...)`).
/// [any thread] load() may be called from several threads at once; the table is immutable once loaded.
struct FfmpegLibrary {
#define ACCORD_FFMPEG_SLOT(fn) decltype(&::fn) fn = nullptr;
    ACCORD_AVUTIL_FUNCTIONS(ACCORD_FFMPEG_SLOT)
    ACCORD_AVCODEC_FUNCTIONS(ACCORD_FFMPEG_SLOT)
    ACCORD_AVFORMAT_FUNCTIONS(ACCORD_FFMPEG_SLOT)
#undef ACCORD_FFMPEG_SLOT

    /// The table, loading the three libraries on the first call (FFmpeg's own logging silenced: failures
    /// reach callers as Errors). Later calls return the first call's outcome. Errors: NotFound naming the
    /// library that is missing, or the function an older library lacks.
    static const base::Result<const FfmpegLibrary*>& load();
};

} // namespace accord::audio
