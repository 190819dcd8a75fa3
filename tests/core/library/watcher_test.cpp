// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/library_watcher.hpp"
#include "library/scanner.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace accord;

namespace {

struct Inbox {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::string> paths;
    int batches = 0;

    bool waitFor(int n)
    {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::seconds(10), [&] { return batches >= n; });
    }
};

} // namespace

TEST_CASE("the watcher reports new, changed and removed files, and a rescan picks them up",
          "[library][watch]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    std::filesystem::create_directories(music / "Old");
    test::makeWav(dir / "src.wav", 1.0);
    test::encode(dir / "src.wav", music / "Old/one.flac");
    library::Scanner scanner(dir / "data/library.db");
    REQUIRE(scanner.scan({music}).value().added == 1);

    Inbox inbox;
    auto watcher = library::LibraryWatcher::start(
        {music},
        [&](const std::vector<std::string>& paths) {
            std::lock_guard lock(inbox.mutex);
            inbox.paths.insert(inbox.paths.end(), paths.begin(), paths.end());
            ++inbox.batches;
            inbox.cv.notify_all();
        },
        std::chrono::milliseconds(100));
    REQUIRE(watcher.ok());
    CHECK((*watcher)->watchedFolders() == 2);

    // A new folder with a file: the folder is watched as it appears and the copy is one batch.
    std::filesystem::create_directories(music / "New Album");
    test::encode(dir / "src.wav", music / "New Album/two.flac");
    REQUIRE(inbox.waitFor(1));
    auto s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->added == 1);

    std::filesystem::remove(music / "Old/one.flac");
    REQUIRE(inbox.waitFor(2));
    {
        std::lock_guard lock(inbox.mutex);
        CHECK(std::find(inbox.paths.begin(), inbox.paths.end(), (music / "Old/one.flac").string()) !=
              inbox.paths.end());
    }
    s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->removed == 1);
    (*watcher)->stop();
}

TEST_CASE("a copy that keeps going is reported while it runs, not only when it ends", "[library][watch]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    std::filesystem::create_directories(music);
    Inbox inbox;
    using Clock = std::chrono::steady_clock;
    Clock::time_point firstBatch{};
    auto watcher = library::LibraryWatcher::start(
        {music},
        [&](const std::vector<std::string>&) {
            std::lock_guard lock(inbox.mutex);
            if (inbox.batches++ == 0)
                firstBatch = Clock::now();
            inbox.cv.notify_all();
        },
        std::chrono::milliseconds(500), std::chrono::milliseconds(1000));
    REQUIRE(watcher.ok());

    // A file every 100 ms for 3 s: never quiet for 500 ms.
    const auto start = Clock::now();
    for (int i = 0; i < 30; ++i) {
        test::writeFile(music / ("part-" + std::to_string(i) + ".txt"), "x");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const auto copyEnded = Clock::now();
    REQUIRE(inbox.waitFor(2)); // reports while it ran, then the rest once quiet
    std::lock_guard lock(inbox.mutex);
    CHECK(firstBatch < copyEnded);
    CHECK(firstBatch - start < std::chrono::milliseconds(2000));
    (*watcher)->stop();
}
