// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/header.hpp"
#include "acx/secret_bytes.hpp"
#include "base/result.hpp"

#include <filesystem>
#include <optional>

namespace accord::acx {

struct WriteOptions {
    /// The file id written into the header (what a KeyProvider may look the key up by); random when empty.
    std::optional<FileId> fileId;
    /// The per-file nonce prefix; random when empty. Give one only to reproduce a file byte for byte
    /// with the same key and content (a publisher's reproducible output): the same key and prefix must
    /// never encrypt different content, or the stream cipher's keystream is reused.
    std::optional<NoncePrefix> noncePrefix;
};

/// Encrypts the file `src` into the `.acx` file `dst` (FORMAT.md) with `key`: chunk by chunk in 64 KiB,
/// through a temporary file beside `dst` that is fsynced and renamed over it, so `dst` is either the old
/// file or the complete new one, never a partial one. Returns the header written (file id, sizes).
/// Errors (NotFound, Io, Format when `src` changed size while it was read) name the file; on error no
/// temporary file is left behind. [any thread, blocking file I/O]
base::Result<Header> writeAcx(const std::filesystem::path& src, const std::filesystem::path& dst,
                              const ContentKey& key, const WriteOptions& options = {});

} // namespace accord::acx
