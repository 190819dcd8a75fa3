// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "acx/key_seal.hpp"
#include "acx/key_store.hpp"

#include <catch2/catch.hpp>

using namespace accord;

TEST_CASE("a content key sealed to a device opens only with that device's key pair", "[acx][keys]")
{
    const auto device = acx::generateDeviceKeyPair();
    const auto other = acx::generateDeviceKeyPair();
    const auto key = acx::generateContentKey();
    const auto sealed = acx::sealContentKey(key, device.publicKey);
    REQUIRE(sealed.size() == acx::kSealedContentKeySize);
    CHECK(acx::sealContentKey(key, device.publicKey) != sealed); // an ephemeral key each time

    auto opened = acx::openContentKey(sealed, device.publicKey, device.secretKey);
    REQUIRE(opened.ok());
    CHECK(acx::constantTimeEqual(opened->bytes(), key.bytes()));

    auto wrongDevice = acx::openContentKey(sealed, other.publicKey, other.secretKey);
    REQUIRE_FALSE(wrongDevice.ok());
    CHECK(wrongDevice.error().code == base::ErrorCode::Refused);

    auto altered = sealed;
    altered[50] ^= 1;
    CHECK_FALSE(acx::openContentKey(altered, device.publicKey, device.secretKey).ok());
    auto shortBox = std::vector<std::uint8_t>(sealed.begin(), sealed.end() - 1);
    auto tooShort = acx::openContentKey(shortBox, device.publicKey, device.secretKey);
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == base::ErrorCode::Format);
}

TEST_CASE("KeyStore finds keys by file id, then path, then its default", "[acx][keys]")
{
    acx::KeyStore store;
    acx::Header header;
    header.fileId = acx::FileId{7};
    auto none = store.contentKeyFor("/a.acx", header);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == base::ErrorCode::NotFound);
    CHECK(none.error().file == "/a.acx");

    const auto byDefault = acx::generateContentKey();
    const auto byPath = acx::generateContentKey();
    const auto byId = acx::generateContentKey();
    store.setDefault(byDefault);
    CHECK(acx::constantTimeEqual(store.contentKeyFor("/a.acx", header)->bytes(), byDefault.bytes()));
    store.addForPath("/a.acx", byPath);
    CHECK(acx::constantTimeEqual(store.contentKeyFor("/a.acx", header)->bytes(), byPath.bytes()));
    store.addForFileId(header.fileId, byId);
    CHECK(acx::constantTimeEqual(store.contentKeyFor("/a.acx", header)->bytes(), byId.bytes()));
    store.clear();
    CHECK_FALSE(store.contentKeyFor("/a.acx", header).ok());
}
