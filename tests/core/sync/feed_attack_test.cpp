// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Each attack is made by editing the folder nginx serves between two syncs; each refusal exits 1 with
// its reason code and leaves sync.db byte-identical.
#include "core/sync/feed_fixture.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

// Runs a sync that must be refused with `code`, and checks that sync.db did not change.
void expectRefused(const FeedFixture& f, const std::string& code, const std::string& at = kNow)
{
    const std::string before = f.syncDbBytes();
    const auto r = f.ctl("sync --json --at " + at);
    INFO(f.lastStderr());
    CHECK(r.exitCode == 1);
    CHECK(f.json(r)["code"] == code);
    CHECK(f.lastStderr().find(code) != std::string::npos);
    CHECK(f.syncDbBytes() == before);
}

void synced(const FeedFixture& f, const std::string& at = kNow)
{
    const auto r = f.ctl("sync --json --at " + at);
    INFO(f.lastStderr());
    REQUIRE(r.exitCode == 0);
}

std::string dir(const FeedFixture& f)
{
    return " --dir " + shellQuote(f.pubDir().string());
}

// The served files of a document: itself and its signatures.
std::vector<fs::path> signedFiles(const fs::path& doc)
{
    std::vector<fs::path> out{doc};
    for (const auto& e : fs::directory_iterator(doc.parent_path()))
        if (e.path().filename().string().rfind(doc.filename().string() + ".", 0) == 0)
            out.push_back(e.path());
    return out;
}

void save(const fs::path& doc, const fs::path& to)
{
    fs::create_directories(to);
    for (const auto& p : signedFiles(doc))
        fs::copy_file(p, to / p.filename(), fs::copy_options::overwrite_existing);
}

void restore(const fs::path& from, const fs::path& docDir)
{
    for (const auto& e : fs::directory_iterator(from))
        fs::copy_file(e.path(), docDir / e.path().filename(), fs::copy_options::overwrite_existing);
}

void flipByte(const fs::path& p, std::size_t at)
{
    std::string s = *sync::readFileBytes(p);
    s[at] = static_cast<char>(s[at] ^ 0x01);
    writeFile(p, s);
}

} // namespace

TEST_CASE("attack: an older release or lease is a rollback, the same version is up to date", "[sync]")
{
    FeedFixture f;
    synced(f);
    save(f.feed() / "release.json", f.tmp() / "old-release");
    save(f.feed() / "devices" / f.deviceId() / "lease.json", f.tmp() / "old-lease");
    REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z").exitCode == 0);
    REQUIRE(f.publish("publish lease" + dir(f) + " --device-id " + f.deviceId() +
                      " --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
    synced(f, "2015-03-02T01:00:00Z");
    SECTION("release")
    {
        restore(f.tmp() / "old-release", f.feed());
        expectRefused(f, "rollback", "2015-03-02T02:00:00Z");
    }
    SECTION("lease")
    {
        restore(f.tmp() / "old-lease", f.feed() / "devices" / f.deviceId());
        expectRefused(f, "rollback", "2015-03-02T02:00:00Z");
    }
    SECTION("same version")
    {
        const auto again = f.json(f.ctl("sync --json --at 2015-03-02T02:00:00Z"));
        CHECK(again["ok"] == true);
        CHECK(again["up_to_date"] == true);
    }
}

TEST_CASE("attack: expired metadata is refused, offline play goes on until offline_until", "[sync]")
{
    FeedFixture f;
    synced(f);
    // release.json expires 7 days after it was issued (2015-03-08); the lease runs to 2015-03-31.
    expectRefused(f, "expired_metadata", "2015-03-09T00:00:00Z");
    const auto d =
        f.ctl("decide --json --isrc CNB011500001 --territory CN --tier vip --at 2015-03-09T00:00:00Z");
    REQUIRE(d.exitCode == 0);
    CHECK(f.json(d)["verdict"] == "playable");
}

TEST_CASE("attack: content whose hash or size differs is hash_mismatch", "[sync]")
{
    FeedFixture f;
    SECTION("a catalogue delta altered on the server")
    {
        synced(f);
        writeFile(f.tmp() / "delta.json", *sync::readFileBytes(std::string(ACCORD_TEST_DATA_DIR) +
                                                               "/catalogue/accord_catalogue.json") +
                                              "\n");
        REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z " +
                          shellQuote((f.tmp() / "delta.json").string()))
                    .exitCode == 0);
        const std::string hash = *sync::sha256FileHex(f.tmp() / "delta.json");
        flipByte(f.feed() / "by-hash" / "sha256" / hash, 10);
        expectRefused(f, "hash_mismatch", "2015-03-02T01:00:00Z");
        // Longer than the signed size: the body is cut at the size, and refused.
        writeFile(f.feed() / "by-hash" / "sha256" / hash,
                  *sync::readFileBytes(f.tmp() / "delta.json") + "more");
        expectRefused(f, "hash_mismatch", "2015-03-02T01:00:00Z");
    }
    SECTION("a track altered on the server: the download refuses and keeps nothing")
    {
        synced(f);
        const std::string hash = f.servedHash("ACC-0001");
        flipByte(f.feed() / "by-hash" / "sha256" / hash, 1000);
        const auto dl = f.ctl("sync download --json");
        CHECK(dl.exitCode == 1);
        CHECK(f.json(dl)["code"] == "hash_mismatch");
        CHECK_FALSE(fs::exists(f.dataDir() / "sync" / "content" / hash));
        CHECK_FALSE(fs::exists(f.dataDir() / "sync" / "content" / (hash + ".part")));
    }
}

TEST_CASE("attack: another device's lease served in this device's place is wrong_device", "[sync]")
{
    FeedFixture f;
    synced(f);
    const auto other = sync::DeviceKey::generate();
    REQUIRE(f.publish("publish device" + dir(f) + " --account acc1 --device-id " + other.deviceId() +
                      " --device-key " + other.publicKeyBase64() + " --territory CN --tier vip")
                .exitCode == 0);
    REQUIRE(f.publish("publish lease" + dir(f) + " --device-id " + other.deviceId() +
                      " --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
    const fs::path mine = f.feed() / "devices" / f.deviceId();
    fs::remove_all(mine);
    save(f.feed() / "devices" / other.deviceId() / "lease.json", mine);
    expectRefused(f, "wrong_device");
}

TEST_CASE("attack: a root chain that lacks the old keys' signatures or skips a version is root_chain_broken",
          "[sync]")
{
    FeedFixture f;
    synced(f);
    const std::string k = shellQuote(f.keysDir().string());
    REQUIRE(f.publish("publish keygen --out " + k + "/root2").exitCode == 0);
    REQUIRE(f.publish("publish keygen --out " + k + "/root3").exitCode == 0);
    SECTION("root 2 without the old root key's signature")
    {
        REQUIRE(
            f.publish("publish root" + dir(f) + " --root-key " + k + "/root2 --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
        const auto oldId = runCommand("head -1 " + k + "/root1.pub | awk '{print $NF}'").out;
        fs::remove(f.feed() / "root" / ("2.json." + oldId.substr(0, oldId.size() - 1) + ".minisig"));
        expectRefused(f, "root_chain_broken");
    }
    SECTION("root 3 served, root 2 removed: the release names a root the chain cannot reach")
    {
        REQUIRE(
            f.publish("publish root" + dir(f) + " --root-key " + k + "/root2 --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
        REQUIRE(
            f.publish("publish root" + dir(f) + " --root-key " + k + "/root3 --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
        REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z").exitCode == 0);
        for (const auto& p : signedFiles(f.feed() / "root" / "2.json"))
            fs::remove(p);
        expectRefused(f, "root_chain_broken", "2015-03-02T01:00:00Z");
    }
    SECTION("a proper rotation is followed")
    {
        REQUIRE(
            f.publish("publish root" + dir(f) + " --root-key " + k + "/root2 --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
        REQUIRE(
            f.publish("publish root" + dir(f) + " --root-key " + k + "/root3 --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
        REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z").exitCode == 0);
        const auto r = f.ctl("sync --json --at 2015-03-02T01:00:00Z");
        INFO(f.lastStderr());
        REQUIRE(r.exitCode == 0);
        CHECK(f.json(r)["root_version"] == 3);
    }
}

TEST_CASE("attack: an oversized (chunked) response is too_large", "[sync]")
{
    FeedFixture f;
    synced(f);
    // nginx serves .json chunked (no Content-Length): the cap must hold in the write callback.
    writeFile(f.feed() / "release.json", std::string(3 * 1024 * 1024, ' '));
    expectRefused(f, "too_large");
    const auto lease = f.feed() / "devices" / f.deviceId() / "lease.json";
    REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z").exitCode == 0);
    writeFile(lease, std::string(20 * 1024 * 1024, ' '));
    expectRefused(f, "too_large", "2015-03-02T01:00:00Z");
}

TEST_CASE("attack: a document altered after signing is bad_signature", "[sync]")
{
    FeedFixture f;
    synced(f);
    SECTION("release.json")
    {
        REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued 2015-03-02T00:00:00Z").exitCode == 0);
        std::string text = *sync::readFileBytes(f.feed() / "release.json");
        const auto pos = text.find("\"version\": 3");
        REQUIRE(pos != std::string::npos);
        text.replace(pos + 11, 1, "9");
        writeFile(f.feed() / "release.json", text);
        expectRefused(f, "bad_signature", "2015-03-02T01:00:00Z");
    }
    SECTION("the lease")
    {
        const auto lease = f.feed() / "devices" / f.deviceId() / "lease.json";
        std::string text = *sync::readFileBytes(lease);
        text.replace(text.find("2015-03-31"), 10, "2016-03-31");
        writeFile(lease, text);
        expectRefused(f, "bad_signature");
    }
    SECTION("signature files removed")
    {
        for (const auto& p : signedFiles(f.feed() / "release.json"))
            if (p.extension() == ".minisig")
                fs::remove(p);
        expectRefused(f, "bad_signature");
    }
}
