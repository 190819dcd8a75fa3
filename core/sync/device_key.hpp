// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

namespace accord::sync {

/// This device's key: an X25519 key pair (libsodium crypto_box) to which the publisher seals each track's
/// content key, and the device id derived from its public half (the first 16 bytes of its SHA-256, hex),
/// which the subscriber registers with the service. Stored in `<data-dir>/sync/device.key`, mode 0600.
/// This is licence enforcement, not hardware-backed DRM: whoever owns the machine can read the file.
/// [any thread] Value type holding secret material.
struct DeviceKey {
    std::array<std::uint8_t, 32> publicKey{};
    std::array<std::uint8_t, 32> secretKey{};

    std::string deviceId() const;
    std::string publicKeyBase64() const;

    static DeviceKey generate();
    /// Writes the key (mode 0600, atomically); refuses (Refused) to replace an existing key file.
    base::Status save(const std::filesystem::path& path) const;
    static base::Result<DeviceKey> load(const std::filesystem::path& path);
};

/// The device id of an X25519 public key. [any thread] Pure.
std::string deviceIdOf(const std::array<std::uint8_t, 32>& publicKey);

} // namespace accord::sync
