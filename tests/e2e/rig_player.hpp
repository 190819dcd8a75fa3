// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "playback/player.hpp"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace accord::test {

/// Records everything a Player reports, for assertions.
class Recorder final : public playback::PlayerListener {
public:
    void onTrackChanged(const playback::NowPlaying& now) override;
    void onTrackSkipped(std::size_t index, const std::filesystem::path& path,
                        const playback::SkipReason& reason) override;
    void onTrackFinished(std::size_t index, std::uint64_t frames) override;
    void onQueueFinished() override;
    void onError(const base::Error& error) override;

    /// Waits until the queue finished or an error came; false on timeout.
    bool waitDone(double seconds);
    /// Waits until at least `n` tracks have started.
    bool waitStarted(std::size_t n, double seconds);

    std::mutex mutex;
    std::condition_variable cv;
    std::vector<playback::NowPlaying> started;
    std::vector<std::pair<std::filesystem::path, playback::SkipReason>> skipped;
    std::vector<std::pair<std::size_t, std::uint64_t>> finishedTracks;
    std::vector<std::string> errors;
    bool done = false;
};

/// Player options for the rig (see playQueue()).
playback::PlayerOptions rigOptions();

/// REQUIREs that `capture` is `expected` to the byte once leading and trailing silence is trimmed from
/// both (what a gapless, bit-perfect play of the sources gives); `bpf`: bytes per frame. [test thread]
void requireSameAudio(const std::vector<std::uint8_t>& capture, const std::vector<std::uint8_t>& expected,
                      std::size_t bpf);

/// Plays `files` as one queue through a real Player and waits for the end (60 s at most).
/// Returns the underrun count. The stall watchdog gets 15 s unless `options` says otherwise: the rig's
/// "device" is a pacer process that a loaded machine (ctest -j) may start or schedule seconds late, which
/// the 3 s default took for a dead device (an empty capture, seen once under ctest -j2).
std::uint64_t playQueue(const std::vector<std::filesystem::path>& files, Recorder& recorder,
                        playback::PlayerOptions options = rigOptions());

} // namespace accord::test
