// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/header.hpp"
#include "acx/sodium_init.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace accord::acx {

using base::Error;
using base::ErrorCode;

namespace {

void putLe(std::uint8_t* at, std::uint64_t value, std::size_t bytes) noexcept
{
    for (std::size_t i = 0; i < bytes; ++i)
        at[i] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::uint64_t getLe(const std::uint8_t* at, std::size_t bytes) noexcept
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i)
        value |= std::uint64_t{at[i]} << (8 * i);
    return value;
}

} // namespace

std::uint64_t Header::chunkCount() const noexcept
{
    // An empty file still has one (empty, last) chunk, so "nothing" is authenticated too.
    return plaintextSize == 0 ? 1 : (plaintextSize + chunkSize - 1) / chunkSize;
}

std::uint32_t Header::chunkPlainSize(std::uint64_t index) const noexcept
{
    const std::uint64_t start = index * chunkSize;
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(chunkSize, plaintextSize - start));
}

std::uint64_t Header::chunkOffset(std::uint64_t index) const noexcept
{
    return kHeaderSize + index * (std::uint64_t{chunkSize} + kChunkTagSize);
}

std::uint64_t Header::fileSize() const noexcept
{
    return kHeaderSize + plaintextSize + chunkCount() * kChunkTagSize;
}

bool hasMagic(std::span<const std::uint8_t> prefix) noexcept
{
    return prefix.size() >= kMagic.size() && std::equal(kMagic.begin(), kMagic.end(), prefix.begin());
}

std::array<std::uint8_t, kHeaderSize> serialize(const Header& header)
{
    std::array<std::uint8_t, kHeaderSize> out{};
    std::copy(kMagic.begin(), kMagic.end(), out.begin());
    putLe(&out[8], header.version, 2);
    putLe(&out[10], kHeaderSize, 2);
    putLe(&out[12], header.chunkSize, 4);
    putLe(&out[16], header.plaintextSize, 8);
    std::copy(header.noncePrefix.begin(), header.noncePrefix.end(), out.begin() + 24);
    std::copy(header.fileId.begin(), header.fileId.end(), out.begin() + 40);
    std::copy(header.tag.begin(), header.tag.end(), out.begin() + kHeaderTagOffset);
    return out;
}

base::Result<Header> parse(std::span<const std::uint8_t, kHeaderSize> bytes)
{
    if (!hasMagic(bytes))
        return Error(ErrorCode::Format, "not an Accord encrypted audio file (.acx): wrong magic");
    Header h;
    h.version = static_cast<std::uint16_t>(getLe(&bytes[8], 2));
    if (h.version != kVersion)
        return Error(ErrorCode::Unsupported,
                     "encrypted audio (.acx) version " + std::to_string(h.version) + " is not supported");
    if (getLe(&bytes[10], 2) != kHeaderSize)
        return Error(ErrorCode::Format, "encrypted audio (.acx): header size is not 88");
    h.chunkSize = static_cast<std::uint32_t>(getLe(&bytes[12], 4));
    if (h.chunkSize != kChunkSize)
        return Error(ErrorCode::Format,
                     "encrypted audio (.acx): chunk size " + std::to_string(h.chunkSize) + " is not 65536");
    h.plaintextSize = getLe(&bytes[16], 8);
    if (h.plaintextSize > kMaxPlaintextSize)
        return Error(ErrorCode::Format, "encrypted audio (.acx): implausible size");
    std::copy_n(bytes.begin() + 24, h.noncePrefix.size(), h.noncePrefix.begin());
    std::copy_n(bytes.begin() + 40, h.fileId.size(), h.fileId.begin());
    std::copy_n(bytes.begin() + kHeaderTagOffset, h.tag.size(), h.tag.begin());
    return h;
}

base::Result<Header> readHeader(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, std::strerror(errno))
            .inFile(path.string());
    std::array<std::uint8_t, kHeaderSize> bytes{};
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    ::close(fd);
    if (got < 0)
        return Error(ErrorCode::Io, std::strerror(errno)).inFile(path.string());
    if (static_cast<std::size_t>(got) < bytes.size())
        return Error(ErrorCode::Format, "encrypted audio (.acx): truncated header").inFile(path.string());
    auto header = parse(bytes);
    if (!header.ok())
        return base::Error(header.error()).inFile(path.string());
    return header;
}

std::array<std::uint8_t, 32> computeTag(const Header& header, const ContentKey& key)
{
    detail::ensureSodium();
    const auto bytes = serialize(header);
    std::array<std::uint8_t, 32> tag{};
    crypto_generichash(tag.data(), tag.size(), bytes.data(), kHeaderTagOffset, key.data(), key.size());
    return tag;
}

bool verifyTag(const Header& header, const ContentKey& key)
{
    const auto expected = computeTag(header, key);
    return constantTimeEqual(expected, header.tag);
}

std::array<std::uint8_t, 24> chunkNonce(const Header& header, std::uint64_t index) noexcept
{
    std::array<std::uint8_t, 24> nonce{};
    std::copy(header.noncePrefix.begin(), header.noncePrefix.end(), nonce.begin());
    putLe(&nonce[16], index, 8);
    return nonce;
}

std::array<std::uint8_t, kAssociatedSize>
chunkAssociatedData(const std::array<std::uint8_t, kHeaderSize>& header, std::uint64_t index,
                    bool last) noexcept
{
    std::array<std::uint8_t, kAssociatedSize> ad{};
    std::copy(header.begin(), header.end(), ad.begin());
    putLe(&ad[kHeaderSize], index, 8);
    ad[kHeaderSize + 8] = last ? 1 : 0;
    return ad;
}

} // namespace accord::acx
