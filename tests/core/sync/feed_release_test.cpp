// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The lease names the release it was made against (release_version). Served with an older release.json
// than that (a stale mirror, a withheld release) the sync refuses with stale_release and keeps its state;
// a lease made against an older release than the current one is accepted.
#include "core/sync/feed_fixture.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::test;
namespace fs = std::filesystem;

namespace {

std::string dir(const FeedFixture& f)
{
    return " --dir " + shellQuote(f.pubDir().string());
}

// release.json and its signature files, copied to `to` (save) or back (restore).
void save(const FeedFixture& f, const fs::path& to)
{
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(f.feed()))
        if (e.path().filename().string().rfind("release.json", 0) == 0)
            fs::copy_file(e.path(), to / e.path().filename(), fs::copy_options::overwrite_existing);
}

void restore(const FeedFixture& f, const fs::path& from)
{
    for (const auto& e : fs::directory_iterator(from))
        fs::copy_file(e.path(), f.feed() / e.path().filename(), fs::copy_options::overwrite_existing);
}

nlohmann::json syncOk(const FeedFixture& f, const std::string& at)
{
    const auto r = f.ctl("sync --json --at " + at);
    INFO(f.lastStderr());
    REQUIRE(r.exitCode == 0);
    return f.json(r);
}

void expectStale(const FeedFixture& f, const std::string& at)
{
    const std::string before = f.syncDbBytes();
    const auto r = f.ctl("sync --json --at " + at);
    INFO(f.lastStderr());
    CHECK(r.exitCode == 1);
    CHECK(f.json(r)["code"] == "stale_release");
    CHECK(f.lastStderr().find("stale_release") != std::string::npos);
    CHECK(f.lastStderr().find("release 3") != std::string::npos);
    CHECK(f.syncDbBytes() == before);
}

void publishRelease(const FeedFixture& f, const char* issued)
{
    REQUIRE(f.publish("publish catalogue" + dir(f) + " --issued " + issued).exitCode == 0);
}

void publishLease(const FeedFixture& f, const char* issued)
{
    REQUIRE(f.publish("publish lease" + dir(f) + " --device-id " + f.deviceId() + " --issued " + issued)
                .exitCode == 0);
}

} // namespace

TEST_CASE("release: a lease made against a newer release than the served release.json is stale_release",
          "[sync]")
{
    FeedFixture f;
    SECTION("first sync")
    {
        save(f, f.tmp() / "release2");
        publishRelease(f, "2015-03-02T00:00:00Z"); // release 3
        publishLease(f, "2015-03-02T00:00:00Z");   // lease 2, against release 3
        restore(f, f.tmp() / "release2");          // the server still serves release 2
        expectStale(f, "2015-03-02T01:00:00Z");
        // Once the release the lease names is served, the next sync takes both.
        publishRelease(f, "2015-03-02T02:00:00Z"); // release 4
        const auto ok = syncOk(f, "2015-03-02T03:00:00Z");
        CHECK(ok["release_version"] == 4);
        CHECK(ok["lease_version"] == 2);
    }
    SECTION("a newer lease with the release already held (up to date)")
    {
        syncOk(f, kNow); // release 2, lease 1
        save(f, f.tmp() / "release2");
        publishRelease(f, "2015-03-02T00:00:00Z"); // release 3
        publishLease(f, "2015-03-02T00:00:00Z");   // lease 2, against release 3
        restore(f, f.tmp() / "release2");
        expectStale(f, "2015-03-02T01:00:00Z");
        const auto status = f.json(f.ctl("sync status --json --at 2015-03-02T01:00:00Z"));
        CHECK(status["lease_version"] == 1);
        CHECK(status["release_version"] == 2);
    }
}

TEST_CASE("release: a lease made against an older release than the current one is accepted", "[sync]")
{
    FeedFixture f;
    syncOk(f, kNow);                           // release 2, lease 1 against release 2
    publishRelease(f, "2015-03-02T00:00:00Z"); // release 3; the lease stays against 2
    auto r = syncOk(f, "2015-03-02T01:00:00Z");
    CHECK(r["release_version"] == 3);
    CHECK(r["lease_version"] == 1);
    publishLease(f, "2015-03-02T02:00:00Z");   // lease 2 against release 3
    publishRelease(f, "2015-03-02T03:00:00Z"); // release 4
    r = syncOk(f, "2015-03-02T04:00:00Z");
    CHECK(r["release_version"] == 4);
    CHECK(r["lease_version"] == 2);
    CHECK(r["up_to_date"] == false);
}
