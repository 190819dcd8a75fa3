// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Signatures in minisign's format (checked by the real minisign), sealed content keys, key files.
#include "acx/key_seal.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"
#include "sync/minisign.hpp"
#include "sync/refusal.hpp"
#include "sync/seal.hpp"
#include "sync/signing_key_file.hpp"

#include <catch2/catch.hpp>
#include <sodium.h>

#include <algorithm>

#include <sys/stat.h>

using namespace accord;
using accord::test::runCommand;
using accord::test::shellQuote;

TEST_CASE(
    "minisign: a signature verifies, and any change to the data or the trusted comment is bad_signature",
    "[sync]")
{
    const auto key = sync::SigningKey::generate();
    const std::string data = "{\"type\": \"accord-release\"}\n";
    const std::string sig = sync::minisignSign(key, data, "timestamp:1\tfile:release.json", "from test");
    auto ok = sync::minisignVerify(key.pub, data, sig);
    REQUIRE(ok.ok());
    CHECK(ok->trustedComment == "timestamp:1\tfile:release.json");
    CHECK(sync::minisignSign(key, data, "timestamp:1\tfile:release.json", "from test") ==
          sig); // deterministic

    auto altered = sync::minisignVerify(key.pub, data + " ", sig);
    REQUIRE_FALSE(altered.ok());
    CHECK(sync::refusalCode(altered.error()) == sync::refusal::kBadSignature);

    std::string tamperedComment = sig;
    tamperedComment.replace(tamperedComment.find("timestamp:1"), 11, "timestamp:2");
    auto comment = sync::minisignVerify(key.pub, data, tamperedComment);
    REQUIRE_FALSE(comment.ok());
    CHECK(sync::refusalCode(comment.error()) == sync::refusal::kBadSignature);

    const auto other = sync::SigningKey::generate();
    CHECK_FALSE(sync::minisignVerify(other.pub, data, sig).ok());
    CHECK_FALSE(sync::minisignVerify(key.pub, data, "not a signature").ok());
}

TEST_CASE("minisign: the real minisign -V accepts our signatures and public keys, and we accept its",
          "[sync]")
{
    accord::test::TempDir tmp("accord-minisign");
    const auto key = sync::SigningKey::generate();
    REQUIRE(sync::saveSigningKey(key, tmp / "release.key").ok());
    const std::string data = "hello feed\n";
    accord::test::writeFile(tmp / "f.json", data);
    accord::test::writeFile(tmp / "f.json.minisig",
                            sync::minisignSign(key, data, "trusted words", "untrusted"));
    const std::string base = "minisign -V -m " + shellQuote((tmp / "f.json").string()) + " -x " +
                             shellQuote((tmp / "f.json.minisig").string());
    const auto byKey = runCommand(base + " -P " + key.pub.toBase64() + " 2>&1");
    INFO(byKey.out);
    CHECK(byKey.exitCode == 0);
    CHECK(byKey.out.find("trusted words") != std::string::npos);
    const auto byFile = runCommand(base + " -p " + shellQuote((tmp / "release.key.pub").string()) + " 2>&1");
    CHECK(byFile.exitCode == 0);
    accord::test::writeFile(tmp / "f.json", data + "x");
    CHECK(runCommand(base + " -P " + key.pub.toBase64() + " 2>&1").exitCode != 0);

    // The other way round: a key and signature made by minisign itself (prehashed, its default).
    accord::test::writeFile(tmp / "g.txt", "signed by minisign\n");
    const std::string d = shellQuote(tmp.path().string());
    const auto gen = runCommand(
        "cd " + d +
        " && minisign -G -W -p m.pub -s m.key 2>&1 && minisign -S -s m.key -m g.txt -t 'their comment' 2>&1");
    INFO(gen.out);
    REQUIRE(gen.exitCode == 0);
    auto pub = sync::PublicKey::parse(*sync::readFileBytes(tmp / "m.pub"));
    REQUIRE(pub.ok());
    auto theirs =
        sync::minisignVerify(*pub, "signed by minisign\n", *sync::readFileBytes(tmp / "g.txt.minisig"));
    REQUIRE(theirs.ok());
    CHECK(theirs->trustedComment == "their comment");
}

TEST_CASE("seal: a deterministic sealed box opens with libsodium's crypto_box_seal_open, only for its device",
          "[sync]")
{
    const auto device = sync::DeviceKey::generate();
    const auto other = sync::DeviceKey::generate();
    const sync::Bytes contentKey = sync::randomBytes(32);
    std::array<std::uint8_t, 32> seed{};
    seed[0] = 7;
    const auto sealed = sync::sealDeterministic(device.publicKey, contentKey, seed);
    CHECK(sealed == sync::sealDeterministic(device.publicKey, contentKey, seed));
    CHECK(sealed.size() == crypto_box_SEALBYTES + 32);

    sync::Bytes opened(32);
    REQUIRE(crypto_box_seal_open(opened.data(), sealed.data(), sealed.size(), device.publicKey.data(),
                                 device.secretKey.data()) == 0);
    CHECK(opened == contentKey);
    auto ours = sync::openSealed(device.publicKey, device.secretKey, sealed);
    REQUIRE(ours.ok());
    CHECK(*ours == contentKey);

    auto theirs = sync::openSealed(other.publicKey, other.secretKey, sealed);
    REQUIRE_FALSE(theirs.ok());
    CHECK(sync::refusalCode(theirs.error()) == sync::refusal::kWrongDevice);

    // The player's side opens it with acx::openContentKey (LeaseKeyProvider): the same format.
    CHECK(sealed.size() == acx::kSealedContentKeySize);
    const acx::DeviceSecretKey secret(std::span<const std::uint8_t, 32>(device.secretKey));
    auto key = acx::openContentKey(sealed, device.publicKey, secret);
    REQUIRE(key.ok());
    CHECK(std::equal(key->data(), key->data() + key->size(), contentKey.begin()));
    const acx::DeviceSecretKey otherSecret(std::span<const std::uint8_t, 32>(other.secretKey));
    CHECK_FALSE(acx::openContentKey(sealed, other.publicKey, otherSecret).ok());
}

TEST_CASE("device key: saved mode 0600, never replaced, loaded back, a tampered key is refused", "[sync]")
{
    accord::test::TempDir tmp("accord-devkey");
    const auto key = sync::DeviceKey::generate();
    const auto path = tmp / "sync" / "device.key";
    REQUIRE(key.save(path).ok());
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(sync::DeviceKey::generate().save(path).ok());
    auto back = sync::DeviceKey::load(path);
    REQUIRE(back.ok());
    CHECK(back->deviceId() == key.deviceId());
    CHECK(key.deviceId().size() == 32);
    // A key file whose public half was swapped for another device's is refused.
    std::string text = *sync::readFileBytes(path);
    const auto other = sync::DeviceKey::generate();
    text.replace(text.find(key.publicKeyBase64()), key.publicKeyBase64().size(), other.publicKeyBase64());
    accord::test::writeFile(tmp / "swapped.key", text);
    CHECK_FALSE(sync::DeviceKey::load(tmp / "swapped.key").ok());

    const auto signing = sync::SigningKey::generate();
    REQUIRE(sync::saveSigningKey(signing, tmp / "k").ok());
    auto loaded = sync::loadSigningKey(tmp / "k");
    REQUIRE(loaded.ok());
    CHECK(loaded->pub == signing.pub);
    REQUIRE(::stat((tmp / "k").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}
