// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "sync/bytes.hpp"

#include <array>
#include <cstdint>

namespace accord::sync {

/// Seals `message` to an X25519 public key in libsodium's sealed-box format (crypto_box_seal: ephemeral
/// public key || crypto_box of the message, nonce = BLAKE2b-192(ephemeral pk || recipient pk)), so that
/// crypto_box_seal_open opens it. Unlike crypto_box_seal, the ephemeral key comes from `seed` (32 bytes
/// the caller derives from secret material and the message's identity), so that a publisher's output is
/// byte-identical for the same inputs. A seed must never be reused for a different message to the same
/// recipient. [any thread] Pure.
Bytes sealDeterministic(const std::array<std::uint8_t, 32>& recipient, const Bytes& message,
                        const std::array<std::uint8_t, 32>& seed);

/// Opens a sealed box with the recipient's key pair (crypto_box_seal_open); a refusal (wrong_device)
/// when it was not sealed to this key or was altered. [any thread] Pure.
base::Result<Bytes> openSealed(const std::array<std::uint8_t, 32>& publicKey,
                               const std::array<std::uint8_t, 32>& secretKey, const Bytes& sealed);

} // namespace accord::sync
