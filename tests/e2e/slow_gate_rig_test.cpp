// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// A gate that takes 3 s per judgement (a fingerprint, a database busy with a scan) must not cost a single
// sample: judgements are made ahead of time on the judgement thread, never on the audio threads.
#include "rig_player.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>
#include <mutex>
#include <pthread.h>
#include <thread>

using namespace accord;

namespace {

class ThreeSecondGate final : public playback::TrackGate {
public:
    playback::GateVerdict check(const std::filesystem::path& file) override
    {
        char name[32] = {};
        pthread_getname_np(pthread_self(), name, sizeof name);
        {
            std::lock_guard lock(mutex);
            askedFrom.emplace_back(name);
            asked.push_back(file.filename().string());
        }
        std::this_thread::sleep_for(std::chrono::seconds(3));
        return {};
    }
    std::chrono::sys_seconds now() const override { return {}; }

    std::mutex mutex;
    std::vector<std::string> askedFrom;
    std::vector<std::string> asked;
};

} // namespace

TEST_CASE("a gate taking 3 s per judgement: five tracks still play byte-exact with no underrun",
          "[rig][gate][slow-gate]")
{
    test::CaptureRig rig(1.0); // real time: judging ahead has to keep up with what is heard
    std::vector<std::filesystem::path> files;
    std::vector<std::uint8_t> expected;
    for (int i = 0; i < 5; ++i) {
        const auto path = rig.dir() / ("t" + std::to_string(i) + ".flac");
        const std::size_t frames = 44100 * 4 + 22050 + 97 * static_cast<std::size_t>(i); // ~4.5 s each
        const auto signal = audio::synthesizeSignal(44100, 2, 16, frames, 40 + static_cast<std::uint32_t>(i));
        REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, 44100, 2, 16}, signal).ok());
        const auto bytes = test::nativeBytes(signal, audio::SampleFormat::S16);
        expected.insert(expected.end(), bytes.begin(), bytes.end());
        files.push_back(path);
    }
    auto gate = std::make_shared<ThreeSecondGate>();
    test::Recorder rec;
    std::uint64_t underruns = 0;
    {
        playback::Player player(test::rigOptions());
        player.setListener(&rec);
        player.setGate(gate);
        player.setQueue(files);
        player.play();
        REQUIRE(rec.waitDone(90.0));
        player.waitUntilStopped();
        underruns = player.status().underruns;
        player.setListener(nullptr);
    }
    CHECK(rec.errors.empty());
    CHECK(rec.skipped.empty());
    CHECK(rec.started.size() == files.size());
    CHECK(underruns == 0);
    {
        std::lock_guard lock(gate->mutex);
        CHECK(gate->asked.size() == files.size()); // each entry judged once, none on a track boundary
        for (const auto& thread : gate->askedFrom)
            CHECK(thread == "accord-judge");
    }
    REQUIRE(rig.captures().size() == 1);
    const auto capture = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
    INFO("captured " << capture.size() / 4 << " frames, expected " << expected.size() / 4);
    CHECK(test::firstDifference(capture, test::trimSilence(expected, 4)) == -1);
}
