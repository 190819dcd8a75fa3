// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "sync/minisign.hpp"

#include <filesystem>

namespace accord::sync {

/// A publisher's signing key on disk: `path` (JSON with the secret, mode 0600, never served) and
/// `path.pub` (minisign's public key file, for `minisign -V -p`). [any thread]
base::Status saveSigningKey(const SigningKey& key, const std::filesystem::path& path);
/// Loads a key written by saveSigningKey; Format error naming the file when it is not one.
base::Result<SigningKey> loadSigningKey(const std::filesystem::path& path);

} // namespace accord::sync
