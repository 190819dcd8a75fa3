// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Crash safety: `accordctl sync` and `sync download` SIGKILLed at 20 random points each. After every kill
// the previous state is intact (status reads, the leased track still plays) and the next run completes.
#include "core/sync/feed_fixture.hpp"
#include "sync/bytes.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

// Starts accordctl with `args` (stdout and stderr to /dev/null) and returns its PID.
pid_t spawn(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    std::string path = ACCORDCTL_PATH;
    argv.push_back(path.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    return pid;
}

// Runs the child until it ends or `after` has passed, then SIGKILLs it; true when it was killed.
bool killAfter(pid_t pid, std::chrono::microseconds after)
{
    std::this_thread::sleep_for(after);
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid)
        return false;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status);
}

std::chrono::microseconds timed(const std::vector<std::string>& args)
{
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = spawn(args);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
}

} // namespace

TEST_CASE("crash: a sync killed at 20 random points leaves the previous state, the next sync completes",
          "[sync]")
{
    FeedFixture f;
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    // Something to apply: a new catalogue delta and a new lease.
    writeFile(f.tmp() / "delta.json",
              *sync::readFileBytes(std::string(ACCORD_TEST_DATA_DIR) + "/catalogue/accord_catalogue.json") +
                  "\n");
    const std::string dir = " --dir " + shellQuote(f.pubDir().string());
    REQUIRE(f.publish("publish catalogue" + dir + " --issued 2015-03-02T00:00:00Z " +
                      shellQuote((f.tmp() / "delta.json").string()))
                .exitCode == 0);
    REQUIRE(
        f.publish("publish lease" + dir + " --device-id " + f.deviceId() + " --issued 2015-03-02T00:00:00Z")
            .exitCode == 0);

    const fs::path pristine = f.tmp() / "pristine";
    fs::copy(f.dataDir(), pristine, fs::copy_options::recursive);
    const std::vector<std::string> args = {"--data-dir", f.dataDir().string(), "sync", "--at",
                                           "2015-03-02T01:00:00Z"};
    const auto full = timed(args);
    std::mt19937 gen(20151);
    std::uniform_int_distribution<long> when(0, full.count() * 6 / 5);
    int killed = 0;
    for (int i = 0; i < 20; ++i) {
        fs::remove_all(f.dataDir());
        fs::copy(pristine, f.dataDir(), fs::copy_options::recursive);
        killed += killAfter(spawn(args), std::chrono::microseconds(when(gen))) ? 1 : 0;
        // The state is the previous one or the new one, never a mix, and the leased track still plays.
        const auto status = f.ctl("sync status --json --at 2015-03-02T01:00:00Z");
        INFO("kill " << i << ": " << f.lastStderr());
        REQUIRE(status.exitCode == 0);
        const auto s = f.json(status);
        const bool before = s["release_version"] == 2 && s["lease_version"] == 1;
        const bool after = s["release_version"] == 3 && s["lease_version"] == 2;
        CHECK((before || after));
        const auto d =
            f.ctl("decide --json --isrc CNB011500001 --territory CN --tier vip --at 2015-03-02T01:00:00Z");
        REQUIRE(d.exitCode == 0);
        CHECK(f.json(d)["verdict"] == "playable");
        const auto next = f.ctl("sync --json --at 2015-03-02T02:00:00Z");
        INFO(f.lastStderr());
        REQUIRE(next.exitCode == 0);
        CHECK(f.json(next)["release_version"] == 3);
        CHECK(f.json(next)["lease_version"] == 2);
    }
    WARN(killed << " of 20 runs were killed before they finished (full sync " << full.count() << " us)");
    CHECK(killed >= 5); // most kills land mid-run (uniform over 1.2x a full run)
}

TEST_CASE("crash: a download killed at 20 random points resumes and completes with the right bytes", "[sync]")
{
    // 1.5 MB at 4 MB/s: each download takes ~0.4 s, so the kills land mid-transfer.
    FeedFixture f(4 * 1024 * 1024, 1536 * 1024);
    REQUIRE(f.ctl("sync --json --at " + std::string(kNow)).exitCode == 0);
    const std::string hash = f.servedHash("ACC-0001");
    const fs::path final = f.dataDir() / "sync" / "content" / hash;
    const fs::path part = f.dataDir() / "sync" / "content" / (hash + ".part");
    const std::vector<std::string> args = {"--data-dir", f.dataDir().string(), "sync", "download", "--quiet"};
    std::mt19937 gen(20152);
    std::uniform_int_distribution<long> when(50'000, 120'000);
    int killed = 0;
    std::uintmax_t lastPart = 0;
    bool grew = true;
    for (int i = 0; i < 20 && !fs::exists(final); ++i) {
        killed += killAfter(spawn(args), std::chrono::microseconds(when(gen))) ? 1 : 0;
        // A file under its final name is always complete and verified; a partial one only as .part.
        if (fs::exists(final))
            CHECK(*sync::sha256FileHex(final) == hash);
        if (fs::exists(part)) {
            const auto size = fs::file_size(part);
            grew = grew && size >= lastPart; // resumed, never restarted
            lastPart = size;
        }
        REQUIRE(f.ctl("sync status --json --at 2015-03-02T01:00:00Z").exitCode == 0);
    }
    CHECK(grew);
    CHECK(killed >= 3);
    const auto done = f.ctl("sync download --json");
    INFO(f.lastStderr());
    REQUIRE(done.exitCode == 0);
    CHECK(*sync::sha256FileHex(final) == hash);
    CHECK_FALSE(fs::exists(part));
    CHECK(f.json(f.ctl("sync status --json --at 2015-03-02T01:00:00Z"))["downloaded"] == 2);
}
