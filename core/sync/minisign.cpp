// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/minisign.hpp"

#include "sync/refusal.hpp"

#include <sodium.h>

#include <cstring>
#include <vector>

namespace accord::sync {

namespace {

constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (nl == std::string_view::npos)
            break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

std::array<std::uint8_t, 64> prehash(std::string_view data)
{
    std::array<std::uint8_t, 64> h{};
    crypto_generichash(h.data(), h.size(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                       nullptr, 0);
    return h;
}

struct ParsedSignature {
    bool prehashed = false;
    std::array<std::uint8_t, 8> keyId{};
    std::array<std::uint8_t, 64> signature{};
    std::string trustedComment;
    std::array<std::uint8_t, 64> global{};
};

base::Result<ParsedSignature> parseSignature(std::string_view text)
{
    const auto lines = splitLines(text);
    auto malformed = [](const char* what) { return refuse(refusal::kBadSignature, what); };
    if (lines.size() < 4 || lines[0].substr(0, kUntrustedPrefix.size()) != kUntrustedPrefix ||
        lines[2].substr(0, kTrustedPrefix.size()) != kTrustedPrefix)
        return malformed("not a minisign signature file");
    auto sig = fromBase64(lines[1]);
    if (!sig.ok() || sig->size() != 2 + 8 + 64)
        return malformed("malformed minisign signature line");
    ParsedSignature p;
    if ((*sig)[0] == 'E' && (*sig)[1] == 'd')
        p.prehashed = false;
    else if ((*sig)[0] == 'E' && (*sig)[1] == 'D')
        p.prehashed = true;
    else
        return malformed("unknown minisign signature algorithm");
    std::memcpy(p.keyId.data(), sig->data() + 2, 8);
    std::memcpy(p.signature.data(), sig->data() + 10, 64);
    p.trustedComment = std::string(lines[2].substr(kTrustedPrefix.size()));
    auto global = fromBase64(lines[3]);
    if (!global.ok() || global->size() != 64)
        return malformed("malformed minisign global signature");
    std::memcpy(p.global.data(), global->data(), 64);
    return p;
}

} // namespace

std::string PublicKey::keyIdHex() const
{
    std::array<std::uint8_t, 8> reversed{};
    for (std::size_t i = 0; i < 8; ++i)
        reversed[i] = keyId[7 - i];
    std::string hex = toHex(reversed.data(), reversed.size());
    for (char& c : hex)
        if (c >= 'a' && c <= 'f')
            c = static_cast<char>(c - 'a' + 'A');
    return hex;
}

std::string PublicKey::toBase64() const
{
    std::array<std::uint8_t, 42> raw{};
    raw[0] = 'E';
    raw[1] = 'd';
    std::memcpy(raw.data() + 2, keyId.data(), 8);
    std::memcpy(raw.data() + 10, key.data(), 32);
    return sync::toBase64(raw.data(), raw.size());
}

std::string PublicKey::toFileText() const
{
    return "untrusted comment: minisign public key " + keyIdHex() + "\n" + toBase64() + "\n";
}

base::Result<PublicKey> PublicKey::parse(std::string_view text)
{
    std::string_view line;
    for (std::string_view l : splitLines(text))
        if (!l.empty())
            line = l;
    auto raw = fromBase64(line);
    if (!raw.ok() || raw->size() != 42 || (*raw)[0] != 'E' || (*raw)[1] != 'd')
        return base::makeError(base::ErrorCode::Format, "not a minisign public key");
    PublicKey k;
    std::memcpy(k.keyId.data(), raw->data() + 2, 8);
    std::memcpy(k.key.data(), raw->data() + 10, 32);
    return k;
}

SigningKey SigningKey::generate()
{
    ensureSodium();
    SigningKey k;
    crypto_sign_keypair(k.pub.key.data(), k.secret.data());
    randombytes_buf(k.pub.keyId.data(), k.pub.keyId.size());
    return k;
}

std::string minisignSign(const SigningKey& key, std::string_view data, std::string_view trustedComment,
                         std::string_view untrustedComment)
{
    ensureSodium();
    const auto hash = prehash(data);
    std::array<std::uint8_t, 74> sigLine{};
    sigLine[0] = 'E';
    sigLine[1] = 'D';
    std::memcpy(sigLine.data() + 2, key.pub.keyId.data(), 8);
    crypto_sign_detached(sigLine.data() + 10, nullptr, hash.data(), hash.size(), key.secret.data());
    // The global signature binds the trusted comment to the file's signature.
    std::string globalMessage(reinterpret_cast<const char*>(sigLine.data() + 10), 64);
    globalMessage.append(trustedComment);
    std::array<std::uint8_t, 64> global{};
    crypto_sign_detached(global.data(), nullptr, reinterpret_cast<const unsigned char*>(globalMessage.data()),
                         globalMessage.size(), key.secret.data());
    std::string out;
    out.append(kUntrustedPrefix).append(untrustedComment).append("\n");
    out.append(toBase64(sigLine.data(), sigLine.size())).append("\n");
    out.append(kTrustedPrefix).append(trustedComment).append("\n");
    out.append(toBase64(global.data(), global.size())).append("\n");
    return out;
}

base::Result<std::array<std::uint8_t, 8>> minisignKeyId(std::string_view signatureText)
{
    auto parsed = parseSignature(signatureText);
    if (!parsed.ok())
        return std::move(parsed).error();
    return parsed->keyId;
}

base::Result<VerifiedSignature> minisignVerify(const PublicKey& key, std::string_view data,
                                               std::string_view signatureText)
{
    ensureSodium();
    auto parsed = parseSignature(signatureText);
    if (!parsed.ok())
        return std::move(parsed).error();
    if (parsed->keyId != key.keyId)
        return refuse(refusal::kBadSignature, "signed by key " + PublicKey{parsed->keyId, {}}.keyIdHex() +
                                                  ", not by " + key.keyIdHex());
    int bad = 0;
    if (parsed->prehashed) {
        const auto hash = prehash(data);
        bad = crypto_sign_verify_detached(parsed->signature.data(), hash.data(), hash.size(), key.key.data());
    } else {
        bad = crypto_sign_verify_detached(parsed->signature.data(),
                                          reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                                          key.key.data());
    }
    if (bad != 0)
        return refuse(refusal::kBadSignature,
                      "signature does not match the content (key " + key.keyIdHex() + ")");
    std::string globalMessage(reinterpret_cast<const char*>(parsed->signature.data()), 64);
    globalMessage.append(parsed->trustedComment);
    if (crypto_sign_verify_detached(parsed->global.data(),
                                    reinterpret_cast<const unsigned char*>(globalMessage.data()),
                                    globalMessage.size(), key.key.data()) != 0)
        return refuse(refusal::kBadSignature, "trusted comment signature does not verify");
    return VerifiedSignature{parsed->keyId, parsed->trustedComment};
}

} // namespace accord::sync
