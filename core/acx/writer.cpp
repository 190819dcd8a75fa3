// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/writer.hpp"
#include "acx/sodium_init.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace accord::acx {

using base::Error;
using base::ErrorCode;

namespace {

Error ioError(const std::filesystem::path& path, const std::string& what)
{
    return Error(errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, what + ": " + std::strerror(errno))
        .inFile(path.string());
}

/// Closes a descriptor and, unless released, removes the temporary file it was writing.
class TempFile {
public:
    explicit TempFile(std::filesystem::path dst) : m_path(dst.string() + ".tmp-XXXXXX")
    {
        std::string name = m_path.string();
        m_fd = ::mkostemp(name.data(), O_CLOEXEC);
        m_path = name;
    }
    ~TempFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_kept)
            ::unlink(m_path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    int fd() const { return m_fd; }
    const std::filesystem::path& path() const { return m_path; }
    /// Closes the descriptor; false (errno set) when the close reports a write error.
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }
    void keep() { m_kept = true; }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_kept = false;
};

bool writeAll(int fd, const std::uint8_t* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

/// Reads exactly `size` bytes unless the file ends first; returns how many were read, or -1.
ssize_t readFull(int fd, std::uint8_t* data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(done);
}

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

base::Result<Header> writeAcx(const std::filesystem::path& src, const std::filesystem::path& dst,
                              const ContentKey& key, const WriteOptions& options)
{
    detail::ensureSodium();
    Fd in(::open(src.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return ioError(src, "cannot open");
    struct stat st {};
    if (::fstat(in.get(), &st) != 0)
        return ioError(src, "cannot stat");
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Format, "not a regular file").inFile(src.string());
    if (static_cast<std::uint64_t>(st.st_size) > kMaxPlaintextSize)
        return Error(ErrorCode::Refused, "too large for encrypted audio (.acx)").inFile(src.string());

    Header header;
    header.plaintextSize = static_cast<std::uint64_t>(st.st_size);
    if (options.noncePrefix)
        header.noncePrefix = *options.noncePrefix;
    else
        randombytes_buf(header.noncePrefix.data(), header.noncePrefix.size());
    if (options.fileId)
        header.fileId = *options.fileId;
    else
        randombytes_buf(header.fileId.data(), header.fileId.size());
    header.tag = computeTag(header, key);
    const auto headerBytes = serialize(header);

    TempFile out(dst);
    if (out.fd() < 0)
        return ioError(dst, "cannot create a temporary file beside");
    if (!writeAll(out.fd(), headerBytes.data(), headerBytes.size()))
        return ioError(out.path(), "cannot write");

    std::vector<std::uint8_t> plain(kChunkSize);
    std::vector<std::uint8_t> sealed(kChunkSize + kChunkTagSize);
    const std::uint64_t chunks = header.chunkCount();
    for (std::uint64_t i = 0; i < chunks; ++i) {
        const std::uint32_t want = header.chunkPlainSize(i);
        const ssize_t got = readFull(in.get(), plain.data(), want);
        if (got < 0)
            return ioError(src, "cannot read");
        if (static_cast<std::size_t>(got) != want)
            return Error(ErrorCode::Format, "the file changed size while it was encrypted")
                .inFile(src.string());
        const bool last = i + 1 == chunks;
        const auto nonce = chunkNonce(header, i);
        const auto ad = chunkAssociatedData(headerBytes, i, last);
        unsigned long long sealedSize = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &sealedSize, plain.data(), want, ad.data(),
                                                   ad.size(), nullptr, nonce.data(), key.data());
        if (!writeAll(out.fd(), sealed.data(), static_cast<std::size_t>(sealedSize)))
            return ioError(out.path(), "cannot write");
    }
    wipe(plain.data(), plain.size());
    std::uint8_t extra = 0;
    if (readFull(in.get(), &extra, 1) != 0)
        return Error(ErrorCode::Format, "the file changed size while it was encrypted").inFile(src.string());
    // Durable before it becomes visible: a crash leaves the old dst or the whole new one.
    if (::fsync(out.fd()) != 0)
        return ioError(out.path(), "cannot flush");
    if (!out.close())
        return ioError(out.path(), "cannot close");
    if (::rename(out.path().c_str(), dst.c_str()) != 0)
        return ioError(dst, "cannot rename the temporary file to");
    out.keep();
    const std::filesystem::path dir = dst.has_parent_path() ? dst.parent_path() : std::filesystem::path(".");
    Fd dirFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0)
        ::fsync(dirFd.get());
    return header;
}

} // namespace accord::acx
