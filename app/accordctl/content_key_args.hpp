// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "args.hpp"

#include "acx/key_store.hpp"

#include <filesystem>

#include <memory>

namespace accord::cli {

/// `--content-key-file FILE` (decode, play): the content key for every encrypted (.acx) file named on the
/// command line, read from FILE as 64 hex digits (surrounding whitespace allowed) or as exactly 32 raw
/// bytes. Null when the option is absent. Throws UsageError when FILE cannot be read or holds no key.
std::shared_ptr<acx::KeyStore> contentKeysFrom(Args& args);

/// The content keys decode and play use: `--content-key-file` when given (contentKeysFrom), else the
/// keys of the subscriber's synced lease in `dataDir` (sync::LeaseKeyProvider: the downloaded tracks'
/// keys, opened with the device key) when the data dir has a sync.db, else null (an .acx is refused).
std::shared_ptr<const acx::KeyProvider> contentKeysFor(Args& args, const std::filesystem::path& dataDir);

} // namespace accord::cli
