// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// A single-file album with a CUE sheet, scanned into a real library and played through PortAudio into the
// capture rig: the tracks back to back are the whole file to the sample, and seeks and "next" land on the
// exact sample of the file.
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "rig_player.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

using namespace accord;
using audio::Container;

namespace {

constexpr std::uint32_t kRate = 44100;
constexpr std::size_t kFrames = 3 * kRate + 12345;
constexpr std::size_t kBpf = 4; // 16-bit stereo
// INDEX 01 at 00:00:00, 00:01:37 and 00:02:11: 65856 and 94668 samples, multiples of no buffer size
// (ALSA's 475-frame buffer, PortAudio's, the decoder's, FLAC's 4096-sample blocks).
constexpr std::uint64_t kStart2 = 112 * 588, kStart3 = 161 * 588;

struct Album {
    std::vector<std::int32_t> signal;
    std::vector<std::uint8_t> bytes;
    std::vector<playback::QueueEntry> entries; ///< the library's three CUE tracks
};

Album makeAlbum(const std::filesystem::path& dir)
{
    Album a;
    a.signal = audio::synthesizeSignal(kRate, 2, 16, kFrames, 23);
    a.bytes = test::nativeBytes(a.signal, audio::SampleFormat::S16);
    const auto music = dir / "music";
    std::filesystem::create_directories(music);
    REQUIRE(audio::writePcmFile(music / "album.flac", {Container::Flac, kRate, 2, 16}, a.signal).ok());
    std::ofstream(music / "album.cue") << "PERFORMER \"Rig\"\nTITLE \"Rig Album\"\nFILE \"album.flac\" WAVE\n"
                                          "TRACK 01 AUDIO\n  TITLE \"One\"\n  INDEX 01 00:00:00\n"
                                          "TRACK 02 AUDIO\n  TITLE \"Two\"\n  INDEX 00 00:01:20\n"
                                          "  INDEX 01 00:01:37\n"
                                          "TRACK 03 AUDIO\n  TITLE \"Three\"\n  INDEX 01 00:02:11\n";
    const auto db = dir / "library.db";
    library::Scanner scanner(db);
    auto summary = scanner.scan({music});
    REQUIRE(summary.ok());
    REQUIRE(summary->added == 3);
    auto lib = library::LibraryDb::open(db);
    REQUIRE(lib.ok());
    auto tracks = lib->tracks();
    REQUIRE(tracks.ok());
    REQUIRE(tracks->size() == 3);
    for (const auto& t : *tracks)
        a.entries.push_back({t.path, t.id});
    return a;
}

std::vector<std::uint8_t> slice(const std::vector<std::uint8_t>& bytes, std::uint64_t fromFrame)
{
    return {bytes.begin() + static_cast<long>(fromFrame * kBpf), bytes.end()};
}

} // namespace

TEST_CASE("a CUE album's tracks play back to back as the whole file, to the sample", "[rig][cue]")
{
    test::CaptureRig rig(3.0);
    const Album album = makeAlbum(rig.dir());
    test::Recorder rec;
    {
        playback::Player player(test::rigOptions());
        player.setListener(&rec);
        player.setQueueEntries(album.entries);
        player.play();
        REQUIRE(rec.waitDone(60));
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    CHECK(rec.errors.empty());
    CHECK(rec.skipped.empty());
    REQUIRE(rec.started.size() == 3);
    for (const auto& now : rec.started)
        CHECK(now.bitPerfect);
    REQUIRE(rec.finishedTracks.size() == 3);
    CHECK(rec.finishedTracks[0].second == kStart2);
    CHECK(rec.finishedTracks[1].second == kStart3 - kStart2);
    CHECK(rec.finishedTracks[2].second == kFrames - kStart3);
    test::requireSameAudio(rig.capture(kRate, "S16_LE"), album.bytes, kBpf);
    CHECK(rig.captures().size() == 1); // one stream: no reopen between the tracks
}

TEST_CASE("seeking in a CUE track and \"next\" land on the exact sample of the file", "[rig][cue]")
{
    test::CaptureRig rig(1.0);
    const Album album = makeAlbum(rig.dir());

    SECTION("seek within track 2")
    {
        const std::uint64_t target = 20011; // in track 2's own frames (it has 28812)
        {
            playback::Player player(test::rigOptions());
            test::Recorder rec;
            player.setListener(&rec);
            player.setQueueEntries(album.entries);
            player.playIndex(1);
            REQUIRE(rec.waitStarted(1, 10));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            player.seekFrames(target);
            REQUIRE(rec.waitDone(60));
            player.waitUntilStopped();
            player.setListener(nullptr);
        }
        // The capture is track 2 from its INDEX 01 up to some frame k, then the file from track 2's start +
        // `target` to its end (track 3 following gaplessly).
        const auto capture = test::trimSilence(rig.capture(kRate, "S16_LE"), kBpf);
        const auto fromTrack2 = slice(album.bytes, kStart2);
        const long k = test::firstDifference(capture, fromTrack2);
        REQUIRE(k > 0);
        REQUIRE(k % static_cast<long>(kBpf) == 0);
        const std::vector<std::uint8_t> after(capture.begin() + k, capture.end());
        test::requireSameAudio(after, slice(album.bytes, kStart2 + target), kBpf);
    }
    SECTION("next from track 1 starts track 2 at its INDEX 01")
    {
        {
            playback::Player player(test::rigOptions());
            test::Recorder rec;
            player.setListener(&rec);
            player.setQueueEntries(album.entries);
            player.play();
            REQUIRE(rec.waitStarted(1, 10));
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            player.next();
            REQUIRE(rec.waitDone(60));
            player.waitUntilStopped();
            player.setListener(nullptr);
        }
        const auto capture = test::trimSilence(rig.capture(kRate, "S16_LE"), kBpf);
        // The capture: track 1 from its start up to some frame k < its end, then the file from track 2's
        // INDEX 01 to the end.
        const long k = test::firstDifference(capture, album.bytes);
        REQUIRE(k > 0);
        REQUIRE(k % static_cast<long>(kBpf) == 0);
        REQUIRE(k < static_cast<long>(kStart2 * kBpf));
        const std::vector<std::uint8_t> after(capture.begin() + k, capture.end());
        test::requireSameAudio(after, slice(album.bytes, kStart2), kBpf);
    }
}
