// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/key_seal.hpp"
#include "acx/sodium_init.hpp"

#include <sodium.h>
#include <stdexcept>

namespace accord::acx {

static_assert(kSealedContentKeySize == crypto_box_SEALBYTES + ContentKey::kSize);

std::vector<std::uint8_t> sealContentKey(const ContentKey& key, const DevicePublicKey& devicePublic)
{
    detail::ensureSodium();
    std::vector<std::uint8_t> sealed(kSealedContentKeySize);
    if (crypto_box_seal(sealed.data(), key.data(), key.size(), devicePublic.data()) != 0)
        throw std::runtime_error("crypto_box_seal failed"); // only on a broken platform
    return sealed;
}

base::Result<ContentKey> openContentKey(std::span<const std::uint8_t> sealed,
                                        const DevicePublicKey& devicePublic,
                                        const DeviceSecretKey& deviceSecret)
{
    detail::ensureSodium();
    if (sealed.size() != kSealedContentKeySize)
        return base::Error(base::ErrorCode::Format, "a sealed content key is " +
                                                        std::to_string(kSealedContentKeySize) +
                                                        " bytes, not " + std::to_string(sealed.size()));
    ContentKey key;
    if (crypto_box_seal_open(key.data(), sealed.data(), sealed.size(), devicePublic.data(),
                             deviceSecret.data()) != 0)
        return base::Error(base::ErrorCode::Refused,
                           "the content key is sealed to another device (or the sealed key was altered)");
    return key;
}

} // namespace accord::acx
