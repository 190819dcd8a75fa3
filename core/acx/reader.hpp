// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/header.hpp"
#include "acx/secret_bytes.hpp"
#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace accord::acx {

/// Random access to the plaintext of one `.acx` file (FORMAT.md).
///
/// open() checks the header, that the key is the one the file was written with (the header tag) and that
/// the file has exactly the size its header implies (so a truncated or extended file is refused before
/// anything is read). read() decrypts only the chunks it needs, each authenticated (its index, whether it
/// is the last and the whole header are associated data) before any of its bytes are copied out; the last
/// chunk decrypted is kept, so sequential and nearby reads decrypt each chunk once.
/// All buffers are allocated by open(); read() does file I/O (pread) and no allocation.
/// Errors name the file and the chunk; after an authentication failure no further byte is returned.
/// [one thread at a time] The decode thread owns it once playback starts.
class AcxReader {
public:
    /// Errors: NotFound/Io; Format (not an .acx, damaged header, truncated or extended file); Refused
    /// (the key is not this file's key: "wrong content key"). [any thread, file I/O]
    static base::Result<std::unique_ptr<AcxReader>> open(const std::filesystem::path& path,
                                                         const ContentKey& key);
    ~AcxReader();
    AcxReader(const AcxReader&) = delete;
    AcxReader& operator=(const AcxReader&) = delete;

    /// The plaintext (original file) size.
    std::uint64_t size() const noexcept { return m_header.plaintextSize; }
    const Header& header() const noexcept { return m_header; }
    const std::filesystem::path& path() const noexcept { return m_path; }

    /// Copies up to `len` plaintext bytes from `offset` into `dst`; fewer only at the end of the file
    /// (0 at or past it). Error (kind Format) when a chunk fails authentication (altered, reordered or
    /// swapped in from another file) or cannot be read; the reader then refuses every later read.
    base::Result<std::size_t> read(std::uint64_t offset, void* dst, std::size_t len);

private:
    AcxReader(std::filesystem::path path, int fd, const Header& header, const ContentKey& key);
    base::Status loadChunk(std::uint64_t index);

    std::filesystem::path m_path;
    int m_fd = -1;
    Header m_header;
    std::array<std::uint8_t, kHeaderSize> m_headerBytes{};
    ContentKey m_key;
    std::vector<std::uint8_t> m_sealed;  ///< one chunk's ciphertext and tag
    std::vector<std::uint8_t> m_plain;   ///< the cached chunk's plaintext
    std::uint64_t m_cached = UINT64_MAX; ///< index of the chunk in m_plain, UINT64_MAX for none
    bool m_failed = false;
};

} // namespace accord::acx
