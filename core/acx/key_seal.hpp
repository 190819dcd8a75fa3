// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/secret_bytes.hpp"
#include "base/result.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace accord::acx {

/// Size of a sealed content key: crypto_box_SEALBYTES (48) + 32.
inline constexpr std::size_t kSealedContentKeySize = 80;

/// Seals `key` to a device's X25519 public key with an anonymous sealed box (crypto_box_seal: an
/// ephemeral key pair, X25519 + XSalsa20-Poly1305): only the holder of the device's secret key can open
/// it, and every call gives different bytes. Returns kSealedContentKeySize bytes. [any thread]
std::vector<std::uint8_t> sealContentKey(const ContentKey& key, const DevicePublicKey& devicePublic);

/// Opens a sealed content key with the device's key pair (crypto_box_seal_open). Error kind Refused when
/// the box was sealed to another device or altered, Format when it has the wrong size; the messages
/// carry no key material. [any thread]
base::Result<ContentKey> openContentKey(std::span<const std::uint8_t> sealed,
                                        const DevicePublicKey& devicePublic,
                                        const DeviceSecretKey& deviceSecret);

} // namespace accord::acx
