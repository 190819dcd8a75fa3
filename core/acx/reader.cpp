// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/reader.hpp"
#include "acx/sodium_init.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace accord::acx {

using base::Error;
using base::ErrorCode;

base::Result<std::unique_ptr<AcxReader>> AcxReader::open(const std::filesystem::path& path,
                                                         const ContentKey& key)
{
    detail::ensureSodium();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, std::strerror(errno))
            .inFile(path.string());
    // From here the reader owns the descriptor, so every early return closes it.
    std::array<std::uint8_t, kHeaderSize> bytes{};
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    struct stat st {};
    const bool statOk = ::fstat(fd, &st) == 0;
    if (got < 0 || !statOk) {
        const int err = errno;
        ::close(fd);
        return Error(ErrorCode::Io, std::strerror(err)).inFile(path.string());
    }
    if (static_cast<std::size_t>(got) < bytes.size()) {
        ::close(fd);
        return Error(ErrorCode::Format, "encrypted audio (.acx): truncated header").inFile(path.string());
    }
    auto header = parse(bytes);
    if (!header.ok()) {
        ::close(fd);
        return base::Error(header.error()).inFile(path.string());
    }
    std::unique_ptr<AcxReader> reader(new AcxReader(path, fd, *header, key));
    // The tag first: a wrong key is reported as such, not as damage in whichever chunk is read first.
    if (!verifyTag(*header, key))
        return Error(ErrorCode::Refused,
                     "wrong content key for this encrypted file (or its header was altered)")
            .inFile(path.string());
    const auto actual = static_cast<std::uint64_t>(st.st_size);
    if (actual < header->fileSize())
        return Error(ErrorCode::Format, "encrypted audio (.acx) is truncated: " + std::to_string(actual) +
                                            " bytes of " + std::to_string(header->fileSize()))
            .inFile(path.string());
    if (actual > header->fileSize())
        return Error(ErrorCode::Format, "encrypted audio (.acx) has " +
                                            std::to_string(actual - header->fileSize()) +
                                            " bytes after its last chunk")
            .inFile(path.string());
    return reader;
}

AcxReader::AcxReader(std::filesystem::path path, int fd, const Header& header, const ContentKey& key)
    : m_path(std::move(path)), m_fd(fd), m_header(header), m_headerBytes(serialize(header)), m_key(key),
      m_sealed(kChunkSize + kChunkTagSize), m_plain(kChunkSize)
{
}

AcxReader::~AcxReader()
{
    wipe(m_plain.data(), m_plain.size());
    if (m_fd >= 0)
        ::close(m_fd);
}

base::Status AcxReader::loadChunk(std::uint64_t index)
{
    const std::uint64_t chunks = m_header.chunkCount();
    const std::size_t plainSize = m_header.chunkPlainSize(index);
    const std::size_t sealedSize = plainSize + kChunkTagSize;
    const auto offset = static_cast<off_t>(m_header.chunkOffset(index));
    std::size_t done = 0;
    while (done < sealedSize) {
        const ssize_t n =
            ::pread(m_fd, m_sealed.data() + done, sealedSize - done, offset + static_cast<off_t>(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_failed = true;
            return Error(n < 0 ? ErrorCode::Io : ErrorCode::Format,
                         "cannot read chunk " + std::to_string(index) + " of the encrypted audio: " +
                             (n < 0 ? std::strerror(errno) : "the file ends early"))
                .inFile(m_path.string());
        }
        done += static_cast<std::size_t>(n);
    }
    m_cached = UINT64_MAX;
    const auto nonce = chunkNonce(m_header, index);
    const auto ad = chunkAssociatedData(m_headerBytes, index, index + 1 == chunks);
    unsigned long long plainLen = 0;
    // libsodium checks the tag before it decrypts (and zeroes the output when it fails), so no
    // unauthenticated byte ever reaches m_plain.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(m_plain.data(), &plainLen, nullptr, m_sealed.data(),
                                                   sealedSize, ad.data(), ad.size(), nonce.data(),
                                                   m_key.data()) != 0) {
        m_failed = true;
        return Error(ErrorCode::Format, "encrypted audio (.acx): chunk " + std::to_string(index) + " of " +
                                            std::to_string(chunks) +
                                            " fails authentication (altered, reordered or truncated)")
            .inFile(m_path.string());
    }
    m_cached = index;
    return {};
}

base::Result<std::size_t> AcxReader::read(std::uint64_t offset, void* dst, std::size_t len)
{
    if (m_failed)
        return Error(ErrorCode::Format, "encrypted audio (.acx) failed authentication earlier")
            .inFile(m_path.string());
    const std::uint64_t size = m_header.plaintextSize;
    if (offset >= size || len == 0)
        return std::size_t{0};
    len = static_cast<std::size_t>(std::min<std::uint64_t>(len, size - offset));
    auto* out = static_cast<std::uint8_t*>(dst);
    std::size_t done = 0;
    while (done < len) {
        const std::uint64_t at = offset + done;
        const std::uint64_t index = at / m_header.chunkSize;
        if (index != m_cached)
            ACCORD_TRY(loadChunk(index));
        const auto within = static_cast<std::size_t>(at - index * m_header.chunkSize);
        const std::size_t n = std::min<std::size_t>(len - done, m_header.chunkPlainSize(index) - within);
        std::memcpy(out + done, m_plain.data() + within, n);
        done += n;
    }
    return done;
}

} // namespace accord::acx
