// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// FlacDecoder: libFLAC without libsndfile in between. Playing FLAC through libsndfile cost a third more CPU
// than MPD's decoder (tests/bench/README.md, "Playback CPU"): libsndfile decodes each frame into its own
// buffer, converts it sample by sample on every read, and seeks before every 8 KiB read of the file.
#include "audio/flac_decoder.hpp"

#include "acx/reader.hpp"

#include <FLAC/stream_decoder.h>

#include <array>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

namespace {

FLAC__StreamDecoder* handle(void* p)
{
    return static_cast<FLAC__StreamDecoder*>(p);
}

} // namespace

struct FlacDecoder::Callbacks {
    static FLAC__StreamDecoderWriteStatus write(const FLAC__StreamDecoder*, const FLAC__Frame* frame,
                                                const FLAC__int32* const buffer[], void* client)
    {
        auto& d = *static_cast<FlacDecoder*>(client);
        const std::size_t block = frame->header.blocksize;
        // A frame that changes the stream's shape mid-way (valid only in theory) is not played as noise.
        if (frame->header.channels != d.m_format.channels ||
            frame->header.bits_per_sample != d.m_format.bitsPerSample ||
            block * d.m_format.bytesPerFrame() > d.m_pending.size()) {
            d.m_error = FLAC__STREAM_DECODER_ERROR_STATUS_UNPARSEABLE_STREAM;
            return FLAC__STREAM_DECODER_WRITE_STATUS_ABORT;
        }
        // As much as the caller asked for goes straight to its buffer; the rest waits in m_pending.
        const std::size_t direct = std::min(block, d.m_targetFrames - d.m_written);
        if (direct > 0) {
            d.interleave(buffer, 0, direct, d.m_target + d.m_written * d.m_format.bytesPerFrame());
            d.m_written += direct;
        }
        if (direct < block) {
            d.interleave(buffer, direct, block - direct, d.m_pending.data());
            d.m_pendingFrom = 0;
            d.m_pendingFrames = block - direct;
        }
        return FLAC__STREAM_DECODER_WRITE_STATUS_CONTINUE;
    }

    static void metadata(const FLAC__StreamDecoder*, const FLAC__StreamMetadata* m, void* client)
    {
        auto& d = *static_cast<FlacDecoder*>(client);
        if (m->type != FLAC__METADATA_TYPE_STREAMINFO)
            return;
        const FLAC__StreamMetadata_StreamInfo& s = m->data.stream_info;
        d.m_format.sampleRate = s.sample_rate;
        d.m_format.channels = static_cast<std::uint16_t>(s.channels);
        d.m_format.bitsPerSample = static_cast<std::uint16_t>(s.bits_per_sample);
        d.m_frames = s.total_samples;
        // The largest block the stream may hold; a stream that lies about it is refused in write().
        const std::size_t maxBlock = s.max_blocksize >= 16 ? s.max_blocksize : 65535;
        d.m_metadataOk =
            s.sample_rate > 0 && s.channels > 0 && (s.bits_per_sample == 16 || s.bits_per_sample == 24);
        if (d.m_metadataOk) {
            d.m_format.sampleFormat = s.bits_per_sample == 16 ? SampleFormat::S16 : SampleFormat::S32;
            d.m_shift = s.bits_per_sample == 16 ? 0 : 8;
            d.m_pending.resize(maxBlock * d.m_format.bytesPerFrame());
        }
    }

    static void error(const FLAC__StreamDecoder*, FLAC__StreamDecoderErrorStatus status, void* client)
    {
        // libFLAC resynchronises by itself; what was lost shows as a short stream at the end (truncated).
        static_cast<FlacDecoder*>(client)->m_error = static_cast<int>(status);
    }
};

namespace {

// The bit depth in a native FLAC stream's STREAMINFO (after an ID3v2 tag, if any), 0 when the stream does
// not start so; `readAt(dst, n, offset)` is true when it read exactly n bytes.
template <class ReadAt> unsigned bitsOf(ReadAt&& readAt)
{
    std::array<std::uint8_t, 10> id3{};
    std::uint64_t at = 0;
    if (readAt(id3.data(), id3.size(), 0) && id3[0] == 'I' && id3[1] == 'D' && id3[2] == '3')
        at = 10u +
             ((id3[6] & 0x7Fu) << 21 | (id3[7] & 0x7Fu) << 14 | (id3[8] & 0x7Fu) << 7 | (id3[9] & 0x7Fu)) +
             ((id3[5] & 0x10) ? 10u : 0u);
    // "fLaC", the STREAMINFO block header (4 bytes), then 34 bytes of STREAMINFO.
    std::array<std::uint8_t, 42> head{};
    if (!readAt(head.data(), head.size(), at) || std::memcmp(head.data(), "fLaC", 4) != 0 ||
        (head[4] & 0x7F) != 0)
        return 0;
    return (((head[8 + 12] & 1u) << 4) | (head[8 + 13] >> 4)) + 1u;
}

} // namespace

// libFLAC's I/O over an encrypted file's plaintext (AcxReader: decrypts and authenticates each chunk once).
struct FlacDecoder::StreamCallbacks {
    static FLAC__StreamDecoderReadStatus read(const FLAC__StreamDecoder*, FLAC__byte buffer[], size_t* bytes,
                                              void* client)
    {
        auto& d = *static_cast<FlacDecoder*>(client);
        if (*bytes == 0)
            return FLAC__STREAM_DECODER_READ_STATUS_ABORT;
        auto got = d.m_acx->read(d.m_acxPosition, buffer, *bytes);
        if (!got.ok()) {
            if (!d.m_sourceError)
                d.m_sourceError = std::move(got).error();
            *bytes = 0;
            return FLAC__STREAM_DECODER_READ_STATUS_ABORT;
        }
        *bytes = *got;
        d.m_acxPosition += *got;
        return *got == 0 ? FLAC__STREAM_DECODER_READ_STATUS_END_OF_STREAM
                         : FLAC__STREAM_DECODER_READ_STATUS_CONTINUE;
    }

    static FLAC__StreamDecoderSeekStatus seek(const FLAC__StreamDecoder*, FLAC__uint64 offset, void* client)
    {
        auto& d = *static_cast<FlacDecoder*>(client);
        if (offset > d.m_acx->size())
            return FLAC__STREAM_DECODER_SEEK_STATUS_ERROR;
        d.m_acxPosition = offset;
        return FLAC__STREAM_DECODER_SEEK_STATUS_OK;
    }

    static FLAC__StreamDecoderTellStatus tell(const FLAC__StreamDecoder*, FLAC__uint64* offset, void* client)
    {
        *offset = static_cast<FlacDecoder*>(client)->m_acxPosition;
        return FLAC__STREAM_DECODER_TELL_STATUS_OK;
    }

    static FLAC__StreamDecoderLengthStatus length(const FLAC__StreamDecoder*, FLAC__uint64* length,
                                                  void* client)
    {
        *length = static_cast<FlacDecoder*>(client)->m_acx->size();
        return FLAC__STREAM_DECODER_LENGTH_STATUS_OK;
    }

    static FLAC__bool eof(const FLAC__StreamDecoder*, void* client)
    {
        const auto& d = *static_cast<FlacDecoder*>(client);
        return d.m_acxPosition >= d.m_acx->size();
    }
};

unsigned FlacDecoder::streamBits(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    const unsigned bits = bitsOf([fd](void* dst, std::size_t n, std::uint64_t offset) {
        return ::pread(fd, dst, n, static_cast<off_t>(offset)) == static_cast<ssize_t>(n);
    });
    ::close(fd);
    return bits;
}

base::Result<unsigned> FlacDecoder::streamBits(acx::AcxReader& reader)
{
    std::optional<Error> failed;
    const unsigned bits = bitsOf([&](void* dst, std::size_t n, std::uint64_t offset) {
        auto got = reader.read(offset, dst, n);
        if (!got.ok()) {
            if (!failed) // the first failure names the chunk; later reads only say it failed earlier
                failed = std::move(got).error();
            return false;
        }
        return *got == n;
    });
    if (failed)
        return *failed;
    return bits;
}

FlacDecoder::FlacDecoder(std::filesystem::path path) : m_path(std::move(path)) {}

FlacDecoder::~FlacDecoder()
{
    if (m_decoder)
        FLAC__stream_decoder_delete(handle(m_decoder)); // finishes the decoder and closes the file
}

base::Result<std::unique_ptr<Decoder>> FlacDecoder::open(const std::filesystem::path& path)
{
    std::unique_ptr<FlacDecoder> dec(new FlacDecoder(path));
    FLAC__StreamDecoder* d = FLAC__stream_decoder_new();
    if (!d)
        return Error(ErrorCode::Io, "out of memory opening the FLAC decoder").inFile(path.string());
    dec->m_decoder = d;
    FLAC__stream_decoder_set_md5_checking(d, false);
    if (FLAC__stream_decoder_init_file(d, path.c_str(), &Callbacks::write, &Callbacks::metadata,
                                       &Callbacks::error, dec.get()) != FLAC__STREAM_DECODER_INIT_STATUS_OK)
        return Error(ErrorCode::Unsupported, "FLAC stream refused: cannot open").inFile(path.string());
    return finishOpen(std::move(dec));
}

base::Result<std::unique_ptr<Decoder>> FlacDecoder::openEncrypted(std::unique_ptr<acx::AcxReader> reader)
{
    std::unique_ptr<FlacDecoder> dec(new FlacDecoder(reader->path()));
    dec->m_acx = std::move(reader);
    FLAC__StreamDecoder* d = FLAC__stream_decoder_new();
    if (!d)
        return Error(ErrorCode::Io, "out of memory opening the FLAC decoder").inFile(dec->m_path.string());
    dec->m_decoder = d;
    FLAC__stream_decoder_set_md5_checking(d, false);
    if (FLAC__stream_decoder_init_stream(d, &StreamCallbacks::read, &StreamCallbacks::seek,
                                         &StreamCallbacks::tell, &StreamCallbacks::length,
                                         &StreamCallbacks::eof, &Callbacks::write, &Callbacks::metadata,
                                         &Callbacks::error, dec.get()) != FLAC__STREAM_DECODER_INIT_STATUS_OK)
        return Error(ErrorCode::Unsupported, "FLAC stream refused: cannot open (encrypted)")
            .inFile(dec->m_path.string());
    return finishOpen(std::move(dec));
}

base::Result<std::unique_ptr<Decoder>> FlacDecoder::finishOpen(std::unique_ptr<FlacDecoder> dec)
{
    const bool read = FLAC__stream_decoder_process_until_end_of_metadata(handle(dec->m_decoder));
    if (dec->m_sourceError) // a damaged chunk of an encrypted file, not a stream libFLAC refuses
        return *dec->m_sourceError;
    if (!read || !dec->m_metadataOk)
        return Error(ErrorCode::Unsupported, "FLAC stream refused: no usable STREAMINFO")
            .inFile(dec->m_path.string());
    dec->m_error.reset();
    return std::unique_ptr<Decoder>(std::move(dec));
}

void FlacDecoder::interleave(const std::int32_t* const planes[], std::size_t from, std::size_t count,
                             std::byte* dst) const noexcept
{
    const std::size_t channels = m_format.channels;
    if (m_format.sampleFormat == SampleFormat::S16) {
        auto* out = reinterpret_cast<std::int16_t*>(dst);
        if (channels == 2) {
            const std::int32_t* l = planes[0] + from;
            const std::int32_t* r = planes[1] + from;
            for (std::size_t i = 0; i < count; ++i) {
                out[2 * i] = static_cast<std::int16_t>(l[i]);
                out[2 * i + 1] = static_cast<std::int16_t>(r[i]);
            }
            return;
        }
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t c = 0; c < channels; ++c)
                out[i * channels + c] = static_cast<std::int16_t>(planes[c][from + i]);
        return;
    }
    // 24-bit as int32, MSB-aligned: the width libsndfile's sf_readf_int gives, so the ring holds the same.
    auto* out = reinterpret_cast<std::int32_t*>(dst);
    for (std::size_t i = 0; i < count; ++i)
        for (std::size_t c = 0; c < channels; ++c)
            out[i * channels + c] =
                static_cast<std::int32_t>(static_cast<std::uint32_t>(planes[c][from + i]) << m_shift);
}

Error FlacDecoder::failure(const std::string& what) const
{
    if (m_sourceError) // an encrypted file's chunk failed: that is what went wrong, not the FLAC stream
        return *m_sourceError;
    std::string text = what;
    if (m_error)
        text += std::string(" (") +
                FLAC__StreamDecoderErrorStatusString[static_cast<FLAC__StreamDecoderErrorStatus>(*m_error)] +
                ")";
    return Error(ErrorCode::Format, text).inFile(m_path.string());
}

base::Result<std::size_t> FlacDecoder::read(void* dst, std::size_t frames)
{
    auto* out = static_cast<std::byte*>(dst);
    const std::size_t bpf = m_format.bytesPerFrame();
    std::size_t done = 0;
    if (m_pendingFrames > 0) {
        const std::size_t n = std::min(frames, m_pendingFrames);
        std::memcpy(out, m_pending.data() + m_pendingFrom * bpf, n * bpf);
        m_pendingFrom += n;
        m_pendingFrames -= n;
        done = n;
    }
    FLAC__StreamDecoder* d = handle(m_decoder);
    bool ended = false;
    while (done < frames) {
        m_target = out;
        m_targetFrames = frames;
        m_written = done;
        const bool ok = FLAC__stream_decoder_process_single(d);
        done = m_written;
        m_target = nullptr;
        m_targetFrames = 0;
        m_written = 0;
        const FLAC__StreamDecoderState state = FLAC__stream_decoder_get_state(d);
        if (state == FLAC__STREAM_DECODER_END_OF_STREAM) {
            ended = true;
            break;
        }
        if (!ok || state == FLAC__STREAM_DECODER_ABORTED ||
            state == FLAC__STREAM_DECODER_MEMORY_ALLOCATION_ERROR)
            return failure("decoding failed");
    }
    m_position += done;
    // FLAC states its exact length, so ending early means the file was cut short (or lost frames).
    if (ended && done == 0 && frames > 0 && m_frames > 0 && m_position < m_frames)
        return failure("truncated: the stream ends at frame " + std::to_string(m_position) + " of " +
                       std::to_string(m_frames));
    return done;
}

base::Status FlacDecoder::seek(std::uint64_t frame)
{
    FLAC__StreamDecoder* d = handle(m_decoder);
    m_pendingFrom = 0;
    m_pendingFrames = 0;
    m_target = nullptr;
    m_targetFrames = 0;
    m_written = 0;
    // libFLAC hands the frame holding `frame` to write() from its first wanted sample: it lands in m_pending.
    if (!FLAC__stream_decoder_seek_absolute(d, frame)) {
        if (FLAC__stream_decoder_get_state(d) == FLAC__STREAM_DECODER_SEEK_ERROR)
            FLAC__stream_decoder_flush(d);
        return failure("cannot seek to frame " + std::to_string(frame));
    }
    m_position = frame;
    return {};
}

} // namespace accord::audio
