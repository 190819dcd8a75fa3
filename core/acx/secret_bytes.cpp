// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/secret_bytes.hpp"
#include "acx/sodium_init.hpp"

#include <sodium.h>
#include <stdexcept>

namespace accord::acx {

namespace detail {

void ensureSodium()
{
    // A function-local static runs sodium_init exactly once even when several threads get here first.
    static const int status = sodium_init();
    if (status < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace detail

void wipe(void* data, std::size_t size) noexcept
{
    sodium_memzero(data, size);
}

ContentKey generateContentKey()
{
    detail::ensureSodium();
    ContentKey key;
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}

DeviceKeyPair generateDeviceKeyPair()
{
    detail::ensureSodium();
    DeviceKeyPair pair;
    crypto_box_keypair(pair.publicKey.data(), pair.secretKey.data());
    return pair;
}

bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace accord::acx
