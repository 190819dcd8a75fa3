// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/bytes.hpp"

#include <openssl/evp.h>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace accord::sync {

using base::ErrorCode;
using base::makeError;

void ensureSodium()
{
    // sodium_init is thread-safe and idempotent; -1 means no entropy source, which nothing here survives.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

std::string toBase64(const std::uint8_t* data, std::size_t size)
{
    ensureSodium();
    std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

base::Result<Bytes> fromBase64(std::string_view text)
{
    ensureSodium();
    Bytes out(text.size() * 3 / 4 + 3);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return makeError(ErrorCode::Format, "not valid base64");
    out.resize(len);
    return out;
}

std::string toHex(const std::uint8_t* data, std::size_t size)
{
    ensureSodium();
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

base::Result<Bytes> fromHex(std::string_view text)
{
    ensureSodium();
    Bytes out(text.size() / 2 + 1);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end) != 0 ||
        end != text.data() + text.size())
        return makeError(ErrorCode::Format, "not valid hex");
    out.resize(len);
    return out;
}

std::string sha256Hex(std::string_view data)
{
    // OpenSSL's SHA-256 uses the CPU's SHA extensions; libsodium's is portable C, several times slower
    // (it was most of `sync download`'s time: tests/bench/sync-bench.sh).
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &len, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("EVP_Digest(SHA-256) failed");
    return toHex(digest, len);
}

base::Result<std::string> sha256FileHex(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, "cannot open").inFile(path.string());
    const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return makeError(ErrorCode::Io, "SHA-256 unavailable");
    std::vector<char> buf(1 << 20);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto got = in.gcount();
        if (got > 0 && EVP_DigestUpdate(ctx.get(), buf.data(), static_cast<std::size_t>(got)) != 1)
            return makeError(ErrorCode::Io, "SHA-256 failed");
    }
    if (in.bad())
        return makeError(ErrorCode::Io, "read failed").inFile(path.string());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1)
        return makeError(ErrorCode::Io, "SHA-256 failed");
    return toHex(digest, len);
}

Bytes randomBytes(std::size_t n)
{
    ensureSodium();
    Bytes out(n);
    randombytes_buf(out.data(), n);
    return out;
}

base::Result<std::string> readFileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, "cannot open").inFile(path.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        return makeError(ErrorCode::Io, "read failed").inFile(path.string());
    return ss.str();
}

base::Status writeFileAtomic(const std::filesystem::path& path, std::string_view data, unsigned mode)
{
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    const std::filesystem::path tmp = path.string() + ".tmp" + std::to_string(::getpid());
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return makeError(ErrorCode::Io, std::strerror(errno)).inFile(tmp.string());
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            return makeError(ErrorCode::Io, why).inFile(tmp.string());
        }
        done += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it visible, or a crash could leave an empty file.
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return makeError(ErrorCode::Io, "fsync failed").inFile(tmp.string());
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        return makeError(ErrorCode::Io, why).inFile(path.string());
    }
    syncFolder(path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
    return {};
}

void syncFolder(const std::filesystem::path& dir)
{
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

} // namespace accord::sync
