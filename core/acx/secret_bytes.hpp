// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace accord::acx {

/// Overwrites `size` bytes with zeros in a way the compiler may not optimise out (sodium_memzero).
void wipe(void* data, std::size_t size) noexcept;

/// Fixed-size key material that is wiped when it goes away (and when it is overwritten by assignment).
/// Copies are independent and each is wiped. [any thread] Plain value type.
template <std::size_t N> class SecretBytes {
public:
    static constexpr std::size_t kSize = N;
    SecretBytes() { m_bytes.fill(0); }
    explicit SecretBytes(std::span<const std::uint8_t, N> bytes)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_bytes[i] = bytes[i];
    }
    SecretBytes(const SecretBytes&) = default;
    SecretBytes& operator=(const SecretBytes& other)
    {
        if (this != &other) {
            wipe(m_bytes.data(), N);
            m_bytes = other.m_bytes;
        }
        return *this;
    }
    ~SecretBytes() { wipe(m_bytes.data(), N); }

    const std::uint8_t* data() const noexcept { return m_bytes.data(); }
    std::uint8_t* data() noexcept { return m_bytes.data(); }
    static constexpr std::size_t size() noexcept { return N; }
    std::span<const std::uint8_t, N> bytes() const noexcept
    {
        return std::span<const std::uint8_t, N>(m_bytes);
    }

private:
    std::array<std::uint8_t, N> m_bytes;
};

/// The symmetric key one `.acx` file is encrypted with (XChaCha20-Poly1305, 32 bytes).
using ContentKey = SecretBytes<32>;
/// A device's X25519 key pair (crypto_box): the public half is registered with the publisher, which
/// seals content keys to it; the secret half never leaves the device.
using DevicePublicKey = std::array<std::uint8_t, 32>;
using DeviceSecretKey = SecretBytes<32>;

struct DeviceKeyPair {
    DevicePublicKey publicKey{};
    DeviceSecretKey secretKey;
};

/// A fresh random content key (randombytes_buf). [any thread]
ContentKey generateContentKey();
/// A fresh X25519 key pair (crypto_box_keypair). [any thread]
DeviceKeyPair generateDeviceKeyPair();

/// Compares two byte ranges of equal length in constant time (sodium_memcmp); false on unequal lengths.
bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept;

} // namespace accord::acx
