// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// A subscriber's data dir that cannot be written (chmod -w, run by a user who cannot write it: nobody when
// the tests run as root, since root ignores file modes) still answers sync status, decide and play of a
// downloaded .acx, and is left exactly as it was.
#include "core/sync/feed_fixture.hpp"
#include "support/audio_fixtures.hpp"
#include "support/unprivileged.hpp"
#include "sync/lease_key_provider.hpp"
#include "sync/lease_listener.hpp"
#include "sync/offline_terms_loader.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <sys/stat.h>
#include <unistd.h>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

// Every file under `dir` (relative path -> bytes), to show nothing was added, removed or changed.
std::map<std::string, std::string> contentsOf(const fs::path& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        out[fs::relative(e.path(), dir).string()] = e.is_regular_file() ? fileBytes(e.path()) : "<dir>";
    return out;
}

// Hands `dir` to the unprivileged user when we are root (so that it can read its own 0400 device key),
// then takes write permission away from everything in it.
void makeReadOnly(const fs::path& dir)
{
    const bool root = ::geteuid() == 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (root)
            REQUIRE(::lchown(e.path().c_str(), kNobodyId, kNobodyId) == 0);
        const bool secret = e.path().filename() == "device.key";
        ::chmod(e.path().c_str(), e.is_directory() ? 0555 : secret ? 0400 : 0444);
    }
    if (root)
        REQUIRE(::chown(dir.c_str(), kNobodyId, kNobodyId) == 0);
    ::chmod(dir.c_str(), 0555);
}

void makeWritable(const fs::path& dir)
{
    ::chmod(dir.c_str(), 0755);
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_directory())
            ::chmod(e.path().c_str(), 0755);
}

// accordctl as a user who cannot write the data dir: nobody (setpriv) when we are root, else ourselves.
CommandRun asReader(const FeedFixture& f, const fs::path& alsaConf, const std::string& args)
{
    const std::string drop = ::geteuid() == 0
                                 ? "setpriv --reuid=" + std::to_string(kNobodyId) +
                                       " --regid=" + std::to_string(kNobodyId) + " --clear-groups "
                                 : std::string();
    return runCommand("ALSA_CONFIG_PATH=" + shellQuote(alsaConf.string()) + " " + drop + ACCORDCTL_PATH +
                      " --data-dir " + shellQuote(f.dataDir().string()) + " " + args + " 2>" +
                      shellQuote((f.tmp() / "reader.err").string()));
}

} // namespace

TEST_CASE("read-only data dir: sync status, decide and play of a downloaded track work and write nothing",
          "[sync][acx]")
{
    FeedFixture f;
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
    const std::string acx = (f.dataDir() / "sync" / "content" / f.servedHash("ACC-0001")).string();
    REQUIRE(fs::exists(acx));
    const fs::path alsaConf = f.tmp() / "asound.conf";
    writeFile(alsaConf, "pcm.default { type null }\n");
    ::chmod(alsaConf.c_str(), 0644);
    ::chmod(f.tmp().path().c_str(), 0755);

    makeReadOnly(f.dataDir());
    const auto before = contentsOf(f.dataDir());
    const auto errors = [&] { return fileBytes(f.tmp() / "reader.err"); };

    const auto status = asReader(f, alsaConf, "sync status --json --at 2015-03-10T00:00:00Z");
    INFO(errors());
    REQUIRE(status.exitCode == 0);
    const auto s = f.json(status);
    CHECK(s["lease_version"] == 2); // the fixture's lease 1, then the one naming the FLAC
    CHECK(s["downloaded"] == s["tracks"]);
    CHECK(s["downloaded"] >= 1);

    // No --territory/--tier: the lease's context, read from the read-only sync.db.
    const auto decided = asReader(f, alsaConf, "decide --json --isrc CNB011500001 --at 2015-03-10T00:00:00Z");
    INFO(errors());
    REQUIRE(decided.exitCode == 0);
    CHECK(f.json(decided)["verdict"] == "playable");

    const auto played =
        asReader(f, alsaConf, "play --json --quiet --at 2015-03-10T00:00:00Z " + shellQuote(acx));
    INFO(errors());
    REQUIRE(played.exitCode == 0);
    const auto p = f.json(played);
    INFO(p.dump(2));
    CHECK(p["played"] == 1);
    CHECK(p["skipped"].empty());

    // On the wall clock (no --at) a run would raise the highest time seen: not in a folder it cannot write.
    const auto wallClock = asReader(f, alsaConf, "decide --json --isrc CNB011500001");
    INFO(errors());
    CHECK(wallClock.exitCode == 0);

    CHECK(contentsOf(f.dataDir()) == before);
    makeWritable(f.dataDir());
}

TEST_CASE("read-only data dir: a sync.db created but never migrated reads as no sync, and is not written",
          "[sync]")
{
    TempDir dir("accord-sync-empty");
    writeFile(dir / "sync.db", "");
    auto terms = sync::loadOfflineTerms(dir.path());
    INFO((terms.ok() ? std::string() : terms.error().describe()));
    REQUIRE(terms.ok());
    CHECK_FALSE(terms->has_value());
    auto listener = sync::loadLeaseListener(dir.path());
    REQUIRE(listener.ok());
    CHECK_FALSE(listener->has_value());
    const sync::LeaseKeyProvider keys(dir.path());
    CHECK(keys.keyCount() == 0);
    CHECK(keys.whyNone().find("no synced lease") != std::string::npos);
    CHECK(fs::file_size(dir / "sync.db") == 0);
    CHECK_FALSE(fs::exists(dir / "sync.db-wal"));
}
