// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The whole player (control, judgement and decode threads, the real render callback) into a capture output:
// no ALSA, no PortAudio.
#include "audio/pcm_writer.hpp"
#include "playback/player.hpp"
#include "support/capture_output.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <pthread.h>
#include <thread>

using namespace accord;

namespace {

class Listener final : public playback::PlayerListener {
public:
    void onStateChanged(playback::PlaybackState s) override
    {
        std::lock_guard lock(m_mutex);
        state = s;
        m_cv.notify_all();
    }
    void onTrackChanged(const playback::NowPlaying& now) override
    {
        std::lock_guard lock(m_mutex);
        if (started.empty() || lastId != now.queueItemId) // a restart in the same entry is not a new track
            started.push_back(now.path.filename().string());
        lastId = now.queueItemId;
        m_cv.notify_all();
    }
    void onTrackSkipped(std::size_t, const std::filesystem::path& path, const playback::SkipReason&) override
    {
        std::lock_guard lock(m_mutex);
        skipped.push_back(path.filename().string());
    }
    void onQueueFinished() override
    {
        std::lock_guard lock(m_mutex);
        finished = true;
        m_cv.notify_all();
    }
    void onError(const base::Error& e) override
    {
        std::lock_guard lock(m_mutex);
        errors.push_back(e.describe());
        finished = true;
        m_cv.notify_all();
    }
    template <typename P> bool waitFor(P predicate, double seconds = 30.0)
    {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, std::chrono::duration<double>(seconds), [&] { return predicate(*this); });
    }

    playback::PlaybackState state = playback::PlaybackState::Stopped;
    std::vector<std::string> started;
    std::vector<std::string> skipped;
    std::vector<std::string> errors;
    bool finished = false;
    std::uint64_t lastId = 0;

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

std::filesystem::path writeTrack(const test::TempDir& dir, const std::string& name, std::size_t frames,
                                 std::uint32_t seed)
{
    const auto path = dir / name;
    REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, frames, seed))
                .ok());
    return path;
}

std::vector<std::uint8_t> slice(const std::vector<std::uint8_t>& v, std::size_t from, std::size_t to)
{
    to = std::min(to, v.size());
    from = std::min(from, to);
    return {v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(to)};
}

// A gate that takes its time, like one that fingerprints or waits on a database during a scan, and
// notes which thread asked.
class SlowGate final : public playback::TrackGate {
public:
    explicit SlowGate(std::chrono::milliseconds delay) : m_delay(delay) {}
    playback::GateVerdict check(const std::filesystem::path&) override
    {
        char name[32] = {};
        pthread_getname_np(pthread_self(), name, sizeof name);
        {
            std::lock_guard lock(m_mutex);
            threads.push_back(name);
        }
        std::this_thread::sleep_for(m_delay);
        return {};
    }
    std::chrono::sys_seconds now() const override { return {}; }
    std::vector<std::string> askedFrom() const
    {
        std::lock_guard lock(m_mutex);
        return threads;
    }

private:
    std::chrono::milliseconds m_delay;
    mutable std::mutex m_mutex;
    std::vector<std::string> threads;
};

} // namespace

TEST_CASE("seeking while playing lands on the requested frame", "[player][seek]")
{
    test::TempDir dir;
    const auto file = writeTrack(dir, "seek.flac", 44100 * 3, 11);
    const auto source = test::decodeAll(file);
    auto device = std::make_shared<test::CaptureDevice>(2.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    const std::uint64_t target = 100003;
    Listener listener;
    {
        playback::Player player(options);
        player.setListener(&listener);
        player.setQueue({file});
        player.play();
        REQUIRE(listener.waitFor([](const Listener& l) { return !l.started.empty(); }));
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        player.seekFrames(target);
        REQUIRE(listener.waitFor([](const Listener& l) { return l.finished; }));
        player.waitUntilStopped();
        CHECK(player.status().underruns == 0);
        player.setListener(nullptr);
    }
    CHECK(listener.errors.empty());
    const auto streams = device->streams();
    REQUIRE(streams.size() == 1); // a seek restarts the stream, it does not reopen it
    CHECK(streams[0].starts == 2);
    const auto capture = test::trimSilence(streams[0].bytes, 4);
    // The capture is the start of the track up to some frame k, then the track from `target` on.
    const long k = test::firstDifference(capture, source);
    REQUIRE(k > 0);
    REQUIRE(k % 4 == 0);
    CHECK(static_cast<std::uint64_t>(k / 4) < target);
    CHECK(test::firstDifference(slice(capture, static_cast<std::size_t>(k), capture.size()),
                                slice(source, target * 4, source.size())) == -1);
}

TEST_CASE("removing entries: the next one is dropped even if pre-opened, the playing one stops playback",
          "[player][remove]")
{
    test::TempDir dir;
    // a is long enough that b is pre-opened but not yet decoded into the (1 s) ring when it is removed.
    const auto a = writeTrack(dir, "a.flac", 44100 * 6, 1);
    const auto b = writeTrack(dir, "b.flac", 44100, 2);
    const auto c = writeTrack(dir, "c.flac", 44100 * 10, 3);
    auto device = std::make_shared<test::CaptureDevice>(4.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    Listener listener;
    {
        playback::Player player(options);
        player.setListener(&listener);
        const auto items = player.setQueue({a, b, c});
        player.play();
        REQUIRE(listener.waitFor([](const Listener& l) { return !l.started.empty(); }));
        std::this_thread::sleep_for(std::chrono::milliseconds(100)); // b is pre-opened by now
        player.remove(items[1].id);
        REQUIRE(listener.waitFor([](const Listener& l) { return l.started.size() == 2; }));
        player.remove(items[2].id); // the playing entry
        REQUIRE(
            listener.waitFor([](const Listener& l) { return l.state == playback::PlaybackState::Stopped; }));
        player.waitUntilStopped();
        CHECK(player.status().state == playback::PlaybackState::Stopped);
        const auto left = player.queue();
        REQUIRE(left.size() == 1);
        CHECK(left[0].path == a);
        player.setListener(nullptr);
    }
    CHECK(listener.started == std::vector<std::string>{"a.flac", "c.flac"});
    CHECK(listener.errors.empty());
    CHECK(device->running() == 0);
    const auto streams = device->streams();
    REQUIRE(streams.size() == 1);
    const auto capture = test::trimSilence(streams[0].bytes, 4);
    const auto aBytes = test::decodeAll(a);
    const auto cBytes = test::decodeAll(c);
    // a in full, then c from its start until it was removed - and no frame of b.
    CHECK(test::firstDifference(slice(capture, 0, aBytes.size()), aBytes) == -1);
    const auto rest = slice(capture, aBytes.size(), capture.size());
    CHECK(rest.size() < cBytes.size());
    CHECK(test::firstDifference(rest, slice(cBytes, 0, rest.size())) == -1);
}

TEST_CASE("removing an entry already decoded into the ring: it is not heard", "[player][remove]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100 * 2, 1);
    const auto b = writeTrack(dir, "b.flac", 22050, 2); // a's last second and all of b fit in the ring
    const auto c = writeTrack(dir, "c.flac", 44100, 3);
    auto device = std::make_shared<test::CaptureDevice>(1.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    Listener listener;
    {
        playback::Player player(options);
        player.setListener(&listener);
        const auto items = player.setQueue({a, b, c});
        player.play();
        REQUIRE(listener.waitFor([](const Listener& l) { return !l.started.empty(); }));
        std::this_thread::sleep_for(std::chrono::milliseconds(1300));
        player.remove(items[1].id);
        REQUIRE(listener.waitFor([](const Listener& l) { return l.finished; }));
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    CHECK(listener.errors.empty());
    CHECK(listener.started == std::vector<std::string>{"a.flac", "c.flac"});
}

TEST_CASE("a slow gate is asked off the audio threads, ahead of time: the queue plays without a gap",
          "[player][gate]")
{
    test::TempDir dir;
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 4; ++i)
        files.push_back(writeTrack(dir, std::to_string(i) + ".flac",
                                   22050 + 101 * static_cast<std::size_t>(i),
                                   static_cast<std::uint32_t>(20 + i)));
    auto device = std::make_shared<test::CaptureDevice>(1.0);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    auto gate = std::make_shared<SlowGate>(std::chrono::milliseconds(300));
    Listener listener;
    std::uint64_t underruns = 0;
    {
        playback::Player player(options);
        player.setListener(&listener);
        player.setGate(gate);
        player.setQueue(files);
        player.play();
        REQUIRE(listener.waitFor([](const Listener& l) { return l.finished; }));
        player.waitUntilStopped();
        underruns = player.status().underruns;
        player.setListener(nullptr);
    }
    CHECK(listener.errors.empty());
    CHECK(listener.started.size() == files.size());
    CHECK(underruns == 0);
    for (const auto& thread : gate->askedFrom())
        CHECK(thread == "accord-judge");
    CHECK(gate->askedFrom().size() == files.size());
    std::vector<std::uint8_t> expected;
    for (const auto& f : files) {
        const auto bytes = test::decodeAll(f);
        expected.insert(expected.end(), bytes.begin(), bytes.end());
    }
    const auto streams = device->streams();
    REQUIRE(streams.size() == 1);
    CHECK(test::firstDifference(test::trimSilence(streams[0].bytes, 4), expected) == -1);
}

TEST_CASE("the test tone plays beside the queue, its stream opened on the control thread", "[player][tone]")
{
    test::TempDir dir;
    const auto tone = writeTrack(dir, "tone.flac", 44100 / 2, 5);
    const auto queued = writeTrack(dir, "queued.flac", 44100, 6);
    const auto source = test::decodeAll(tone);
    auto device = std::make_shared<test::CaptureDevice>(3.0);
    std::mutex mutex;
    std::vector<std::string> openedOn;
    playback::PlayerOptions options;
    options.makeOutput = [&, factory = device->factory()] {
        char name[32] = {};
        pthread_getname_np(pthread_self(), name, sizeof name);
        {
            std::lock_guard lock(mutex);
            openedOn.push_back(name);
        }
        return factory();
    };
    Listener listener;
    {
        playback::Player player(options);
        player.setListener(&listener);
        player.setQueue({queued});
        player.playTone(tone, "");
        // The tone plays out and its stream is closed again, by the player itself.
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        auto done = [&] { return device->framesPulled() >= source.size() / 4 && device->running() == 0; };
        while (!done() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(device->running() == 0);
        // The queue is untouched and nothing of it played.
        CHECK(player.queue().size() == 1);
        CHECK(listener.started.empty());
        player.setListener(nullptr);
    }
    CHECK(listener.errors.empty());
    const auto streams = device->streams();
    REQUIRE(streams.size() == 1);
    // Bit-perfect: the tone's decoded samples, with nothing but silence around them.
    auto audible = [](const std::vector<std::uint8_t>& v) { // from the first frame that is not silent
        const auto first = std::find_if(v.begin(), v.end(), [](std::uint8_t b) { return b != 0; });
        return static_cast<std::size_t>(first - v.begin()) / 4 * 4; // 16-bit stereo frames
    };
    const auto& bytes = streams[0].bytes;
    const std::size_t from = audible(bytes);
    const std::size_t sourceFrom = audible(source);
    CHECK(slice(bytes, from, from + source.size() - sourceFrom) == slice(source, sourceFrom, source.size()));
    std::lock_guard lock(mutex);
    REQUIRE_FALSE(openedOn.empty());
    for (const std::string& thread : openedOn)
        CHECK(thread == "accord-control");
}
