// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "rig_player.hpp"

#include "support/capture_rig.hpp"

#include <catch2/catch.hpp>

#include <chrono>

namespace accord::test {

void Recorder::onTrackChanged(const playback::NowPlaying& now)
{
    std::lock_guard lock(mutex);
    if (started.empty() || started.back().queueItemId != now.queueItemId)
        started.push_back(now);
    cv.notify_all();
}

void Recorder::onTrackSkipped(std::size_t, const std::filesystem::path& path,
                              const playback::SkipReason& reason)
{
    std::lock_guard lock(mutex);
    skipped.emplace_back(path, reason);
}

void Recorder::onTrackFinished(std::size_t index, std::uint64_t frames)
{
    std::lock_guard lock(mutex);
    finishedTracks.emplace_back(index, frames);
}

void Recorder::onQueueFinished()
{
    std::lock_guard lock(mutex);
    done = true;
    cv.notify_all();
}

void Recorder::onError(const base::Error& error)
{
    std::lock_guard lock(mutex);
    errors.push_back(error.describe());
    done = true;
    cv.notify_all();
}

bool Recorder::waitDone(double seconds)
{
    std::unique_lock lock(mutex);
    return cv.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return done; });
}

bool Recorder::waitStarted(std::size_t n, double seconds)
{
    std::unique_lock lock(mutex);
    return cv.wait_for(lock, std::chrono::duration<double>(seconds),
                       [&] { return started.size() >= n || done; });
}

playback::PlayerOptions rigOptions()
{
    playback::PlayerOptions options;
    options.stallTimeout = std::chrono::seconds(15);
    return options;
}

std::uint64_t playQueue(const std::vector<std::filesystem::path>& files, Recorder& recorder,
                        playback::PlayerOptions options)
{
    playback::Player player(options);
    player.setListener(&recorder);
    player.setQueue(files);
    player.play();
    recorder.waitDone(60.0);
    player.waitUntilStopped();
    const auto underruns = player.status().underruns;
    player.setListener(nullptr);
    return underruns;
}

void requireSameAudio(const std::vector<std::uint8_t>& capture, const std::vector<std::uint8_t>& expected,
                      std::size_t bpf)
{
    const auto got = trimSilence(capture, bpf);
    const auto want = trimSilence(expected, bpf);
    INFO("captured " << got.size() / bpf << " frames, expected " << want.size() / bpf);
    const long diff = firstDifference(got, want);
    INFO("first difference at frame " << (diff < 0 ? -1 : diff / static_cast<long>(bpf)));
    REQUIRE(diff == -1);
}

} // namespace accord::test
