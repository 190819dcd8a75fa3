// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "sync/bytes.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace accord::sync {

/// An Ed25519 public key with minisign's 8-byte key id. [any thread] Plain value type.
struct PublicKey {
    std::array<std::uint8_t, 8> keyId{};
    std::array<std::uint8_t, 32> key{};

    /// The key id as minisign prints it: the 8 bytes as a little-endian integer, upper-case hex.
    std::string keyIdHex() const;
    /// base64("Ed" || key id || key): the second line of a minisign .pub file, and `minisign -P`'s value.
    std::string toBase64() const;
    /// The two-line minisign public key file.
    std::string toFileText() const;
    /// Parses the base64 line (or a whole .pub file: the last non-empty line is used).
    static base::Result<PublicKey> parse(std::string_view text);
    bool operator==(const PublicKey&) const = default;
};

/// An Ed25519 signing key (libsodium's 64-byte secret key) with its key id. [any thread] Value type;
/// holds secret material: callers keep it out of logs and write it only mode 0600.
struct SigningKey {
    PublicKey pub;
    std::array<std::uint8_t, 64> secret{};

    /// A fresh random key pair and key id.
    static SigningKey generate();
};

/// Signs `data` in minisign's format (the prehashed "ED" algorithm, minisign's default since 0.8):
///   untrusted comment: <untrusted>
///   base64("ED" || key id || Ed25519(BLAKE2b-512(data)))
///   trusted comment: <trusted>
///   base64(Ed25519(signature || trusted comment))
/// Deterministic (Ed25519 is): the same key, data and comments give the same bytes. `minisign -V` checks
/// it. The comments must be one line each. [any thread] Pure.
std::string minisignSign(const SigningKey& key, std::string_view data, std::string_view trustedComment,
                         std::string_view untrustedComment);

/// What a verified signature says.
struct VerifiedSignature {
    std::array<std::uint8_t, 8> keyId{};
    std::string trustedComment;
};

/// The key id a signature file claims (to pick the key); Format error on a malformed file.
base::Result<std::array<std::uint8_t, 8>> minisignKeyId(std::string_view signatureText);

/// Checks a minisign signature (legacy "Ed" or prehashed "ED") of `data` by `key`, and its global
/// signature over the trusted comment. Failure: a refusal with code bad_signature naming what failed.
/// [any thread] Pure.
base::Result<VerifiedSignature> minisignVerify(const PublicKey& key, std::string_view data,
                                               std::string_view signatureText);

} // namespace accord::sync
