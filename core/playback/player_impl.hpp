// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_engine.hpp"
#include "playback/judgement_thread.hpp"
#include "playback/player.hpp"
#include "playback/queue_source.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace accord::playback {

/// The player's inside: the command queue and the control thread that runs commands, polls the engine
/// ~20 times a second and turns engine events into PlayerListener calls. Private to the playback module.
/// Members are touched only on the control thread, except the command queue and `status` (own mutexes).
struct Player::Impl final : audio::EngineListener {
    PlayerOptions options;
    PlayerListener* listener = nullptr;
    QueueSource source;
    JudgementThread judging{source}; ///< after `source`, so it stops first
    std::unique_ptr<audio::AudioEngine> engine;
    /// The test tone (playTone): its own engine and one-file source, dropped once it has played out.
    std::unique_ptr<audio::TrackSource> toneSource;
    std::unique_ptr<audio::AudioEngine> toneEngine;
    std::mutex cmdMutex;
    std::condition_variable cmdCv;
    std::deque<std::function<void()>> commands;
    bool quit = false;
    bool markerQueued = false; ///< the engine queued a marker: recompute the sleep (cmdMutex)
    bool idle = true;
    mutable std::condition_variable idleCv;

    mutable std::mutex statusMutex;
    PlayerStatus status;
    std::uint64_t currentStart = 0; ///< source frame the audible track started at (control thread)
    std::thread thread;
    explicit Impl(PlayerOptions opts); ///< starts the control thread
    ~Impl() override;                  ///< stops and joins it
    /// Queues a command for the control thread. [any thread]
    void post(std::function<void()> f);
    // Everything below runs on the control thread.
    void threadMain();
    void tick();
    void setState(PlaybackState s);
    bool ensureEngine();
    std::optional<std::size_t> currentIndex();
    void startAt(std::size_t index, std::uint64_t frame, bool paused, double seconds = 0.0);
    void stopPlayback();
    void restartHere();
    NowPlaying describe(const audio::TrackStarted& t, std::size_t index,
                        const std::filesystem::path& path) const;

    // audio::EngineListener, called from engine->poll() on the control thread.
    void onTrackStarted(const audio::TrackStarted& t) override;
    void onTrackEnded(std::uint64_t token, std::uint64_t frames) override;
    void onTrackFailed(std::uint64_t token, const base::Error& error) override;
    void onFinished() override;
    void onDeviceError(const base::Error& error) override;
};

} // namespace accord::playback
