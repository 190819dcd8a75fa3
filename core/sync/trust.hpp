// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "sync/feed_types.hpp"

#include <map>
#include <string>
#include <string_view>

namespace accord::sync {

/// The signatures of one document, keyed by the signer's key id (PublicKey::keyIdHex()): the files
/// `<document>.<KEYID>.minisig` that could be fetched.
using SignatureSet = std::map<std::string, std::string>;

/// Where a key's signature of `documentPath` lives: "<documentPath>.<KEYID>.minisig". [any thread] Pure.
std::string signaturePath(const std::string& documentPath, const PublicKey& key);

/// Checks that at least role.threshold distinct keys of `role` signed `data` (each key counts once).
/// Failure: a refusal with `failCode` saying how many verified. [any thread] Pure.
base::Status verifyThreshold(std::string_view data, const RoleKeys& role, const SignatureSet& signatures,
                             const char* failCode);

/// TUF's root rotation step: `text` must be root version trusted.version + 1, signed by a threshold of the
/// trusted root's root keys AND a threshold of its own root keys. Anything else (a skipped version, a
/// missing old or new signature, a malformed file) refuses with root_chain_broken. [any thread] Pure.
base::Result<Root> verifyNextRoot(const Root& trusted, std::string_view text, const SignatureSet& signatures);

} // namespace accord::sync
