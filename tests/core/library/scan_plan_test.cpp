// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/content_hash.hpp"
#include "library/scan_plan.hpp"

#include <catch2/catch.hpp>

using namespace accord::library;

TEST_CASE("planScan: unchanged, changed, new, removed, and shielded folders", "[library][plan]")
{
    PathIndex index;
    index["/m/a.flac"] = IndexEntry{1, 100, 5, 11, false};
    index["/m/b.flac"] = IndexEntry{2, 100, 5, 12, false};
    index["/m/gone.flac"] = IndexEntry{3, 100, 5, 13, false};
    index["/m/locked/x.flac"] = IndexEntry{4, 100, 5, 14, false};
    index["/other/y.flac"] = IndexEntry{5, 100, 5, 15, false};
    index["/m-sibling/z.flac"] = IndexEntry{6, 100, 5, 16, false};
    std::vector<FoundFile> found = {{"/m/a.flac", 100, 5}, {"/m/b.flac", 100, 6}, {"/m/new.flac", 7, 1}};

    const ScanPlan plan = planScan(index, found, {"/m"}, {"/m/locked"});
    CHECK(plan.unchanged == 1);
    REQUIRE(plan.toRead.size() == 2);
    CHECK(plan.toRead[0].file.path == "/m/b.flac");
    REQUIRE(plan.toRead[0].existing);
    CHECK(plan.toRead[0].existing->id == 2);
    CHECK(plan.toRead[1].file.path == "/m/new.flac");
    CHECK_FALSE(plan.toRead[1].existing);
    // Only /m/gone.flac: not the unreachable folder, not other roots, not a sibling sharing the prefix.
    REQUIRE(plan.removed.size() == 1);
    CHECK(plan.removed[0].path == "/m/gone.flac");
}

TEST_CASE("isUnder compares whole path components", "[library][plan]")
{
    CHECK(isUnder("/music/a.flac", "/music"));
    CHECK(isUnder("/music/a.flac", "/music/"));
    CHECK_FALSE(isUnder("/musicbox/a.flac", "/music"));
    CHECK_FALSE(isUnder("/music", "/music"));
}

TEST_CASE("content hashes tell different data apart and are stable", "[library][plan]")
{
    const std::vector<std::uint8_t> a(1000, 1), b(1000, 2);
    CHECK(hash64(a) == hash64(a));
    CHECK(hash64(a) != hash64(b));
    CHECK(hash64(a, 1) != hash64(a, 2));
    CHECK(hashHex128(a).size() == 32);
    CHECK(hashHex128(a) != hashHex128(b));
}

TEST_CASE("planScan: a file's CUE sheet new, edited, removed or embedded", "[library][plan][cue]")
{
    PathIndex index;
    const CueStamp sidecar{"/m/a.cue", 300, 9};
    index["/m/a.flac"] = IndexEntry{0, 100, 5, 11, false, sidecar, {{1, 7}, {2, 8}}};
    index["/m/e.flac"] = IndexEntry{0, 100, 5, 12, false, CueStamp{}, {{1, 9}}}; // embedded sheet
    index["/m/w.flac"] = IndexEntry{3, 100, 5, 13, false};                       // a whole file
    const std::vector<FoundFile> found = {
        {"/m/a.flac", 100, 5}, {"/m/e.flac", 100, 5}, {"/m/w.flac", 100, 5}};
    auto readPaths = [](const ScanPlan& p) {
        std::vector<std::string> out;
        for (const ReadTask& t : p.toRead)
            out.push_back(t.file.path);
        return out;
    };

    // Nothing changed: the sidecar as stored, the embedded sheet with no sidecar, the whole file alone.
    CHECK(planScan(index, found, {"/m"}, {}, {{"/m/a.flac", sidecar}}).unchanged == 3);
    // The sidecar edited: its file is read again, with the sheet to use.
    const CueStamp edited{"/m/a.cue", 301, 10};
    ScanPlan p = planScan(index, found, {"/m"}, {}, {{"/m/a.flac", edited}});
    REQUIRE(readPaths(p) == std::vector<std::string>{"/m/a.flac"});
    CHECK(p.toRead[0].cue == edited);
    CHECK(p.toRead[0].existing->cueTracks.size() == 2);
    // The sidecar removed: read again (it becomes one track).
    p = planScan(index, found, {"/m"}, {}, {});
    REQUIRE(readPaths(p) == std::vector<std::string>{"/m/a.flac"});
    CHECK_FALSE(p.toRead[0].cue);
    // A sheet appears beside the whole file, and beside the one with an embedded sheet (it wins).
    p = planScan(
        index, found, {"/m"}, {},
        {{"/m/a.flac", sidecar}, {"/m/w.flac", {"/m/w.cue", 1, 1}}, {"/m/e.flac", {"/m/e.cue", 1, 1}}});
    CHECK(readPaths(p) == std::vector<std::string>{"/m/e.flac", "/m/w.flac"});
    // The album's file gone: removed with its CUE tracks.
    p = planScan(index, {found[2]}, {"/m"}, {}, {});
    REQUIRE(p.removed.size() == 2);
}
