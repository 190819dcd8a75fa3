// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/signing_key_file.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <cstring>

namespace accord::sync {

base::Status saveSigningKey(const SigningKey& key, const std::filesystem::path& path)
{
    nlohmann::json j = {{"format", "accord-signing-key"},
                        {"key_id", key.pub.keyIdHex()},
                        {"public_key", key.pub.toBase64()},
                        {"secret_key", toBase64(key.secret.data(), key.secret.size())}};
    ACCORD_TRY(writeFileAtomic(path, j.dump(2) + "\n", 0600));
    return writeFileAtomic(path.string() + ".pub", key.pub.toFileText(), 0644);
}

base::Result<SigningKey> loadSigningKey(const std::filesystem::path& path)
{
    auto text = readFileBytes(path);
    if (!text.ok())
        return std::move(text).error();
    auto bad = [&](const char* what) {
        return base::makeError(base::ErrorCode::Format, what).inFile(path.string());
    };
    const auto j = nlohmann::json::parse(*text, nullptr, false);
    if (!j.is_object() || j.value("format", "") != "accord-signing-key")
        return bad("not an Accord signing key");
    auto pub = PublicKey::parse(j.value("public_key", ""));
    auto secret = fromBase64(j.value("secret_key", ""));
    if (!pub.ok() || !secret.ok() || secret->size() != 64)
        return bad("malformed signing key");
    SigningKey key;
    key.pub = *pub;
    std::memcpy(key.secret.data(), secret->data(), 64);
    // The Ed25519 secret key carries its public half: a mismatch means the file was edited.
    std::uint8_t derived[32];
    crypto_sign_ed25519_sk_to_pk(derived, key.secret.data());
    if (std::memcmp(derived, key.pub.key.data(), 32) != 0)
        return bad("secret and public key do not belong together");
    return key;
}

} // namespace accord::sync
