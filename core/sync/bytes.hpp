// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace accord::sync {

using Bytes = std::vector<std::uint8_t>;

/// libsodium's one-time initialisation; every function here that uses libsodium calls it (SHA-256 is
/// OpenSSL's). [any thread]
void ensureSodium();

/// Standard base64 with padding (minisign's alphabet). [any thread] Pure.
std::string toBase64(const std::uint8_t* data, std::size_t size);
inline std::string toBase64(const Bytes& b)
{
    return toBase64(b.data(), b.size());
}
/// Decodes standard base64; nullopt-like error (Format) on anything else.
base::Result<Bytes> fromBase64(std::string_view text);

/// Lower-case hex. [any thread] Pure.
std::string toHex(const std::uint8_t* data, std::size_t size);
base::Result<Bytes> fromHex(std::string_view text);

/// SHA-256 of the bytes, as lower-case hex. [any thread] Pure.
std::string sha256Hex(std::string_view data);
/// SHA-256 of a file, streamed; Io error when it cannot be read.
base::Result<std::string> sha256FileHex(const std::filesystem::path& path);

/// `n` bytes from the system's CSPRNG (randombytes_buf).
Bytes randomBytes(std::size_t n);

/// Reads a whole file (Io / NotFound error).
base::Result<std::string> readFileBytes(const std::filesystem::path& path);
/// fsync() of a folder, so that renames into it reach the disk; best effort (errors ignored).
void syncFolder(const std::filesystem::path& dir);
/// Writes `data` to `path` atomically: a temporary file beside it, fsync, rename, fsync of the folder.
/// Creates the parent folders. `mode` applies to the new file from its creation (umask aside).
base::Status writeFileAtomic(const std::filesystem::path& path, std::string_view data, unsigned mode = 0644);

} // namespace accord::sync
