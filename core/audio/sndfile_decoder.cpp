// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/sndfile_decoder.hpp"
#include "audio/acx_virtual_file.hpp"

#include <cstring>
#include <sndfile.h>
#include <sys/stat.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

namespace {

struct Native {
    SampleFormat format;
    std::uint16_t bits;
};

// The width a subtype is decoded in. Lossy codecs decode to float internally, so float is native.
Native nativeOf(int subtype)
{
    switch (subtype) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
        return {SampleFormat::S16, 8};
    case SF_FORMAT_PCM_16:
    case SF_FORMAT_ALAC_16:
    case SF_FORMAT_DWVW_16:
    case SF_FORMAT_ULAW:
    case SF_FORMAT_ALAW:
    case SF_FORMAT_IMA_ADPCM:
    case SF_FORMAT_MS_ADPCM:
    case SF_FORMAT_GSM610:
        return {SampleFormat::S16, 16};
    case SF_FORMAT_PCM_24:
    case SF_FORMAT_ALAC_24:
    case SF_FORMAT_DWVW_24:
        return {SampleFormat::S32, 24};
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_ALAC_32:
        return {SampleFormat::S32, 32};
    case SF_FORMAT_ALAC_20:
        return {SampleFormat::S32, 20};
    default:
        return {SampleFormat::F32, 32};
    }
}

std::string codecOf(int format)
{
    const int major = format & SF_FORMAT_TYPEMASK;
    const int sub = format & SF_FORMAT_SUBMASK;
    switch (major) {
    case SF_FORMAT_FLAC:
        return "flac";
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
        return "wav";
    case SF_FORMAT_AIFF:
        return "aiff";
    case SF_FORMAT_CAF:
        return sub == SF_FORMAT_ALAC_16 || sub == SF_FORMAT_ALAC_24 ? "alac" : "caf";
    case SF_FORMAT_MPEG:
        return "mp3";
    case SF_FORMAT_OGG:
        if (sub == SF_FORMAT_OPUS)
            return "opus";
        if (sub == SF_FORMAT_VORBIS)
            return "vorbis";
        return "ogg";
    default:
        return "pcm";
    }
}

} // namespace

base::Result<std::unique_ptr<Decoder>> SndfileDecoder::open(const std::filesystem::path& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return Error(ErrorCode::NotFound, "no such file").inFile(path.string());
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Format, "not a regular file").inFile(path.string());
    if (st.st_size == 0)
        return Error(ErrorCode::Format, "empty file").inFile(path.string());

    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (!file) {
        const int err = sf_error(nullptr);
        const ErrorCode code = err == SF_ERR_UNRECOGNISED_FORMAT ? ErrorCode::Unsupported : ErrorCode::Format;
        const char* what =
            err == SF_ERR_UNRECOGNISED_FORMAT ? "not a supported audio file" : "corrupt or unreadable audio";
        return Error(code, std::string(what) + " (" + sf_strerror(nullptr) + ")").inFile(path.string());
    }
    return finishOpen(std::unique_ptr<SndfileDecoder>(new SndfileDecoder(file, path)), info);
}

base::Result<std::unique_ptr<Decoder>> SndfileDecoder::openEncrypted(std::unique_ptr<acx::AcxReader> reader)
{
    const std::filesystem::path path = reader->path();
    if (reader->size() == 0)
        return Error(ErrorCode::Format, "empty file (encrypted)").inFile(path.string());
    auto source = std::make_unique<AcxVirtualFile>(std::move(reader));
    SF_INFO info{};
    SNDFILE* file = source->open(&info);
    if (!file) {
        if (source->error()) // a damaged chunk, not an unknown format
            return *source->error();
        const int err = sf_error(nullptr);
        const ErrorCode code = err == SF_ERR_UNRECOGNISED_FORMAT ? ErrorCode::Unsupported : ErrorCode::Format;
        const char* what = err == SF_ERR_UNRECOGNISED_FORMAT ? "encrypted file holds no supported audio"
                                                             : "corrupt or unreadable audio (encrypted)";
        return Error(code, std::string(what) + " (" + sf_strerror(nullptr) + ")").inFile(path.string());
    }
    std::unique_ptr<SndfileDecoder> dec(new SndfileDecoder(file, path));
    dec->m_virtual = std::move(source);
    auto opened = finishOpen(std::move(dec), info);
    return opened;
}

base::Result<std::unique_ptr<Decoder>> SndfileDecoder::finishOpen(std::unique_ptr<SndfileDecoder> dec,
                                                                  const SF_INFO& info)
{
    SNDFILE* file = dec->m_file;
    const std::filesystem::path& path = dec->m_path;
    if (info.channels <= 0 || info.channels > 64 || info.samplerate <= 0 || info.samplerate > 768000)
        return Error(ErrorCode::Format, "implausible stream parameters (" + std::to_string(info.samplerate) +
                                            " Hz, " + std::to_string(info.channels) + " channels)")
            .inFile(path.string());
    const Native native = nativeOf(info.format & SF_FORMAT_SUBMASK);
    dec->m_format = AudioFormat{static_cast<std::uint32_t>(info.samplerate),
                                static_cast<std::uint16_t>(info.channels), native.format, native.bits};
    dec->m_frames =
        info.frames > 0 && info.frames != SF_COUNT_MAX ? static_cast<std::uint64_t>(info.frames) : 0;
    dec->m_codec = codecOf(info.format);
    dec->m_exactLength = dec->m_codec == "flac" || dec->m_codec == "wav" || dec->m_codec == "aiff";
    // libsndfile quietly shortens a WAV/AIFF whose data chunk runs past the end of the file; its log says
    // "data : 176400 (should be 99956)". A cut-off file is damaged, so remember it and say so at the end.
    char log[4096] = {};
    sf_command(file, SFC_GET_LOG_INFO, log, sizeof log);
    for (const char* chunk : {"data :", "SSND :"})
        if (const char* at = std::strstr(log, chunk)) {
            const char* eol = std::strchr(at, '\n');
            const std::string line(at, eol ? eol : at + std::strlen(at));
            if (line.find("(should be") != std::string::npos)
                dec->m_cutShort = true;
        }
    // Float files keep their values as they are: no normalisation, no clipping.
    sf_command(file, SFC_SET_NORM_FLOAT, nullptr, SF_TRUE);
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_FALSE);
    return std::unique_ptr<Decoder>(std::move(dec));
}

SndfileDecoder::SndfileDecoder(SNDFILE* file, std::filesystem::path path)
    : m_file(file), m_path(std::move(path))
{
}

SndfileDecoder::~SndfileDecoder()
{
    sf_close(m_file);
}

base::Result<std::size_t> SndfileDecoder::read(void* dst, std::size_t frames)
{
    sf_count_t got = 0;
    const auto n = static_cast<sf_count_t>(frames);
    switch (m_format.sampleFormat) {
    case SampleFormat::S16:
        got = sf_readf_short(m_file, static_cast<short*>(dst), n);
        break;
    case SampleFormat::S32:
        got = sf_readf_int(m_file, static_cast<int*>(dst), n);
        break;
    case SampleFormat::F32:
        got = sf_readf_float(m_file, static_cast<float*>(dst), n);
        break;
    }
    // Checked first: after a chunk fails authentication libsndfile sees an early end of file and may even
    // return the frames it had; a damaged encrypted file must never look like a short one.
    if (auto failed = sourceError())
        return std::move(*failed);
    if (got < 0 || (got == 0 && sf_error(m_file) != SF_ERR_NO_ERROR))
        return Error(ErrorCode::Format, std::string("decoding failed: ") + sf_strerror(m_file))
            .inFile(m_path.string());
    m_position += static_cast<std::uint64_t>(got);
    // Lossless containers state their exact length, so ending early means the file was cut short.
    if (got == 0 && m_exactLength && frames > 0 && m_position < m_frames)
        return Error(ErrorCode::Format, "truncated: the stream ends at frame " + std::to_string(m_position) +
                                            " of " + std::to_string(m_frames))
            .inFile(m_path.string());
    if (got == 0 && m_cutShort && frames > 0)
        return Error(ErrorCode::Format, "truncated: the file ends before the audio its header declares")
            .inFile(m_path.string());
    return static_cast<std::size_t>(got);
}

base::Status SndfileDecoder::seek(std::uint64_t frame)
{
    const sf_count_t at = sf_seek(m_file, static_cast<sf_count_t>(frame), SEEK_SET);
    if (auto failed = sourceError())
        return std::move(*failed);
    if (at < 0)
        return Error(ErrorCode::Format,
                     "cannot seek to frame " + std::to_string(frame) + ": " + sf_strerror(m_file))
            .inFile(m_path.string());
    m_position = frame;
    return {};
}

std::optional<base::Error> SndfileDecoder::sourceError() const
{
    if (m_virtual && m_virtual->error())
        return m_virtual->error();
    return std::nullopt;
}

} // namespace accord::audio
