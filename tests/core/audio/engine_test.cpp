// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The engine through a capture output: no ALSA, no PortAudio, the real decode thread, ring and callback.
#include "audio/audio_engine.hpp"
#include "audio/pcm_writer.hpp"
#include "support/capture_output.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace accord;

namespace {

// Plays files in order, each once.
class ListSource final : public audio::TrackSource {
public:
    explicit ListSource(std::vector<std::filesystem::path> files) : m_files(std::move(files)) {}
    audio::TrackOffer nextTrack() override
    {
        if (m_next >= m_files.size())
            return audio::TrackOffer::none();
        auto decoder = audio::openDecoder(m_files[m_next]);
        REQUIRE(decoder.ok());
        audio::PreparedTrack track;
        track.token = ++m_next;
        track.decoder = std::move(*decoder);
        return audio::TrackOffer::of(std::move(track));
    }

private:
    std::vector<std::filesystem::path> m_files;
    std::size_t m_next = 0;
};

struct Events final : audio::EngineListener {
    std::vector<std::uint64_t> started;
    std::vector<std::uint64_t> ended;
    std::vector<std::string> deviceErrors;
    bool finished = false;
    void onTrackStarted(const audio::TrackStarted& t) override { started.push_back(t.token); }
    void onTrackEnded(std::uint64_t token, std::uint64_t) override { ended.push_back(token); }
    void onFinished() override { finished = true; }
    void onDeviceError(const base::Error& e) override { deviceErrors.push_back(e.describe()); }
};

std::filesystem::path writeTrack(const test::TempDir& dir, const std::string& name, std::uint32_t rate,
                                 std::size_t frames, std::uint32_t seed)
{
    const auto path = dir / name;
    REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, rate, 2, 16},
                                audio::synthesizeSignal(rate, 2, 16, frames, seed))
                .ok());
    return path;
}

struct Rig {
    std::shared_ptr<test::CaptureDevice> device;
    std::unique_ptr<audio::AudioEngine> engine;
    Events events;

    explicit Rig(double speed = 3.0, std::chrono::milliseconds stallTimeout = std::chrono::milliseconds(3000))
        : device(std::make_shared<test::CaptureDevice>(speed))
    {
        audio::EngineOptions options;
        options.makeOutput = device->factory();
        options.bufferSeconds = 0.5;
        options.stallTimeout = stallTimeout;
        auto created = audio::AudioEngine::create(options);
        REQUIRE(created.ok());
        engine = std::move(*created);
        engine->setListener(&events);
    }
    // The control thread's job: poll ~100 times a second until `done` or the time is up.
    template <typename Done> bool pollUntil(Done done, double seconds = 20.0)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (!done()) {
            if (std::chrono::steady_clock::now() > until)
                return false;
            engine->poll();
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return true;
    }
    bool playToEnd()
    {
        return pollUntil([&] { return events.finished || !events.deviceErrors.empty(); });
    }
};

std::vector<std::uint8_t> decoded(const std::vector<std::filesystem::path>& files)
{
    std::vector<std::uint8_t> out;
    for (const auto& f : files) {
        const auto bytes = test::decodeAll(f);
        out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
}

std::vector<std::uint8_t> withoutSilentFrames(const std::vector<std::uint8_t>& data, std::size_t bpf)
{
    std::vector<std::uint8_t> out;
    for (std::size_t f = 0; f + bpf <= data.size(); f += bpf)
        if (std::any_of(data.begin() + static_cast<long>(f), data.begin() + static_cast<long>(f + bpf),
                        [](std::uint8_t b) { return b != 0; }))
            out.insert(out.end(), data.begin() + static_cast<long>(f),
                       data.begin() + static_cast<long>(f + bpf));
    return out;
}

} // namespace

TEST_CASE("prefill: the stream starts once half the ring is full, then plays the track exactly", "[engine]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 44100 * 2 + 17, 1);
    Rig rig;
    ListSource source({a});
    rig.engine->start(source);
    REQUIRE(rig.playToEnd());
    CHECK(rig.events.deviceErrors.empty());
    CHECK(rig.events.started == std::vector<std::uint64_t>{1});
    CHECK(rig.events.ended == std::vector<std::uint64_t>{1});
    const auto streams = rig.device->streams();
    REQUIRE(streams.size() == 1);
    CHECK(streams[0].ringCapacity >= 22050);
    CHECK(streams[0].readableAtFirstStart >= streams[0].ringCapacity / 2);
    CHECK(rig.engine->stats().underruns == 0);
    const long diff =
        test::firstDifference(test::trimSilence(streams[0].bytes, 4), test::trimSilence(decoded({a}), 4));
    CHECK(diff == -1);
    CHECK_FALSE(rig.engine->isActive());
}

TEST_CASE("format change: another rate reopens the stream after the first played out, losing nothing",
          "[engine][format-change]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 30011, 1);
    const auto b = writeTrack(dir, "b.flac", 44100, 20021, 2);
    const auto c = writeTrack(dir, "c.flac", 48000, 25013, 3);
    const auto d = writeTrack(dir, "d.flac", 48000, 15017, 4);
    Rig rig;
    ListSource source({a, b, c, d});
    rig.engine->start(source);
    REQUIRE(rig.playToEnd());
    CHECK(rig.events.deviceErrors.empty());
    CHECK(rig.events.started == std::vector<std::uint64_t>{1, 2, 3, 4});
    const auto streams = rig.device->streams();
    REQUIRE(streams.size() == 2); // a and b share one stream, c and d the next
    CHECK(streams[0].format.sampleRate == 44100);
    CHECK(streams[1].format.sampleRate == 48000);
    CHECK(test::firstDifference(test::trimSilence(streams[0].bytes, 4), decoded({a, b})) == -1);
    CHECK(test::firstDifference(test::trimSilence(streams[1].bytes, 4), decoded({c, d})) == -1);
    CHECK(rig.engine->stats().streamsOpened == 2);
    CHECK(rig.engine->stats().underruns == 0);
}

TEST_CASE("the stall watchdog stops a stream whose device stopped pulling, with an error",
          "[engine][watchdog]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 44100 * 20, 5);
    Rig rig(1.0, std::chrono::milliseconds(300));
    ListSource source({a});
    rig.engine->start(source);
    REQUIRE(rig.pollUntil([&] { return !rig.events.started.empty(); }));
    SECTION("the device stops consuming")
    {
        rig.device->stall(true);
        const auto t0 = std::chrono::steady_clock::now();
        REQUIRE(rig.pollUntil([&] { return !rig.events.deviceErrors.empty(); }, 5.0));
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        CHECK(took >= 0.25);
        CHECK(took < 2.0);
        CHECK(rig.events.deviceErrors[0].find("stopped consuming audio for 300 ms") != std::string::npos);
    }
    SECTION("the device dies")
    {
        rig.device->fail();
        REQUIRE(rig.pollUntil([&] { return !rig.events.deviceErrors.empty(); }, 5.0));
        CHECK(rig.events.deviceErrors[0].find("stopped unexpectedly") != std::string::npos);
    }
    CHECK_FALSE(rig.engine->isActive());
    CHECK(rig.device->running() == 0);
}

TEST_CASE("pause stops pulling and resume goes on where it stopped: nothing lost or repeated",
          "[engine][pause]")
{
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 44100 * 2, 6);
    Rig rig(2.0);
    ListSource source({a});
    rig.engine->start(source);
    REQUIRE(rig.pollUntil([&] { return rig.device->framesPulled() > 20000; }));
    rig.engine->pause();
    CHECK(rig.engine->isPaused());
    const auto pulled = rig.device->framesPulled();
    rig.pollUntil([] { return false; }, 0.3);
    CHECK(rig.device->framesPulled() == pulled); // the stream is stopped while paused
    CHECK(rig.device->running() == 0);
    REQUIRE(rig.engine->resume().ok());
    REQUIRE(rig.playToEnd());
    CHECK(rig.events.deviceErrors.empty());
    const auto streams = rig.device->streams();
    REQUIRE(streams.size() == 1);
    CHECK(streams[0].starts == 2);
    // Silence is allowed where the pause was; every frame of audio arrives exactly once, in order.
    CHECK(test::firstDifference(withoutSilentFrames(streams[0].bytes, 4),
                                withoutSilentFrames(decoded({a}), 4)) == -1);
}

TEST_CASE("the end of the queue and a format change play the device's buffer out before the stream stops",
          "[engine][drain]")
{
    // PortAudio 19.6 stops (and aborts) ALSA streams with a drop, which discards what the device still holds:
    // a stream stopped as soon as its last frame left the ring would lose up to its output latency of audio.
    // The engine keeps it running on silence until that much silence (and one callback) has followed.
    test::TempDir dir;
    const auto a = writeTrack(dir, "a.flac", 44100, 20011, 1);
    const auto b = writeTrack(dir, "b.flac", 48000, 15017, 2);
    Rig rig;
    const std::uint64_t latency = 11025; // 0.25 s at 44.1 kHz
    rig.device->setLatency(latency);
    ListSource source({a, b});
    rig.engine->start(source);
    REQUIRE(rig.playToEnd());
    CHECK(rig.events.deviceErrors.empty());
    const auto streams = rig.device->streams();
    REQUIRE(streams.size() == 2);
    for (const auto& stream : streams) {
        const auto& bytes = stream.bytes;
        std::size_t last = bytes.size() / 4;
        while (last > 0 && std::all_of(bytes.begin() + static_cast<long>((last - 1) * 4),
                                       bytes.begin() + static_cast<long>(last * 4),
                                       [](std::uint8_t v) { return v == 0; }))
            --last;
        const std::size_t trailing = bytes.size() / 4 - last;
        INFO(stream.format.sampleRate << " Hz: " << trailing << " frames of silence after the last frame, "
                                      << bytes.size() / 4 << " frames in all");
        CHECK(trailing >= latency);
    }
    CHECK(test::firstDifference(test::trimSilence(streams[0].bytes, 4), decoded({a})) == -1);
    CHECK(test::firstDifference(test::trimSilence(streams[1].bytes, 4), decoded({b})) == -1);
}
