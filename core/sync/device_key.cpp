// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/device_key.hpp"

#include "sync/bytes.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cstring>

namespace accord::sync {

std::string deviceIdOf(const std::array<std::uint8_t, 32>& publicKey)
{
    const std::string hex = sha256Hex(std::string_view(reinterpret_cast<const char*>(publicKey.data()), 32));
    return hex.substr(0, 32);
}

std::string DeviceKey::deviceId() const
{
    return deviceIdOf(publicKey);
}

std::string DeviceKey::publicKeyBase64() const
{
    return toBase64(publicKey.data(), publicKey.size());
}

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey k;
    crypto_box_keypair(k.publicKey.data(), k.secretKey.data());
    return k;
}

base::Status DeviceKey::save(const std::filesystem::path& path) const
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return base::makeError(base::ErrorCode::Refused, "a device key already exists; not replacing it")
            .inFile(path.string());
    nlohmann::json j = {{"format", "accord-device-key"},
                        {"device_id", deviceId()},
                        {"x25519_public", publicKeyBase64()},
                        {"x25519_secret", toBase64(secretKey.data(), secretKey.size())}};
    return writeFileAtomic(path, j.dump(2) + "\n", 0600);
}

base::Result<DeviceKey> DeviceKey::load(const std::filesystem::path& path)
{
    auto text = readFileBytes(path);
    if (!text.ok())
        return std::move(text).error();
    auto bad = [&](const char* what) {
        return base::makeError(base::ErrorCode::Format, what).inFile(path.string());
    };
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object() || j.value("format", "") != "accord-device-key")
        return bad("not an Accord device key");
    auto pub = fromBase64(j.value("x25519_public", ""));
    auto sec = fromBase64(j.value("x25519_secret", ""));
    if (!pub.ok() || !sec.ok() || pub->size() != 32 || sec->size() != 32)
        return bad("malformed device key");
    DeviceKey k;
    std::memcpy(k.publicKey.data(), pub->data(), 32);
    std::memcpy(k.secretKey.data(), sec->data(), 32);
    std::array<std::uint8_t, 32> derived{};
    crypto_scalarmult_base(derived.data(), k.secretKey.data());
    if (derived != k.publicKey)
        return bad("secret and public key do not belong together");
    return k;
}

} // namespace accord::sync
