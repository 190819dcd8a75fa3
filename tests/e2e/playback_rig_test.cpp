// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What PortAudio really plays, captured sample by sample by the ALSA file plugin.
#include "rig_player.hpp"
#include "support/alloc_hook.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sys/wait.h>
#include <thread>

using namespace accord;
using audio::Container;

namespace {

/// A FLAC of `seconds` of the test signal in the rig's folder, for runs that stop or fail part-way.
std::filesystem::path longFlac(const test::CaptureRig& rig, int seconds)
{
    const auto file = rig.dir() / "long.flac";
    REQUIRE(audio::writePcmFile(
                file, {Container::Flac, 44100, 2, 16},
                audio::synthesizeSignal(44100, 2, 16, 44100 * static_cast<std::size_t>(seconds), 3))
                .ok());
    return file;
}

/// The whole of a text file the command under test wrote.
std::string textOf(const std::filesystem::path& path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Cut points (frames) that are multiples of no codec frame size (MP3 1152/576, Vorbis 2048/256,
// Opus 960/120, FLAC 4096).
const std::vector<std::size_t> kCuts{17389, 40001, 61337, 80021};
constexpr std::size_t kTotalFrames = 97001;

struct Format {
    const char* name;
    Container container;
    std::uint32_t rate;
    std::uint16_t bits;
    const char* alsa;
    bool lossless;
};

std::vector<std::uint8_t> concat(const std::vector<std::filesystem::path>& files)
{
    std::vector<std::uint8_t> out;
    for (const auto& f : files) {
        auto bytes = test::decodeAll(f);
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

std::vector<std::filesystem::path> writeCutTracks(const std::filesystem::path& dir, const Format& fmt,
                                                  std::uint32_t seed,
                                                  std::vector<std::int32_t>* original = nullptr)
{
    const auto signal = audio::synthesizeSignal(fmt.rate, 2, fmt.bits, kTotalFrames, seed);
    if (original)
        *original = signal;
    std::vector<std::filesystem::path> files;
    int n = 0;
    for (const auto& piece : test::cutAt(signal, 2, kCuts)) {
        const auto path = dir / (std::string(fmt.name) + "-" + std::to_string(++n) + "." +
                                 audio::extensionOf(fmt.container));
        REQUIRE(audio::writePcmFile(path, {fmt.container, fmt.rate, 2, fmt.bits}, piece).ok());
        files.push_back(path);
    }
    return files;
}

} // namespace

TEST_CASE("every format plays a cut signal back gaplessly: capture == decoded tracks", "[rig][gapless]")
{
    const Format formats[] = {
        {"flac", Container::Flac, 44100, 16, "S16_LE", true},
        {"wav", Container::Wav, 44100, 16, "S16_LE", true},
        {"aiff", Container::Aiff, 44100, 16, "S16_LE", true},
        {"flac24", Container::Flac, 96000, 24, "S32_LE", true},
        {"vorbis", Container::OggVorbis, 44100, 16, "FLOAT_LE", false},
        {"opus", Container::Opus, 48000, 16, "FLOAT_LE", false},
        {"mp3", Container::Mp3, 44100, 16, "FLOAT_LE", false},
    };
    for (const Format& fmt : formats) {
        DYNAMIC_SECTION(fmt.name)
        {
            test::CaptureRig rig(3.0);
            std::vector<std::int32_t> original;
            const auto files = writeCutTracks(rig.dir(), fmt, 7, &original);
            test::Recorder rec;
            const auto underruns = test::playQueue(files, rec);
            CHECK(rec.errors.empty());
            CHECK(rec.skipped.empty());
            REQUIRE(rec.started.size() == files.size());
            for (const auto& now : rec.started)
                CHECK(now.bitPerfect);
            CHECK(underruns == 0);
            const std::size_t bpf = rec.started.front().outputFormat.bytesPerFrame();
            const auto capture = rig.capture(fmt.rate, fmt.alsa);
            REQUIRE_FALSE(capture.empty());
            // Zero samples inserted or dropped at any boundary: the capture is the decoded tracks back to
            // back.
            test::requireSameAudio(capture, concat(files), bpf);
            if (fmt.lossless) // and for lossless formats, the original signal itself
                test::requireSameAudio(
                    capture, test::nativeBytes(original, rec.started.front().sourceFormat.sampleFormat), bpf);
            CHECK(rig.captures().size() == 1); // one stream: no reopen between same-format tracks
        }
    }
}

TEST_CASE("a sample-rate change mid-queue reopens the stream and loses no audio", "[rig][format-change]")
{
    test::CaptureRig rig(3.0);
    const auto a = audio::synthesizeSignal(44100, 2, 16, 30011, 1);
    const auto b = audio::synthesizeSignal(44100, 2, 16, 20021, 2);
    const auto c = audio::synthesizeSignal(48000, 2, 16, 25013, 3);
    const auto d = audio::synthesizeSignal(48000, 2, 16, 15017, 4);
    const std::vector<std::filesystem::path> files{rig.dir() / "a.flac", rig.dir() / "b.flac",
                                                   rig.dir() / "c.flac", rig.dir() / "d.flac"};
    REQUIRE(audio::writePcmFile(files[0], {Container::Flac, 44100, 2, 16}, a).ok());
    REQUIRE(audio::writePcmFile(files[1], {Container::Flac, 44100, 2, 16}, b).ok());
    REQUIRE(audio::writePcmFile(files[2], {Container::Flac, 48000, 2, 16}, c).ok());
    REQUIRE(audio::writePcmFile(files[3], {Container::Flac, 48000, 2, 16}, d).ok());
    test::Recorder rec;
    CHECK(test::playQueue(files, rec) == 0);
    CHECK(rec.errors.empty()); // a device error (e.g. the stall watchdog) explains an empty capture
    REQUIRE(rec.started.size() == 4);
    test::requireSameAudio(rig.capture(44100, "S16_LE"), concat({files[0], files[1]}), 4);
    test::requireSameAudio(rig.capture(48000, "S16_LE"), concat({files[2], files[3]}), 4);
    REQUIRE(rec.finishedTracks.size() == 4);
    CHECK(rec.finishedTracks[0].second == 30011);
    CHECK(rec.finishedTracks[3].second == 15017);
}

TEST_CASE("fixed-rate mode keeps playback gapless across sample rates", "[rig][format-change]")
{
    test::CaptureRig rig(3.0);
    const std::vector<std::filesystem::path> files{rig.dir() / "a.flac", rig.dir() / "b.flac"};
    REQUIRE(audio::writePcmFile(files[0], {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 44100, 1))
                .ok());
    REQUIRE(audio::writePcmFile(files[1], {Container::Flac, 48000, 2, 16},
                                audio::synthesizeSignal(48000, 2, 16, 48000, 2))
                .ok());
    test::Recorder rec;
    playback::PlayerOptions options = test::rigOptions();
    options.fixedRate = 48000;
    CHECK(test::playQueue(files, rec, options) == 0);
    REQUIRE(rec.started.size() == 2);
    CHECK_FALSE(rec.started[0].bitPerfect);
    CHECK(rec.started[1].bitPerfect == false); // 16-bit -> float at the same rate is still a conversion
    REQUIRE(rig.captures().size() == 1);
    const auto capture = test::trimSilence(rig.capture(48000, "FLOAT_LE"), 8);
    // One second at 44.1 kHz becomes 48000 frames, plus the second track's 48000: no gap, nothing lost.
    CHECK(static_cast<long>(capture.size() / 8) == Approx(96000).margin(64));
    // No silence inside: every 10 ms window carries signal.
    std::size_t silentRun = 0;
    std::size_t longest = 0;
    for (std::size_t f = 0; f < capture.size() / 8; ++f) {
        const bool zero = std::all_of(capture.begin() + static_cast<long>(f * 8),
                                      capture.begin() + static_cast<long>(f * 8 + 8),
                                      [](std::uint8_t v) { return v == 0; });
        silentRun = zero ? silentRun + 1 : 0;
        longest = std::max(longest, silentRun);
    }
    CHECK(longest < 8);
}

TEST_CASE("seeking lands on the requested frame", "[rig][seek]")
{
    test::CaptureRig rig(1.0);
    const auto signal = audio::synthesizeSignal(44100, 2, 16, 44100 * 3, 11);
    const auto file = rig.dir() / "seek.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16}, signal).ok());
    const auto source = test::nativeBytes(signal, audio::SampleFormat::S16);

    SECTION("start at a given position")
    {
        {
            playback::Player player(test::rigOptions());
            test::Recorder rec;
            player.setListener(&rec);
            player.setQueue({file});
            player.playIndex(0, 1.5); // frame 66150
            REQUIRE(rec.waitDone(30));
            player.waitUntilStopped();
            player.setListener(nullptr);
        }
        const std::vector<std::uint8_t> expected(source.begin() + 66150 * 4, source.end());
        test::requireSameAudio(rig.capture(44100, "S16_LE"), expected, 4);
    }
    SECTION("seek while playing")
    {
        const std::uint64_t target = 100003;
        {
            playback::Player player(test::rigOptions());
            test::Recorder rec;
            player.setListener(&rec);
            player.setQueue({file});
            player.play();
            REQUIRE(rec.waitStarted(1, 10));
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            player.seekFrames(target);
            REQUIRE(rec.waitDone(30));
            player.waitUntilStopped();
            player.setListener(nullptr);
        }
        const auto capture = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
        // The capture is the start of the track up to some frame k, then the track from `target` on.
        const long k = test::firstDifference(capture, source);
        REQUIRE(k > 0);
        REQUIRE(k % 4 == 0);
        const std::vector<std::uint8_t> after(capture.begin() + k, capture.end());
        const std::vector<std::uint8_t> expected(source.begin() + static_cast<long>(target * 4),
                                                 source.end());
        test::requireSameAudio(after, expected, 4);
    }
}

TEST_CASE("broken files are skipped with an error naming them and playback goes on", "[rig][bad]")
{
    test::CaptureRig rig(3.0);
    const auto a = audio::synthesizeSignal(44100, 2, 16, 23011, 1);
    const auto b = audio::synthesizeSignal(44100, 2, 16, 19013, 2);
    REQUIRE(audio::writePcmFile(rig.dir() / "good1.flac", {Container::Flac, 44100, 2, 16}, a).ok());
    REQUIRE(audio::writePcmFile(rig.dir() / "good2.flac", {Container::Flac, 44100, 2, 16}, b).ok());
    test::writeFile(rig.dir() / "empty.flac", "");
    std::string noise(40000, '\0');
    std::uint32_t x = 99;
    for (char& ch : noise) {
        x = x * 1664525u + 1013904223u;
        ch = static_cast<char>(x >> 24);
    }
    test::writeFile(rig.dir() / "random.ogg", noise);
    test::writeFile(rig.dir() / "readme.wav", "plain text, not audio\n");
    const std::vector<std::filesystem::path> files{rig.dir() / "good1.flac", rig.dir() / "empty.flac",
                                                   rig.dir() / "random.ogg", rig.dir() / "missing.mp3",
                                                   rig.dir() / "readme.wav", rig.dir() / "good2.flac"};
    test::Recorder rec;
    test::playQueue(files, rec);
    CHECK(rec.errors.empty());
    REQUIRE(rec.skipped.size() == 4);
    for (const auto& [path, reason] : rec.skipped)
        CHECK(reason.text.find(path.filename().string()) != std::string::npos);
    REQUIRE(rec.started.size() == 2);
    // The two good tracks still play back to back, gaplessly.
    test::requireSameAudio(rig.capture(44100, "S16_LE"), concat({files[0], files[5]}), 4);
}

TEST_CASE("the render callback never allocates during real playback", "[rig][realtime]")
{
    test::CaptureRig rig(4.0);
    const std::vector<std::filesystem::path> files{rig.dir() / "a.flac", rig.dir() / "b.wav"};
    REQUIRE(audio::writePcmFile(files[0], {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 40000, 1))
                .ok());
    REQUIRE(audio::writePcmFile(files[1], {Container::Wav, 48000, 2, 24},
                                audio::synthesizeSignal(48000, 2, 24, 40000, 2))
                .ok());
    test::Recorder rec;
    playback::PlayerOptions options = test::rigOptions();
    options.volume = 0.5; // exercise the processing path too
    test::playQueue(files, rec, options);
    REQUIRE(rec.started.size() == 2);
    CHECK_FALSE(rec.started[0].bitPerfect);
    CHECK(test::realtimeAllocations() == 0);
}

TEST_CASE("no output device gives a clear error, not a crash", "[rig][device]")
{
    test::TempDir dir;
    // A default PCM that cannot open: PortAudio then lists no output device at all.
    test::writeFile(dir / "asound.conf", "pcm.default { type hw card 99 }\n");
    const std::string cmd = "ALSA_CONFIG_PATH=" + (dir / "asound.conf").string() + " " + ACCORDCTL_PATH +
                            " play /nonexistent.flac > " + (dir / "out.txt").string() + " 2>&1";
    const int rc = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(rc));
    CHECK(WEXITSTATUS(rc) == 1);
    CHECK(textOf(dir / "out.txt").find("no audio output device") != std::string::npos);
}

TEST_CASE("a device that fails mid-stream stops playback cleanly with an error", "[rig][device]")
{
    test::CaptureRig rig(4.0);
    const auto file = longFlac(rig, 20);
    // The pacer exits after ~1.1 s of audio: the ALSA sink breaks under PortAudio while it plays.
    const std::string cmd = rig.environment() + " ACCORD_PACER_FAIL_AFTER=200000 timeout 30 " +
                            ACCORDCTL_PATH + " play '" + file.string() + "' > '" +
                            (rig.dir() / "out.txt").string() + "' 2>&1";
    const auto t0 = std::chrono::steady_clock::now();
    const int rc = std::system(cmd.c_str());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(WIFEXITED(rc));
    CHECK(WEXITSTATUS(rc) == 1); // not 124 (hang, killed by timeout) and not a signal (crash)
    CHECK(seconds < 10);
    CHECK(textOf(rig.dir() / "out.txt").find("output device") != std::string::npos);
}

TEST_CASE("accordctl play stops at once on SIGINT or SIGTERM and still reports", "[rig][signal]")
{
    // Without the progress line the main thread sleeps until an event (the queue's end, or a byte the
    // signal handler writes to its pipe), and the control thread up to a second at a time: a signal must
    // still stop playback at once.
    test::CaptureRig rig(1.0);
    const auto file = longFlac(rig, 30);
    for (const std::string sig : {"INT", "TERM"}) {
        const auto out = rig.dir() / ("out-" + sig + ".json");
        const std::string cmd = rig.environment() + " timeout 30 sh -c '" + ACCORDCTL_PATH +
                                " play --quiet --json \"" + file.string() + "\" > \"" + out.string() +
                                "\" & pid=$!; sleep 1.5; kill -" + sig + " $pid; wait $pid'";
        const auto t0 = std::chrono::steady_clock::now();
        const int rc = std::system(cmd.c_str());
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        INFO("SIG" << sig << " after 1.5 s of a 30 s track: exit " << rc << " after " << seconds << " s");
        REQUIRE(WIFEXITED(rc));
        CHECK(WEXITSTATUS(rc) <= 1); // accordctl's own exit: not killed by the signal, not 124 (a hang)
        CHECK(seconds < 4.0);
        CHECK(textOf(out).find("\"tracks\"") != std::string::npos); // the report was written on the way out
    }
}
