// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The root chain (TUF's rotation rule) and thresholds, on documents made here.
#include "sync/feed_types.hpp"
#include "sync/refusal.hpp"
#include "sync/trust.hpp"

#include <catch2/catch.hpp>

using namespace accord;

namespace {

sync::Root rootOf(std::int64_t version, const std::vector<const sync::SigningKey*>& rootKeys, int threshold,
                  const sync::SigningKey& other)
{
    sync::Root r;
    r.version = version;
    r.issued = base::parseIso8601("2015-03-01T00:00:00Z")->instant;
    r.expires = base::parseIso8601("2016-03-01T00:00:00Z")->instant;
    sync::RoleKeys rk;
    rk.threshold = threshold;
    for (const auto* k : rootKeys)
        rk.keys.push_back(k->pub);
    r.roles["root"] = rk;
    r.roles["release"] = {1, {other.pub}};
    r.roles["lease"] = {1, {other.pub}};
    return r;
}

sync::SignatureSet signedBy(const std::string& text, const std::vector<const sync::SigningKey*>& keys)
{
    sync::SignatureSet s;
    for (const auto* k : keys)
        s[k->pub.keyIdHex()] = sync::minisignSign(*k, text, "t", "u");
    return s;
}

} // namespace

TEST_CASE("root chain: N+1 needs a threshold of the old root keys and of its own", "[sync]")
{
    const auto a = sync::SigningKey::generate();
    const auto b = sync::SigningKey::generate();
    const auto c = sync::SigningKey::generate();
    const auto d = sync::SigningKey::generate();
    const auto rel = sync::SigningKey::generate();
    const sync::Root one = rootOf(1, {&a, &b}, 2, rel);
    auto parsed = sync::parseRoot(sync::serialize(one));
    REQUIRE(parsed.ok());
    CHECK(sync::serialize(*parsed) == sync::serialize(one));

    const std::string two = sync::serialize(rootOf(2, {&c, &d}, 2, rel));
    SECTION("old and new thresholds met: accepted")
    {
        auto next = sync::verifyNextRoot(one, two, signedBy(two, {&a, &b, &c, &d}));
        REQUIRE(next.ok());
        CHECK(next->version == 2);
    }
    SECTION("one old key short of the threshold: root_chain_broken")
    {
        auto next = sync::verifyNextRoot(one, two, signedBy(two, {&a, &c, &d}));
        REQUIRE_FALSE(next.ok());
        CHECK(sync::refusalCode(next.error()) == sync::refusal::kRootChainBroken);
    }
    SECTION("without the new keys' signatures: root_chain_broken")
    {
        auto next = sync::verifyNextRoot(one, two, signedBy(two, {&a, &b}));
        REQUIRE_FALSE(next.ok());
        CHECK(sync::refusalCode(next.error()) == sync::refusal::kRootChainBroken);
    }
    SECTION("a root that skips a version: root_chain_broken")
    {
        const std::string three = sync::serialize(rootOf(3, {&c, &d}, 2, rel));
        auto next = sync::verifyNextRoot(one, three, signedBy(three, {&a, &b, &c, &d}));
        REQUIRE_FALSE(next.ok());
        CHECK(sync::refusalCode(next.error()) == sync::refusal::kRootChainBroken);
    }
    SECTION("one key signing twice counts once")
    {
        sync::RoleKeys role{2, {a.pub, b.pub}};
        auto sigs = signedBy(two, {&a});
        CHECK_FALSE(sync::verifyThreshold(two, role, sigs, sync::refusal::kBadSignature).ok());
        sigs["forged"] = sigs.begin()->second;
        CHECK_FALSE(sync::verifyThreshold(two, role, sigs, sync::refusal::kBadSignature).ok());
    }
}
