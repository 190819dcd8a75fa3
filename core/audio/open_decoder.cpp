// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// openDecoder(): the one place that picks a decoder for a file, by its first bytes.
#include "acx/reader.hpp"
#include "audio/decoder.hpp"
#include "audio/ffmpeg_decoder.hpp"
#include "audio/ffmpeg_library.hpp"
#include "audio/flac_decoder.hpp"
#include "audio/range_decoder.hpp"
#include "audio/sndfile_decoder.hpp"

#include <array>
#include <fcntl.h>
#include <unistd.h>

namespace accord::audio {

using base::Error;
using base::ErrorCode;

namespace {

/// Whether the file starts with the .acx magic; false when it cannot be read (the plain decoder then
/// reports why, as it always has).
bool looksEncrypted(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    std::array<std::uint8_t, acx::kMagic.size()> head{};
    const ssize_t got = ::pread(fd, head.data(), head.size(), 0);
    ::close(fd);
    return got == static_cast<ssize_t>(head.size()) && acx::hasMagic(head);
}

/// libsndfile's reason for refusing a file FFmpeg did not read either, saying so when FFmpeg could not even
/// try because its libraries are missing (FfmpegDecoder::open loaded them or failed to: no new attempt).
Error refusedByBoth(Error plain)
{
    if (const auto& av = FfmpegLibrary::load(); !av.ok())
        plain.message +=
            " (FFmpeg, which reads AAC, ALAC, APE and WavPack, is not available: " + av.error().message + ")";
    return plain;
}

base::Result<std::unique_ptr<Decoder>> openEncrypted(const std::filesystem::path& path,
                                                     const acx::KeyProvider* keys)
{
    auto header = acx::readHeader(path);
    if (!header.ok())
        return std::move(header).error();
    if (!keys)
        return Error(ErrorCode::Refused, "encrypted audio (.acx) and no content keys were given")
            .inFile(path.string());
    auto key = keys->contentKeyFor(path, *header);
    if (!key.ok()) {
        Error e = std::move(key).error();
        if (e.code == ErrorCode::NotFound) // "not found" would read as a missing file
            e.code = ErrorCode::Refused;
        e.message = "encrypted audio (.acx): " + e.message;
        if (e.file.empty())
            e.file = path.string();
        return e;
    }
    auto reader = acx::AcxReader::open(path, *key);
    if (!reader.ok())
        return std::move(reader).error();
    // As for plain files: native FLAC of 16 or 24 bits to libFLAC directly (the plain file's decoder, so
    // an .acx costs only the decryption more), libsndfile for what it reads, FFmpeg (over the same
    // decrypted reads) for AAC, ALAC, WavPack, APE and the rest. Each decoder owns its reader, so the next
    // one tried gets a fresh one.
    auto flacBits = FlacDecoder::streamBits(**reader);
    if (!flacBits.ok()) // the first chunk fails: that chunk and file are the error, whatever the format
        return std::move(flacBits).error();
    if (*flacBits == 16 || *flacBits == 24) {
        auto flac = FlacDecoder::openEncrypted(std::move(*reader));
        if (flac.ok() || flac.error().code != ErrorCode::Unsupported)
            return flac;
        reader = acx::AcxReader::open(path, *key);
        if (!reader.ok())
            return std::move(reader).error();
    }
    auto plain = SndfileDecoder::openEncrypted(std::move(*reader));
    if (plain.ok() || plain.error().code != ErrorCode::Unsupported)
        return plain;
    auto again = acx::AcxReader::open(path, *key);
    if (!again.ok())
        return std::move(again).error();
    auto other = FfmpegDecoder::openEncrypted(std::move(*again));
    if (other.ok())
        return other;
    return refusedByBoth(std::move(plain).error()); // neither reads it: libsndfile's words for why
}

} // namespace

base::Result<std::unique_ptr<Decoder>> openDecoder(const std::filesystem::path& path,
                                                   const acx::KeyProvider* keys)
{
    // A CUE track's path names a range of its album's file; a real file of that very name wins.
    if (auto range = parseRangePath(path.native())) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            auto whole = openDecoder(range->file, keys);
            if (!whole.ok())
                return std::move(whole).error();
            return RangeDecoder::open(std::move(*whole), *range, path);
        }
    }
    if (looksEncrypted(path))
        return openEncrypted(path, keys);
    // libsndfile first for what it reads (FLAC, WAV/RF64, AIFF, Ogg, MP3), FFmpeg for the rest: MP4
    // (AAC, ALAC), APE, WavPack, ADTS, and FLAC of a depth libsndfile refuses.
    // Native FLAC of 16 or 24 bits (nearly all FLAC) goes to libFLAC directly: the same samples as
    // libsndfile gives, at less CPU per second played. A stream it refuses at open goes on to libsndfile,
    // whose reason is the one reported. 12/20-bit FLAC (libsndfile refuses them) goes to FFmpeg.
    const unsigned flacBits = FlacDecoder::streamBits(path);
    if (flacBits == 16 || flacBits == 24) {
        auto flac = FlacDecoder::open(path);
        if (flac.ok())
            return flac;
    } else if (flacBits != 0 && flacBits != 8 && flacBits != 32) {
        return FfmpegDecoder::open(path);
    }
    auto plain = SndfileDecoder::open(path);
    if (plain.ok() || plain.error().code != ErrorCode::Unsupported)
        return plain;
    auto other = FfmpegDecoder::open(path);
    if (other.ok())
        return other;
    return refusedByBoth(std::move(plain).error()); // neither reads it: libsndfile's words for why
}

} // namespace accord::audio
