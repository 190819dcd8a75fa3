// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// openDecoder(): the one place that picks a decoder for a file, by its first bytes.
#include "acx/reader.hpp"
#include "audio/decoder.hpp"
#include "audio/ffmpeg_decoder.hpp"
#include "audio/range_decoder.hpp"
#include "audio/sndfile_decoder.hpp"

#include <array>
#include <cstring>
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
    // As for plain files: libsndfile for what it reads, FFmpeg (over the same decrypted reads) for AAC,
    // ALAC, WavPack, APE and the rest. Each decoder owns its reader, so FFmpeg gets a fresh one.
    auto plain = SndfileDecoder::openEncrypted(std::move(*reader));
    if (plain.ok() || plain.error().code != ErrorCode::Unsupported)
        return plain;
    auto again = acx::AcxReader::open(path, *key);
    if (!again.ok())
        return std::move(again).error();
    auto other = FfmpegDecoder::openEncrypted(std::move(*again));
    if (other.ok())
        return other;
    return plain; // neither reads it: libsndfile's words for why
}

/// True for a FLAC stream whose STREAMINFO bit depth libsndfile refuses (it takes 8, 16, 24 and 32 bits;
/// 12- and 20-bit FLAC are valid and FFmpeg decodes them). An ID3v2 tag before "fLaC" is skipped.
bool flacOfOddDepth(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    std::array<std::uint8_t, 10> id3{};
    off_t at = 0;
    if (::pread(fd, id3.data(), id3.size(), 0) == static_cast<ssize_t>(id3.size()) && id3[0] == 'I' &&
        id3[1] == 'D' && id3[2] == '3')
        at = 10 + ((id3[6] & 0x7F) << 21 | (id3[7] & 0x7F) << 14 | (id3[8] & 0x7F) << 7 | (id3[9] & 0x7F)) +
             ((id3[5] & 0x10) ? 10 : 0);
    // "fLaC", the STREAMINFO block header (4 bytes), then 34 bytes of STREAMINFO.
    std::array<std::uint8_t, 42> head{};
    const ssize_t got = ::pread(fd, head.data(), head.size(), at);
    ::close(fd);
    if (got != static_cast<ssize_t>(head.size()) || std::memcmp(head.data(), "fLaC", 4) != 0 ||
        (head[4] & 0x7F) != 0)
        return false;
    const unsigned bits = (((head[8 + 12] & 1u) << 4) | (head[8 + 13] >> 4)) + 1u;
    return bits != 8 && bits != 16 && bits != 24 && bits != 32;
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
    if (flacOfOddDepth(path))
        return FfmpegDecoder::open(path);
    auto plain = SndfileDecoder::open(path);
    if (plain.ok() || plain.error().code != ErrorCode::Unsupported)
        return plain;
    auto other = FfmpegDecoder::open(path);
    if (other.ok())
        return other;
    return plain; // neither reads it: libsndfile's words for why
}

} // namespace accord::audio
