// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/secret_bytes.hpp"
#include "base/result.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>

namespace accord::acx {

/// The `.acx` layout (core/acx/FORMAT.md is the normative description; this file implements it).
inline constexpr std::array<std::uint8_t, 8> kMagic{0x89, 'A', 'C', 'X', 0x0D, 0x0A, 0x1A, 0x0A};
inline constexpr std::uint16_t kVersion = 1;
inline constexpr std::size_t kHeaderSize = 88;
inline constexpr std::size_t kHeaderTagOffset = 56; ///< the tag covers bytes [0, 56)
inline constexpr std::uint32_t kChunkSize = 64 * 1024;
inline constexpr std::size_t kChunkTagSize = 16; ///< Poly1305 tag after each chunk's ciphertext
inline constexpr std::size_t kAssociatedSize = kHeaderSize + 8 + 1;
/// Far beyond any audio file; keeps every offset computation inside 64 bits.
inline constexpr std::uint64_t kMaxPlaintextSize = std::uint64_t{1} << 48;

using FileId = std::array<std::uint8_t, 16>;
using NoncePrefix = std::array<std::uint8_t, 16>;

/// The fields of an `.acx` header. [any thread] Plain value type.
struct Header {
    std::uint16_t version = kVersion;
    std::uint32_t chunkSize = kChunkSize;
    std::uint64_t plaintextSize = 0;
    NoncePrefix noncePrefix{};
    FileId fileId{};                    ///< names the content for key look-up (KeyProvider); not secret
    std::array<std::uint8_t, 32> tag{}; ///< BLAKE2b-256 keyed with the content key over bytes [0, 56)

    /// Chunks in the file: ceil(plaintextSize / chunkSize), and 1 for an empty file.
    std::uint64_t chunkCount() const noexcept;
    /// Plaintext bytes in chunk `index` (< chunkCount()).
    std::uint32_t chunkPlainSize(std::uint64_t index) const noexcept;
    /// Byte offset of chunk `index` in the file.
    std::uint64_t chunkOffset(std::uint64_t index) const noexcept;
    /// The exact size of a well-formed file with this header.
    std::uint64_t fileSize() const noexcept;
};

/// True when `prefix` (at least 8 bytes) starts with the `.acx` magic. [any thread]
bool hasMagic(std::span<const std::uint8_t> prefix) noexcept;

/// The 88 header bytes, with `header.tag` as it is (see computeTag()). [any thread]
std::array<std::uint8_t, kHeaderSize> serialize(const Header& header);

/// Parses header bytes without a key: checks magic, version, header size, chunk size and the size limit.
/// The tag is returned, not verified (verifyTag()). Errors are kind Format or Unsupported (a newer
/// version), with no file name: callers add it. [any thread]
base::Result<Header> parse(std::span<const std::uint8_t, kHeaderSize> bytes);

/// Reads and parses the header of `path` (no key needed: the file id is for finding the key). Errors
/// name the file. [any thread, file I/O]
base::Result<Header> readHeader(const std::filesystem::path& path);

/// BLAKE2b-256 keyed with `key` over the first 56 serialized bytes. [any thread]
std::array<std::uint8_t, 32> computeTag(const Header& header, const ContentKey& key);
/// Whether `header.tag` was made with `key` (constant-time compare): false means another key, or a header
/// altered after it was written. [any thread]
bool verifyTag(const Header& header, const ContentKey& key);

/// The 24-byte XChaCha20 nonce of chunk `index`: the prefix, then the index as 64-bit little-endian.
std::array<std::uint8_t, 24> chunkNonce(const Header& header, std::uint64_t index) noexcept;
/// The associated data of chunk `index`: the 88 header bytes, the index (64-bit LE), the last-chunk flag.
std::array<std::uint8_t, kAssociatedSize>
chunkAssociatedData(const std::array<std::uint8_t, kHeaderSize>& header, std::uint64_t index,
                    bool last) noexcept;

} // namespace accord::acx
