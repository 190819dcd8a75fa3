// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// How `sync download` writes a track: hashed as the bytes arrive (a resumed .part included), never read
// back, each file fsync()ed once when whole, then renamed into place and its folder synced. Observed
// from outside with strace, as a user's process runs.
#include "core/sync/feed_fixture.hpp"
#include "sync/bytes.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> linesOf(const fs::path& p)
{
    std::ifstream in(p);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

bool contains(const std::string& s, const std::string& what)
{
    return s.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("download: each track is hashed as it arrives, never read back, and fsync()ed once", "[sync]")
{
    FeedFixture f;
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    const fs::path log = f.tmp() / "strace.log";
    // LeakSanitizer stops the world with ptrace, which cannot work under strace: no leak check here.
    const auto run =
        runCommand("ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -qq -o " +
                   shellQuote(log.string()) + " -e trace=openat,fsync,fdatasync,rename,renameat,renameat2 " +
                   ACCORDCTL_PATH + " --data-dir " + shellQuote(f.dataDir().string()) +
                   " sync download --json --quiet 2>/dev/null");
    REQUIRE(run.exitCode == 0);
    REQUIRE(f.json(run)["downloaded"] == 2);
    int opens = 0, readOpens = 0, fsyncs = 0, renames = 0;
    for (const std::string& line : linesOf(log)) {
        if (contains(line, "openat(") && contains(line, "/sync/content/") && !contains(line, "O_DIRECTORY")) {
            ++opens;
            if (contains(line, "O_RDONLY"))
                ++readOpens;
        }
        if (contains(line, "fsync(") || contains(line, "fdatasync("))
            ++fsyncs;
        if (contains(line, "rename") && contains(line, "/sync/content/"))
            ++renames;
    }
    INFO(fileBytes(log));
    CHECK(opens == 2);     // one open per .part, for writing
    CHECK(readOpens == 0); // nothing read back to hash it
    CHECK(renames == 2);
    CHECK(fsyncs == 4); // per track: the file once, then its folder after the rename
    for (const char* rec : {"ACC-0001", "ACC-0002"}) {
        const std::string hash = f.servedHash(rec);
        CHECK(fileBytes(f.dataDir() / "sync" / "content" / hash) ==
              fileBytes(f.feed() / "by-hash" / "sha256" / hash));
    }
}

TEST_CASE("download: a resumed .part is hashed from its first byte: a damaged prefix is hash_mismatch",
          "[sync]")
{
    FeedFixture f;
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    const std::string hash = f.servedHash("ACC-0001");
    const std::string served = fileBytes(f.feed() / "by-hash" / "sha256" / hash);
    REQUIRE(served.size() > 100'000);
    const fs::path content = f.dataDir() / "sync" / "content";
    fs::create_directories(content);
    const fs::path part = content / (hash + ".part");

    SECTION("an intact prefix resumes to the right file")
    {
        writeFile(part, served.substr(0, 70'000));
        const auto r = f.ctl("sync download --json --quiet");
        INFO(f.lastStderr());
        REQUIRE(r.exitCode == 0);
        CHECK(fileBytes(content / hash) == served);
        CHECK_FALSE(fs::exists(part));
    }
    SECTION("a damaged prefix: only the resumed bytes are fetched, and the whole is refused")
    {
        std::string prefix = served.substr(0, 70'000);
        prefix[1234] = static_cast<char>(prefix[1234] ^ 0x20);
        writeFile(part, prefix);
        const auto r = f.ctl("sync download --json --quiet");
        CHECK(r.exitCode == 1);
        CHECK(f.json(r)["code"] == "hash_mismatch");
        CHECK_FALSE(fs::exists(part));
        CHECK_FALSE(fs::exists(content / hash));
        // The next download starts afresh and completes.
        const auto again = f.ctl("sync download --json --quiet");
        INFO(f.lastStderr());
        REQUIRE(again.exitCode == 0);
        CHECK(fileBytes(content / hash) == served);
    }
}
