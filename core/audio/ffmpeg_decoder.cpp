// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/ffmpeg_decoder.hpp"
#include "acx/reader.hpp"
#include "audio/ffmpeg_library.hpp"
#include "audio/ffmpeg_samples.hpp"

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
}

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <sys/stat.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

namespace {

// Lossy decoders need a few frames of history after a seek before their output matches a linear decode
// (MDCT overlap); this many frames before the target are decoded and thrown away.
constexpr std::int64_t kLossyPreRoll = 8192;

std::string averrorText(const FfmpegLibrary& av, int averror)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av.av_strerror(averror, buf, sizeof buf);
    return buf;
}

/// Whether libavformat's demuxer `names` ("mov,mp4,m4a,3gp,3g2,mj2") is a container music comes in. Others
/// (MPEG-TS, raw streams, images) are refused: FFmpeg's probe can take a damaged or foreign file for one of
/// them, and the player would then play noise instead of saying the file is not audio.
bool isMusicContainer(std::string_view names)
{
    static constexpr std::string_view kMusic[] = {
        "mov", "mp4", "m4a", "aac", "ape",  "wv",  "flac", "tta", "ogg",      "wav", "w64", "aiff",
        "caf", "dsf", "mp3", "mpc", "mpc8", "shn", "tak",  "asf", "matroska", "au",  "wsd", "iff"};
    while (!names.empty()) {
        const std::size_t comma = names.find(',');
        const std::string_view name = names.substr(0, comma);
        if (std::find(std::begin(kMusic), std::end(kMusic), name) != std::end(kMusic))
            return true;
        if (comma == std::string_view::npos)
            break;
        names.remove_prefix(comma + 1);
    }
    return false;
}

} // namespace

base::Result<std::unique_ptr<Decoder>> FfmpegDecoder::open(const std::filesystem::path& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return Error(ErrorCode::NotFound, "no such file").inFile(path.string());
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Format, "not a regular file").inFile(path.string());
    if (st.st_size == 0)
        return Error(ErrorCode::Format, "empty file").inFile(path.string());
    const auto& av = FfmpegLibrary::load();
    if (!av.ok())
        return Error(av.error()).inFile(path.string());
    std::unique_ptr<FfmpegDecoder> dec(new FfmpegDecoder(**av, path));
    if (auto s = dec->init(); !s.ok())
        return std::move(s).error();
    return std::unique_ptr<Decoder>(std::move(dec));
}

base::Result<std::unique_ptr<Decoder>> FfmpegDecoder::openEncrypted(std::unique_ptr<acx::AcxReader> reader)
{
    const std::filesystem::path path = reader->path();
    if (reader->size() == 0)
        return Error(ErrorCode::Format, "empty file (encrypted)").inFile(path.string());
    const auto& av = FfmpegLibrary::load();
    if (!av.ok())
        return Error(av.error()).inFile(path.string());
    std::unique_ptr<FfmpegDecoder> dec(new FfmpegDecoder(**av, path));
    dec->m_plain = std::move(reader);
    if (auto s = dec->init(); !s.ok())
        return std::move(s).error();
    return std::unique_ptr<Decoder>(std::move(dec));
}

int FfmpegDecoder::readPlain(void* opaque, std::uint8_t* buf, int size)
{
    auto* self = static_cast<FfmpegDecoder*>(opaque);
    if (size <= 0)
        return 0;
    auto got = self->m_plain->read(self->m_plainPos, buf, static_cast<std::size_t>(size));
    if (!got.ok()) {
        self->m_plainError = std::move(got).error();
        return AVERROR(EIO);
    }
    if (*got == 0)
        return AVERROR_EOF;
    self->m_plainPos += *got;
    return static_cast<int>(*got);
}

std::int64_t FfmpegDecoder::seekPlain(void* opaque, std::int64_t offset, int whence)
{
    auto* self = static_cast<FfmpegDecoder*>(opaque);
    const auto size = static_cast<std::int64_t>(self->m_plain->size());
    std::int64_t to = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE: // libavformat asks for the stream's size (the plaintext's, not the .acx file's)
        return size;
    case SEEK_SET:
        to = offset;
        break;
    case SEEK_CUR:
        to = static_cast<std::int64_t>(self->m_plainPos) + offset;
        break;
    case SEEK_END:
        to = size + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (to < 0)
        return AVERROR(EINVAL);
    self->m_plainPos = static_cast<std::uint64_t>(to); // past the end: the next read returns EOF
    return to;
}

FfmpegDecoder::FfmpegDecoder(const FfmpegLibrary& av, std::filesystem::path path)
    : m_av(av), m_path(std::move(path))
{
}

FfmpegDecoder::~FfmpegDecoder()
{
    m_av.av_frame_free(&m_frame);
    m_av.av_packet_free(&m_packet);
    m_av.avcodec_free_context(&m_ctx);
    m_av.avformat_close_input(&m_fmt);
    // With custom I/O libavformat leaves the AVIOContext (and its buffer, which it may have replaced) to us.
    if (m_io) {
        m_av.av_freep(&m_io->buffer);
        m_av.avio_context_free(&m_io);
    }
}

Error FfmpegDecoder::error(const std::string& what, int averror) const
{
    if (m_plainError) // the decrypting reader's own reason (a damaged or altered chunk) says more
        return *m_plainError;
    return Error(ErrorCode::Format, averror ? what + " (" + averrorText(m_av, averror) + ")" : what)
        .inFile(m_path.string());
}

base::Status FfmpegDecoder::init()
{
    if (m_plain) {
        constexpr int kIoBuffer = 64 * 1024;
        auto* buffer = static_cast<unsigned char*>(m_av.av_malloc(kIoBuffer));
        m_fmt = m_av.avformat_alloc_context();
        if (buffer)
            m_io = m_av.avio_alloc_context(buffer, kIoBuffer, 0, this, &FfmpegDecoder::readPlain, nullptr,
                                           &FfmpegDecoder::seekPlain);
        if (!m_io || !m_fmt) {
            if (!m_io)
                m_av.av_free(buffer);
            return error("out of memory");
        }
        m_fmt->pb = m_io;
        m_fmt->flags |= AVFMT_FLAG_CUSTOM_IO;
    }
    // On failure avformat_open_input frees m_fmt (not the custom m_io, which the destructor frees).
    if (int r = m_av.avformat_open_input(&m_fmt, m_plain ? nullptr : m_path.c_str(), nullptr, nullptr);
        r < 0) {
        if (m_plainError)
            return *m_plainError;
        return Error(r == AVERROR_INVALIDDATA ? ErrorCode::Unsupported : ErrorCode::Format,
                     "not a supported audio file (" + averrorText(m_av, r) + ")")
            .inFile(m_path.string());
    }
    if (!isMusicContainer(m_fmt->iformat->name))
        return Error(ErrorCode::Unsupported, std::string("not a supported audio file (FFmpeg reads it as ") +
                                                 m_fmt->iformat->name + ")")
            .inFile(m_path.string());
    if (int r = m_av.avformat_find_stream_info(m_fmt, nullptr); r < 0)
        return error("corrupt or unreadable audio", r);
    const AVCodec* codec = nullptr;
    m_stream = m_av.av_find_best_stream(m_fmt, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (m_stream < 0 || !codec)
        return Error(ErrorCode::Unsupported, m_stream == AVERROR_DECODER_NOT_FOUND
                                                 ? "no decoder for its audio codec"
                                                 : "not a supported audio file (no audio stream)")
            .inFile(m_path.string());
    // Cover art and other streams are never read.
    for (unsigned i = 0; i < m_fmt->nb_streams; ++i)
        if (static_cast<int>(i) != m_stream)
            m_fmt->streams[i]->discard = AVDISCARD_ALL;
    AVStream* stream = m_fmt->streams[m_stream];
    m_ctx = m_av.avcodec_alloc_context3(codec);
    m_packet = m_av.av_packet_alloc();
    m_frame = m_av.av_frame_alloc();
    if (!m_ctx || !m_packet || !m_frame)
        return error("out of memory");
    if (int r = m_av.avcodec_parameters_to_context(m_ctx, stream->codecpar); r < 0)
        return error("cannot set up the decoder", r);
    // With the packet time base known, libavcodec moves frame timestamps past the samples it trims.
    m_ctx->pkt_timebase = stream->time_base;
    if (int r = m_av.avcodec_open2(m_ctx, codec, nullptr); r < 0)
        return error("cannot open the " + std::string(codec->name) + " decoder", r);
    m_codec = m_av.avcodec_get_name(codec->id);
    const AVCodecDescriptor* desc = m_av.avcodec_descriptor_get(codec->id);
    m_lossy = !desc || (desc->props & AV_CODEC_PROP_LOSSLESS) == 0;

    // The first frame says what the decoder really gives (some set their sample format only then).
    auto first = decodeNext();
    if (!first.ok())
        return std::move(first).error();
    if (!*first)
        return error("no audio frames");
    const auto fmt = static_cast<AVSampleFormat>(m_frame->format);
    const int channels = m_frame->ch_layout.nb_channels;
    const int rate = m_frame->sample_rate > 0 ? m_frame->sample_rate : m_ctx->sample_rate;
    if (channels <= 0 || channels > 64 || rate <= 0 || rate > 768000)
        return error("implausible stream parameters (" + std::to_string(rate) + " Hz, " +
                     std::to_string(channels) + " channels)");
    m_format.sampleRate = static_cast<std::uint32_t>(rate);
    m_format.channels = static_cast<std::uint16_t>(channels);
    m_format.sampleFormat = outputWidthOf(fmt);
    const int container = m_format.sampleFormat == SampleFormat::S16 ? 16 : 32;
    const int raw = m_ctx->bits_per_raw_sample;
    if (m_av.av_get_packed_sample_fmt(fmt) == AV_SAMPLE_FMT_U8)
        m_format.bitsPerSample = 8;
    else
        m_format.bitsPerSample = static_cast<std::uint16_t>(raw > 0 && raw <= container ? raw : container);
    if (m_format.sampleFormat == SampleFormat::F32)
        m_format.bitsPerSample = 32;
    // takeFrame() could not convert before the width was known: convert the first frame now.
    m_pending.clear();
    m_pendingOffset = 0;
    takeFrame();

    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0 &&
        m_fmt->duration_estimation_method != AVFMT_DURATION_FROM_BITRATE)
        m_frames = static_cast<std::uint64_t>(
            m_av.av_rescale_q(stream->duration, stream->time_base, AVRational{1, static_cast<int>(rate)}));
    // FFmpeg 5.1 trims the encoder delay an MP4 edit list (or iTunSMPB) declares but not the padding at the
    // end: the edit list's duration is the exact length, so reading stops there.
    m_stopAtLength = m_frames > 0 && std::strstr(m_fmt->iformat->name, "mp4") != nullptr;
    return {};
}

std::int64_t FfmpegDecoder::frameStart() const
{
    const std::int64_t pts =
        m_frame->best_effort_timestamp != AV_NOPTS_VALUE ? m_frame->best_effort_timestamp : m_frame->pts;
    if (pts == AV_NOPTS_VALUE || m_firstPts == INT64_MIN)
        return -1;
    const AVStream* stream = m_fmt->streams[m_stream];
    return m_av.av_rescale_q(pts - m_firstPts, stream->time_base,
                             AVRational{1, static_cast<int>(m_format.sampleRate ? m_format.sampleRate : 1)});
}

void FfmpegDecoder::takeFrame()
{
    if (!m_format.valid())
        return; // init() converts the first frame once it has chosen the width
    const std::size_t bytes = std::size_t(m_frame->nb_samples) * m_format.bytesPerFrame();
    const std::size_t at = m_pending.size();
    m_pending.resize(at + bytes);
    interleaveFrame(m_frame, m_format.sampleFormat, m_format.channels, m_pending.data() + at);
}

base::Result<bool> FfmpegDecoder::decodeNext()
{
    for (;;) {
        int r = m_av.avcodec_receive_frame(m_ctx, m_frame);
        if (r == 0) {
            if (m_firstPts == INT64_MIN) {
                const std::int64_t pts = m_frame->best_effort_timestamp != AV_NOPTS_VALUE
                                             ? m_frame->best_effort_timestamp
                                             : m_frame->pts;
                m_firstPts = pts == AV_NOPTS_VALUE ? 0 : pts;
            }
            if (m_frame->nb_samples <= 0)
                continue;
            if (m_format.valid() && m_frame->ch_layout.nb_channels != m_format.channels)
                return error("the stream changes its channel count mid-track");
            if (m_format.valid() && outputWidthOf(m_frame->format) != m_format.sampleFormat)
                return error("the stream changes its sample format mid-track");
            takeFrame();
            return true;
        }
        if (r == AVERROR_EOF) {
            m_drained = true;
            return false;
        }
        if (r != AVERROR(EAGAIN))
            return error("decoding failed", r);
        if (m_eof) // flushed and still asking for input: nothing more will come
            return false;
        r = m_av.av_read_frame(m_fmt, m_packet);
        if (r == AVERROR_EOF) {
            m_eof = true;
            m_av.avcodec_send_packet(m_ctx, nullptr);
            continue;
        }
        if (r < 0)
            return error("reading failed", r);
        if (m_packet->stream_index != m_stream) {
            m_av.av_packet_unref(m_packet);
            continue;
        }
        r = m_av.avcodec_send_packet(m_ctx, m_packet);
        m_av.av_packet_unref(m_packet);
        if (r < 0 && r != AVERROR(EAGAIN))
            return error("decoding failed", r);
    }
}

base::Result<std::size_t> FfmpegDecoder::read(void* dst, std::size_t frames)
{
    const std::size_t bpf = m_format.bytesPerFrame();
    auto* out = static_cast<std::uint8_t*>(dst);
    std::size_t done = 0;
    if (m_stopAtLength)
        frames = static_cast<std::size_t>(
            std::min<std::uint64_t>(frames, m_frames - std::min(m_frames, m_position)));
    while (done < frames) {
        if (m_pendingOffset == m_pending.size()) {
            m_pending.clear();
            m_pendingOffset = 0;
            if (m_drained)
                break;
            auto more = decodeNext();
            if (!more.ok())
                return std::move(more).error();
            if (!*more)
                break;
            continue;
        }
        const std::size_t have = (m_pending.size() - m_pendingOffset) / bpf;
        const std::size_t n = std::min(have, frames - done);
        std::memcpy(out + done * bpf, m_pending.data() + m_pendingOffset, n * bpf);
        m_pendingOffset += n * bpf;
        done += n;
    }
    m_position += done;
    return done;
}

base::Status FfmpegDecoder::seek(std::uint64_t frame)
{
    const AVStream* stream = m_fmt->streams[m_stream];
    const AVRational samples{1, static_cast<int>(m_format.sampleRate)};
    const std::int64_t target = static_cast<std::int64_t>(frame);
    const std::int64_t preRoll = m_lossy ? kLossyPreRoll : 0;
    // First a demuxer seek to before the target; when the frames it lands on do not say where they are (or
    // land after the target), from the start. Either way the rest is decoded and discarded.
    for (int attempt = 0; attempt < 2; ++attempt) {
        // The pre-roll may reach before frame 0: an MP4's first packet holds the encoder delay at a negative
        // timestamp, and a seek near the start must land on it, not on the packet at 0.
        const AVIndexEntry* first = m_av.avformat_index_get_entry(const_cast<AVStream*>(stream), 0);
        const std::int64_t earliest = first ? std::min(first->timestamp, m_firstPts) : m_firstPts;
        const std::int64_t ts =
            attempt == 0
                ? std::max(earliest,
                           m_av.av_rescale_q(target - preRoll, samples, stream->time_base) + m_firstPts)
                : earliest;
        int r = m_av.avformat_seek_file(m_fmt, m_stream, INT64_MIN, ts, ts, 0);
        if (r < 0)
            r = m_av.av_seek_frame(m_fmt, m_stream, ts, AVSEEK_FLAG_BACKWARD);
        if (r < 0 && attempt == 0)
            continue;
        if (r < 0)
            return error("cannot seek to frame " + std::to_string(frame), r);
        m_av.avcodec_flush_buffers(m_ctx);
        m_eof = m_drained = false;
        std::int64_t expected = attempt == 0 ? -1 : 0; // counted when timestamps are missing
        bool landed = false;
        for (;;) {
            m_pending.clear();
            m_pendingOffset = 0;
            auto more = decodeNext();
            if (!more.ok())
                return std::move(more).error();
            if (!*more) { // the target is at or past the end
                m_position = frame;
                return {};
            }
            std::int64_t start = frameStart();
            if (start < 0 || attempt == 1) {
                if (expected < 0)
                    break; // no timestamps after a demuxer seek: count from the start instead
                start = expected;
            }
            if (!landed && start > target)
                break; // landed past the target
            landed = true;
            const std::int64_t count = static_cast<std::int64_t>(m_pending.size() / m_format.bytesPerFrame());
            expected = start + count;
            if (start + count > target) {
                m_pendingOffset = static_cast<std::size_t>(target - start) * m_format.bytesPerFrame();
                m_position = frame;
                return {};
            }
        }
    }
    return error("cannot seek to frame " + std::to_string(frame));
}

} // namespace accord::audio
