// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/error.hpp"

#include <string>

namespace accord::sync {

/// The stable reason codes a sync refuses with (part of accordctl's JSON interface; never rename).
/// A refusal is a base::Error of kind Refused whose `field` is one of these codes.
namespace refusal {
inline constexpr const char* kRollback = "rollback";                 ///< an older release or lease
inline constexpr const char* kExpiredMetadata = "expired_metadata";  ///< release or root past `expires`
inline constexpr const char* kHashMismatch = "hash_mismatch";        ///< content hash or size differs
inline constexpr const char* kWrongDevice = "wrong_device";          ///< a lease for another device
inline constexpr const char* kRootChainBroken = "root_chain_broken"; ///< a root skips or lacks signatures
inline constexpr const char* kTooLarge = "too_large";                ///< a response over its cap
inline constexpr const char* kBadSignature = "bad_signature";        ///< a signature that does not verify
/// A lease made against a newer release than the release.json served with it (a stale mirror or a
/// withheld release): the lease is not accepted until the release it names can be verified first.
inline constexpr const char* kStaleRelease = "stale_release";
} // namespace refusal

/// A refusal with its code. [any thread] Pure.
inline base::Error refuse(const char* code, std::string message)
{
    return base::Error(base::ErrorCode::Refused, std::move(message)).forField(code);
}

/// The refusal code of an error, or "" when it is another kind of failure.
inline std::string refusalCode(const base::Error& e)
{
    return e.code == base::ErrorCode::Refused ? e.field : std::string();
}

} // namespace accord::sync
