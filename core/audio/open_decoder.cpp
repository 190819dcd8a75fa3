// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// openDecoder(): the one place that picks a decoder for a file, by its first bytes.
#include "acx/reader.hpp"
#include "audio/decoder.hpp"
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
    return SndfileDecoder::openEncrypted(std::move(*reader));
}

} // namespace

base::Result<std::unique_ptr<Decoder>> openDecoder(const std::filesystem::path& path,
                                                   const acx::KeyProvider* keys)
{
    if (looksEncrypted(path))
        return openEncrypted(path, keys);
    return SndfileDecoder::open(path);
}

} // namespace accord::audio
