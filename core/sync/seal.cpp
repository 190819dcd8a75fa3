// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/seal.hpp"

#include "sync/refusal.hpp"

#include <sodium.h>

#include <cstring>

namespace accord::sync {

Bytes sealDeterministic(const std::array<std::uint8_t, 32>& recipient, const Bytes& message,
                        const std::array<std::uint8_t, 32>& seed)
{
    ensureSodium();
    std::uint8_t epk[crypto_box_PUBLICKEYBYTES];
    std::uint8_t esk[crypto_box_SECRETKEYBYTES];
    crypto_box_seed_keypair(epk, esk, seed.data());
    std::uint8_t nonce[crypto_box_NONCEBYTES];
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, sizeof nonce);
    crypto_generichash_update(&st, epk, sizeof epk);
    crypto_generichash_update(&st, recipient.data(), recipient.size());
    crypto_generichash_final(&st, nonce, sizeof nonce);
    Bytes out(crypto_box_PUBLICKEYBYTES + crypto_box_MACBYTES + message.size());
    std::memcpy(out.data(), epk, sizeof epk);
    // Fails only for a recipient key that is a low-order point; the output is then not openable, which the
    // device reports as wrong_device.
    if (crypto_box_easy(out.data() + sizeof epk, message.data(), message.size(), nonce, recipient.data(),
                        esk) != 0)
        out.clear();
    sodium_memzero(esk, sizeof esk);
    return out;
}

base::Result<Bytes> openSealed(const std::array<std::uint8_t, 32>& publicKey,
                               const std::array<std::uint8_t, 32>& secretKey, const Bytes& sealed)
{
    ensureSodium();
    if (sealed.size() < crypto_box_SEALBYTES)
        return refuse(refusal::kWrongDevice, "sealed key too short");
    Bytes out(sealed.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), sealed.data(), sealed.size(), publicKey.data(), secretKey.data()) !=
        0)
        return refuse(refusal::kWrongDevice, "content key is not sealed to this device");
    return out;
}

} // namespace accord::sync
