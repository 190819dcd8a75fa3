// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The scan of a real library: albums as the library groups them, values stored in library.db (migration 5)
// and no longer used once the file changes, files outside the library measured but not stored, cancel.
#include "library/library_db.hpp"
#include "library/replay_gain_store.hpp"
#include "library/scanner.hpp"
#include "replaygain/library_gain_scan.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <map>

using namespace accord;

namespace {

void addTrack(const std::filesystem::path& path, int seed, const std::string& album,
              const std::string& albumArtist)
{
    std::filesystem::create_directories(path.parent_path());
    const auto wav = path.parent_path() / (path.stem().string() + ".src.wav");
    test::makeWav(wav, 2.0 + seed * 0.5, seed);
    test::encode(wav, path);
    std::filesystem::remove(wav);
    test::tagFile(path, {{"TITLE", path.stem().string()}, {"ALBUM", album}, {"ALBUMARTIST", albumArtist}});
}

void scanLibrary(const test::TempDir& dir)
{
    library::Scanner scanner(dir / "library.db");
    auto r = scanner.scan({dir / "music"});
    REQUIRE(r.ok());
}

} // namespace

TEST_CASE("the whole library is scanned album by album and stored in library.db", "[replaygain]")
{
    test::TempDir dir;
    // Album One spans two folders (disc 1 and 2) under one album artist; Album Two is another artist's.
    addTrack(dir / "music/one/cd1/a.flac", 1, "Album One", "X");
    addTrack(dir / "music/one/cd2/b.flac", 2, "Album One", "X");
    addTrack(dir / "music/two/c.flac", 3, "Album Two", "Y");
    addTrack(dir / "music/two/d.flac", 4, "Album Two", "Y");
    scanLibrary(dir);

    std::atomic<std::size_t> progressCalls{0};
    replaygain::LibraryGainScan scan(dir / "library.db", {});
    auto report = scan.run({}, [&](const replaygain::GainScanProgress& p) {
        CHECK(p.total == 4);
        ++progressCalls;
    });
    REQUIRE(report.ok());
    CHECK(report->errors.empty());
    CHECK(progressCalls == 4);
    CHECK(report->summary.albums == 2);
    CHECK(report->savedToLibrary == 4);

    std::map<std::string, replaygain::FileGain> byName;
    for (const auto& f : report->files)
        byName[f.gain.path.filename().string()] = f.gain;
    CHECK(*byName["a.flac"].albumGain == *byName["b.flac"].albumGain);
    CHECK(*byName["c.flac"].albumGain == *byName["d.flac"].albumGain);
    CHECK(*byName["a.flac"].albumGain != *byName["c.flac"].albumGain);
    CHECK(*byName["a.flac"].albumPeak == std::max(byName["a.flac"].trackPeak, byName["b.flac"].trackPeak));

    auto db = library::LibraryDb::open(dir / "library.db");
    REQUIRE(db.ok());
    library::ReplayGainStore store(db->connection());
    for (const auto& [name, g] : byName) {
        auto stored = store.forPath(g.path.string());
        REQUIRE(stored.ok());
        REQUIRE(*stored);
        CHECK((*stored)->referenceLufs == -18.0);
        CHECK((*stored)->trackGain == g.trackGain);
        CHECK((*stored)->trackPeak == g.trackPeak);
        CHECK((*stored)->albumGain == g.albumGain);
        CHECK((*stored)->albumPeak == g.albumPeak);
    }

    // The file changes and the library notices: its old measurement no longer counts.
    addTrack(dir / "music/two/c.flac", 9, "Album Two", "Y");
    scanLibrary(dir);
    auto stale = store.forPath((dir / "music/two/c.flac").string());
    REQUIRE(stale.ok());
    CHECK_FALSE(*stale);
    auto still = store.forPath((dir / "music/two/d.flac").string());
    REQUIRE(still.ok());
    CHECK(*still);
}

TEST_CASE("files outside the library are measured but not stored, and missing paths are named",
          "[replaygain]")
{
    test::TempDir dir;
    addTrack(dir / "loose/x.flac", 1, "Loose", "Z");
    replaygain::LibraryGainScan scan(dir / "library.db", {});
    auto report = scan.run({dir / "loose/x.flac", dir / "nowhere.flac"});
    REQUIRE(report.ok());
    CHECK(report->summary.measured == 1);
    CHECK(report->savedToLibrary == 0);
    REQUIRE(report->errors.size() == 1);
    CHECK(report->errors[0].describe().find("nowhere.flac") != std::string::npos);
}

TEST_CASE("a scan can be cancelled from another thread", "[replaygain]")
{
    test::TempDir dir;
    for (int i = 0; i < 6; ++i)
        addTrack(dir / ("music/t" + std::to_string(i) + ".flac"), i, "A" + std::to_string(i), "Q");
    replaygain::LibraryGainScanOptions options;
    options.scan.jobs = 1;
    replaygain::LibraryGainScan scan(dir / "library.db", options);
    auto report = scan.run({dir / "music"}, [&](const replaygain::GainScanProgress& p) {
        if (p.done == 2)
            scan.cancel();
    });
    REQUIRE(report.ok());
    CHECK(report->summary.cancelled);
    CHECK(report->summary.measured == 2);
    CHECK(report->files.size() == 2);
}
