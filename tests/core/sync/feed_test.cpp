// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl publish and sync end to end against a real nginx over TLS.
#include "core/sync/feed_fixture.hpp"
#include "support/audio_fixtures.hpp"
#include "support/unprivileged.hpp"
#include "sync/bytes.hpp"
#include "sync/device_key.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

std::string syncAt(const char* at = kNow)
{
    return std::string("sync --json --at ") + at;
}

nlohmann::json decide(const FeedFixture& f, const std::string& isrc, const std::string& at)
{
    const auto r = f.ctl("decide --json --isrc " + isrc + " --territory CN --tier vip --at " + at);
    REQUIRE(r.exitCode == 0);
    return f.json(r);
}

} // namespace

TEST_CASE("feed: sync verifies and applies the feed, status reports it, download fetches the playlist",
          "[sync]")
{
    FeedFixture f;
    const auto first = f.ctl(syncAt());
    INFO(f.lastStderr());
    REQUIRE(first.exitCode == 0);
    const auto s = f.json(first);
    CHECK(s["ok"] == true);
    CHECK(s["up_to_date"] == false);
    CHECK(s["root_version"] == 1);
    CHECK(s["release_version"] == 2);
    CHECK(s["lease_version"] == 1);
    CHECK(s["deltas_imported"] == 1);

    // The catalogue delta reached catalogue.db.
    const auto stats = f.ctl("catalogue stats --json");
    REQUIRE(stats.exitCode == 0);
    CHECK(f.json(stats)["recordings"].get<int>() >= 2);

    auto status = f.json(f.ctl("sync status --json --at 2015-03-11T00:00:00Z"));
    CHECK(status["device_id"] == f.deviceId());
    CHECK(status["release_version"] == 2);
    CHECK(status["lease_version"] == 1);
    CHECK(status["last_online"] == kNow);
    CHECK(status["offline_until"] == "2015-03-31T00:00:00Z");
    CHECK(status["offline_days_left"] == 20);
    CHECK(status["tracks"] == 2);
    CHECK(status["downloaded"] == 0);
    REQUIRE(status["playlists"].size() == 1);
    CHECK(status["playlists"][0]["id"] == "pl1");
    CHECK(status["playlists"][0]["title"] == "Porcelain");
    CHECK(status["playlists"][0]["tracks"] == 2);

    const auto dl = f.ctl("sync download --json pl1");
    INFO(f.lastStderr());
    REQUIRE(dl.exitCode == 0);
    CHECK(f.json(dl)["downloaded"] == 2);
    status = f.json(f.ctl("sync status --json --at 2015-03-11T00:00:00Z"));
    CHECK(status["downloaded"] == 2);
    // Each track is downloaded as its .acx: the source's size plus the header and a 16-byte tag per chunk.
    const auto acxSize = [](std::uintmax_t plain) { return 88 + plain + 16 * ((plain + 65535) / 65536); };
    CHECK(status["bytes"] == acxSize(fs::file_size(f.track(1))) + acxSize(fs::file_size(f.track(2))));
    CHECK(status["playlists"][0]["downloaded"] == 2);
    const auto hash = f.servedHash("ACC-0001");
    CHECK(*sync::sha256FileHex(f.dataDir() / "sync" / "content" / hash) == hash);
    CHECK(hash != *sync::sha256FileHex(f.track(1)));
    CHECK(f.json(f.ctl("sync download --json"))["present"] == 2);
    CHECK(f.ctl("sync download --json no-such-playlist").exitCode == 1);

    // A data dir is set up once (its device key is never replaced), and only over https.
    const std::string root = shellQuote((f.feed() / "root" / "1.json").string());
    CHECK(f.ctl("sync init --url " + f.server().url() + " --root " + root).exitCode == 1);
    CHECK(runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " + shellQuote((f.tmp() / "plain").string()) +
                     " sync init --url http://127.0.0.1:1/ --root " + root + " 2>/dev/null")
              .exitCode == 1);

    // Nothing new: "up to date", and the same version is not a rollback.
    const auto again = f.json(f.ctl(syncAt("2015-03-03T00:00:00Z")));
    CHECK(again["ok"] == true);
    CHECK(again["up_to_date"] == true);
}

TEST_CASE("feed: the publisher's output is byte-identical for a fixed --issued", "[sync]")
{
    TempDir tmp("accord-publish");
    const std::string ctl = ACCORDCTL_PATH;
    const std::string k = shellQuote((tmp / "keys").string());
    REQUIRE(runCommand("mkdir -p " + k).exitCode == 0);
    for (const char* name : {"r1", "r2", "release", "lease"})
        REQUIRE(runCommand(ctl + " publish keygen --out " + k + "/" + name + " >/dev/null").exitCode == 0);
    const auto dev = sync::DeviceKey::generate();
    writeFile(tmp / "track.bin", std::string(5000, 'x'));
    const std::string catalogue =
        shellQuote(std::string(ACCORD_TEST_DATA_DIR) + "/catalogue/accord_catalogue.json");
    for (const char* name : {"a", "b"}) {
        const std::string dir = " --dir " + shellQuote((tmp / name).string());
        const std::string steps[] = {
            "publish init" + dir + " --root-key " + k + "/r1 --release-key " + k + "/release --lease-key " +
                k + "/lease --issued " + kIssued,
            "publish catalogue" + dir + " --issued " + kIssued + " " + catalogue,
            "publish root" + dir + " --root-key " + k + "/r2 --issued " + kIssued,
            "publish device" + dir + " --account acc --device-id " + dev.deviceId() + " --device-key " +
                dev.publicKeyBase64() + " --territory CN --tier vip",
            "publish playlist" + dir + " --account acc --id p --title T ACC-0001",
            "publish lease" + dir + " --device-id " + dev.deviceId() +
                " --track ACC-0001=" + shellQuote((tmp / "track.bin").string()) + " --issued " + kIssued};
        for (const auto& step : steps)
            REQUIRE(runCommand(ctl + " " + step + " >/dev/null").exitCode == 0);
    }
    const auto diff = runCommand("diff -r " + shellQuote((tmp / "a" / "feed").string()) + " " +
                                 shellQuote((tmp / "b" / "feed").string()) + " 2>&1");
    INFO(diff.out);
    CHECK(diff.exitCode == 0);
    const auto count = runCommand("find " + shellQuote((tmp / "a" / "feed").string()) + " -type f | wc -l");
    CHECK(std::stoi(count.out) >= 10);

    // Every signed file checks with the real minisign, by hand.
    const auto release = runCommand(
        "cd " + shellQuote((tmp / "a" / "feed").string()) +
        " && for s in release.json.*.minisig; do minisign -V -q -m release.json -x \"$s\" -p " + k +
        "/release.pub || exit 1; done; for s in root/2.json.*.minisig; do minisign -V -q "
        "-m root/2.json -x \"$s\" -p " +
        k + "/r1.pub || minisign -V -q -m root/2.json -x \"$s\" -p " + k + "/r2.pub || exit 1; done 2>&1");
    INFO(release.out);
    CHECK(release.exitCode == 0);
}

TEST_CASE("feed: a sixth device on one account is refused, the limit is a flag", "[sync]")
{
    TempDir tmp("accord-devices");
    const std::string ctl = ACCORDCTL_PATH;
    const std::string k = shellQuote((tmp / "keys").string());
    REQUIRE(runCommand("mkdir -p " + k).exitCode == 0);
    for (const char* name : {"root", "release", "lease"})
        REQUIRE(runCommand(ctl + " publish keygen --out " + k + "/" + name + " >/dev/null").exitCode == 0);
    const std::string dir = " --dir " + shellQuote((tmp / "pub").string());
    REQUIRE(runCommand(ctl + " publish init" + dir + " --root-key " + k + "/root --release-key " + k +
                       "/release --lease-key " + k + "/lease >/dev/null")
                .exitCode == 0);
    auto add = [&](const std::string& extra) {
        const auto dev = sync::DeviceKey::generate();
        return runCommand(ctl + " publish device" + dir + " --account acc --device-id " + dev.deviceId() +
                          " --device-key " + dev.publicKeyBase64() + " --territory CN --tier vip " + extra +
                          " 2>&1");
    };
    for (int i = 0; i < 5; ++i)
        REQUIRE(add("").exitCode == 0);
    const auto sixth = add("");
    CHECK(sixth.exitCode == 1);
    CHECK(sixth.out.find("limit is 5") != std::string::npos);
    CHECK(add("--max-devices 6").exitCode == 0);
    // A device id that is not its key's is refused.
    const auto dev = sync::DeviceKey::generate();
    CHECK(runCommand(ctl + " publish device" + dir +
                     " --account other --device-id 00112233445566778899aabbccddeeff "
                     "--device-key " +
                     dev.publicKeyBase64() + " --territory CN --tier vip 2>/dev/null")
              .exitCode == 1);
}

TEST_CASE("feed: offline rules in the decision: lease expiry, clock rollback, not_after, revocation",
          "[sync]")
{
    FeedFixture f;
    REQUIRE(f.ctl(syncAt()).exitCode == 0);

    // Within the lease: the catalogue's answer, valid until the lease's end at the latest.
    auto d = decide(f, "CNB011500001", "2015-03-10T00:00:00Z");
    INFO(d.dump(2));
    CHECK(d["verdict"] == "playable");
    REQUIRE(d["valid_until"].is_string());
    CHECK(d["valid_until"].get<std::string>() <= "2015-03-31T00:00:00Z");
    // ACC-0002's own not_after comes first.
    CHECK(decide(f, "CNB011500002", "2015-03-10T00:00:00Z")["valid_until"] == "2015-03-20T00:00:00Z");
    auto expiredTrack = decide(f, "CNB011500002", "2015-03-25T00:00:00Z");
    CHECK(expiredTrack["verdict"] == "blocked");
    CHECK(expiredTrack["reasons"][0]["code"] == "download_expired");

    auto lapsed = decide(f, "CNB011500001", "2015-04-01T00:00:00Z");
    CHECK(lapsed["verdict"] == "blocked");
    CHECK(lapsed["reasons"][0]["code"] == "offline_lease_expired");

    // The sync raised the highest time seen to its run (kNow): an earlier clock is a rollback.
    auto rolled = decide(f, "CNB011500001", "2015-03-01T12:00:00Z");
    CHECK(rolled["verdict"] == "blocked");
    CHECK(rolled["reasons"][0]["code"] == "clock_rollback");
    CHECK(rolled["valid_until"] == kNow);

    // Without --territory/--tier, decide and availability take the lease's context (CN, vip, desktop).
    const auto byLease = f.ctl("decide --json --isrc CNB011500001 --at 2015-03-10T00:00:00Z");
    REQUIRE(byLease.exitCode == 0);
    CHECK(f.json(byLease)["verdict"] == "playable");
    CHECK(
        f.json(f.ctl("decide --json --isrc CNB011500001 --at 2015-04-01T00:00:00Z"))["reasons"][0]["code"] ==
        "offline_lease_expired");

    // A run on the wall clock (no --at) raises the highest time seen: the 2015 clock is now a rollback.
    REQUIRE(f.ctl("decide --json --isrc CNB011500001").exitCode == 0);
    const auto status2026 = f.json(f.ctl("sync status --json --at 2015-03-10T00:00:00Z"));
    CHECK(status2026["highest_seen"].get<std::string>() > "2020-01-01");
    CHECK(decide(f, "CNB011500001", "2015-03-10T00:00:00Z")["reasons"][0]["code"] == "clock_rollback");

    // Revoked: the content keys go, every leased track is blocked, downloads refuse.
    REQUIRE(f.publish("publish lease --dir " + shellQuote(f.pubDir().string()) + " --device-id " +
                      f.deviceId() + " --revoke --issued 2015-03-02T00:00:00Z")
                .exitCode == 0);
    const auto revoked = f.json(f.ctl(syncAt("2015-03-03T00:00:00Z")));
    CHECK(revoked["revoked"] == true);
    auto r = decide(f, "CNB011500001", "2015-03-10T00:00:00Z");
    CHECK(r["verdict"] == "blocked");
    CHECK(r["reasons"][0]["code"] == "device_revoked");
    const auto status = f.json(f.ctl("sync status --json --at 2015-03-10T00:00:00Z"));
    CHECK(status["revoked"] == true);
    CHECK(status["offline_days_left"] == 0);
    CHECK(f.ctl("sync download --json").exitCode == 1);
    const auto db = runCommand("sqlite3 " + shellQuote((f.dataDir() / "sync.db").string()) +
                               " \"SELECT value FROM sync_meta WHERE key='lease'\" 2>/dev/null || true");
    if (!db.out.empty())
        CHECK(db.out.find("\"sealed_key\": \"\"") != std::string::npos);
}

TEST_CASE(
    "feed: the device key is mode 0600 and another user cannot read it, a copied data dir opens nothing",
    "[sync]")
{
    FeedFixture f;
    REQUIRE(f.ctl(syncAt()).exitCode == 0);
    REQUIRE(f.ctl("sync download --json").exitCode == 0);
    const fs::path key = f.dataDir() / "sync" / "device.key";
    CHECK((fs::status(key).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    ::chmod(f.dataDir().c_str(), 0755);
    ::chmod((f.dataDir() / "sync").c_str(), 0755);
    TempDir other("accord-nobody");
    const std::string read = runUnprivileged(other.path(), [&] {
        const int fd = ::open(key.c_str(), O_RDONLY);
        const std::string r = fd >= 0 ? "readable" : (errno == EACCES ? "denied" : "other");
        if (fd >= 0)
            ::close(fd);
        return r;
    });
    CHECK(read == "denied");

    // The synced folder copied to another data dir, with that machine's own device key: no content key
    // opens, so nothing can be downloaded or played from it.
    const fs::path copy = f.tmp() / "copy";
    fs::copy(f.dataDir(), copy, fs::copy_options::recursive);
    fs::remove(copy / "sync" / "device.key");
    REQUIRE(sync::DeviceKey::generate().save(copy / "sync" / "device.key").ok());
    fs::remove_all(copy / "sync" / "content");
    const auto dl = runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " + shellQuote(copy.string()) +
                               " sync download --json 2>/dev/null");
    CHECK(dl.exitCode == 1);
    CHECK(f.json(dl)["code"] == "wrong_device");
}

TEST_CASE("feed: the player takes the lease's context and its offline rules", "[sync]")
{
    FeedFixture f;
    // A real recording of ACC-0001 (tagged with its ISRC) as the leased track.
    const fs::path wav = f.tmp() / "porcelain.wav";
    const fs::path flac = f.tmp() / "porcelain.flac";
    makeWav(wav, 0.5);
    encode(wav, flac);
    tagFile(flac, {{"ISRC", "CNB011500001"}, {"TITLE", "Blue and White Porcelain"}});
    REQUIRE(f.publish("publish lease --dir " + shellQuote(f.pubDir().string()) + " --device-id " +
                      f.deviceId() + " --track ACC-0001=" + shellQuote(flac.string()) + " --issued " +
                      kIssued)
                .exitCode == 0);
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    REQUIRE(f.ctl("sync download --json --quiet").exitCode == 0);
    writeFile(f.tmp() / "asound.conf", "pcm.default { type null }\n");
    auto play = [&](const char* at) {
        // No --territory/--tier: the lease's (CN, vip, desktop) apply.
        const auto r =
            runCommand("ALSA_CONFIG_PATH=" + shellQuote((f.tmp() / "asound.conf").string()) + " " +
                       ACCORDCTL_PATH + " --data-dir " + shellQuote(f.dataDir().string()) +
                       " play --json --quiet --at " + at + " " + shellQuote(flac.string()) + " 2>/dev/null");
        return f.json(r);
    };
    const auto within = play("2015-03-10T00:00:00Z");
    INFO(within.dump(2));
    CHECK(within["played"] == 1);
    const auto lapsed = play("2015-04-01T00:00:00Z");
    INFO(lapsed.dump(2));
    CHECK(lapsed["played"] == 0);
    REQUIRE(lapsed["skipped"].size() == 1);
    CHECK(lapsed["skipped"][0]["reason_code"] == "offline_lease_expired");
}
