// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/key_provider.hpp"
#include "audio/audio_output.hpp"
#include "playback/player_listener.hpp"
#include "playback/replay_gain.hpp"
#include "playback/track_gate.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace accord::playback {

enum class RepeatMode { Off, One, All };

/// What to queue: a file, and the library track it is when known (so the gate need not identify it again).
struct QueueEntry {
    std::filesystem::path path;
    std::optional<std::int64_t> trackId; ///< library track id
};

/// One entry of the play queue. `id` is assigned by the player and stays with the entry when it moves.
struct QueueItem {
    std::uint64_t id = 0;
    std::filesystem::path path;
    std::optional<std::int64_t> trackId; ///< library track id, when the entry was queued with one
    /// The gate's cached judgement of this entry, made off the audio threads (see QueueSource). Empty while
    /// it is being made, after the context changed (Player::rejudge()), and once its validUntil passed.
    std::optional<GateVerdict> verdict;
};

struct PlayerOptions {
    std::string deviceName;                 ///< empty: the default output device
    std::optional<std::uint32_t> fixedRate; ///< resample everything to this rate (gapless across rates)
    double volume = 1.0;                    ///< 1.0 is bit-perfect passthrough
    ReplayGainSettings replayGain;          ///< off by default: bit-perfect
    double bufferSeconds = 1.0;             ///< decode-ahead ring length
    audio::OutputFactory makeOutput;        ///< empty: PortAudio; tests plug in a capture
    /// A running stream whose device has not pulled audio for this long has failed (the stall watchdog).
    std::chrono::milliseconds stallTimeout{3000};
    /// While a stream plays steadily, positions (status() and the listener's onPosition) are updated this
    /// often; each update wakes the control thread, which costs CPU for as long as music plays. Track
    /// starts and ends are delivered when they become audible whatever this is. 0: no periodic updates
    /// (`accordctl play` without its progress line): the control thread sleeps up to a second at a time
    /// while a stream plays, and positions are as of its last wake-up.
    std::chrono::milliseconds positionInterval{100};
    /// Content keys for encrypted (.acx) files, asked on the decode thread when such a file is opened
    /// (and by playTone on the control thread). Null: .acx entries are skipped, naming the file.
    std::shared_ptr<const acx::KeyProvider> contentKeys;
};

/// A snapshot of the player for polling front ends. [any thread]
struct PlayerStatus {
    PlaybackState state = PlaybackState::Stopped;
    std::optional<NowPlaying> now;
    std::uint64_t positionFrames = 0;
    std::uint32_t sampleRate = 0;
    std::size_t queueLength = 0;
    double volume = 1.0;
    RepeatMode repeat = RepeatMode::Off;
    std::uint64_t underruns = 0;
    std::uint64_t tracksPlayed = 0;
};

/// The playback facade: a play queue, the audio engine behind it, and an optional licence gate.
/// Every public method is [any thread] and returns at once: commands are carried out in order on the
/// player's control thread, which is also the thread that calls the listener.
///
/// Threads: the control thread ("accord-control") runs commands, polls the engine ~20 times a second and is
/// the only thread that calls PortAudio (streams and device listing). The judgement thread
/// ("accord-judge") asks the gate about queue entries when they are queued, when the context changes
/// (rejudge()) and when a verdict's validUntil passes, the entry that plays next first, and caches the
/// verdict in the entry: a gate may take seconds (tags, fingerprints, a busy database) without delaying
/// the control thread's poll or the audio. The decode thread only reads cached verdicts, and when the one
/// it needs is not there yet it tries again a few milliseconds later while the ring keeps the device fed
/// (audio::TrackSource). The real-time callback only copies frames.
class Player {
public:
    explicit Player(PlayerOptions options = {});
    ~Player();
    Player(const Player&) = delete;
    Player& operator=(const Player&) = delete;

    /// Not owned; must outlive the player or be reset to nullptr first.
    void setListener(PlayerListener* listener);
    /// Every entry is judged again by the new gate (nullptr: everything plays).
    void setGate(std::shared_ptr<TrackGate> gate);
    /// Judges every entry again: call it when the gate's answers may have changed (listener context,
    /// catalogue import). Entries already judged keep playing what they were allowed until re-judged;
    /// an entry is not started before its new verdict is in.
    void rejudge();

    // Queue. Indices refer to the queue as it is when the command runs.
    std::vector<QueueItem>
    setQueue(const std::vector<std::filesystem::path>& files); ///< replaces, returns ids
    std::vector<QueueItem> append(const std::vector<std::filesystem::path>& files);
    void insert(std::size_t index, const std::vector<std::filesystem::path>& files);
    /// The same with library track ids, which the gate may use instead of identifying the file.
    std::vector<QueueItem> setQueueEntries(const std::vector<QueueEntry>& entries);
    std::vector<QueueItem> appendEntries(const std::vector<QueueEntry>& entries);
    void insertEntries(std::size_t index, const std::vector<QueueEntry>& entries);
    void remove(std::uint64_t itemId);
    void move(std::uint64_t itemId, std::size_t toIndex);
    void clear();
    void shuffle();
    void setRepeat(RepeatMode mode);
    std::vector<QueueItem> queue() const;

    // Transport.
    void play(); ///< from the current entry (or the first)
    void playIndex(std::size_t index, double startSeconds = 0.0);
    /// pause() and stop() report the new state (onStateChanged) before the device is stopped, which may
    /// take as long as the device's buffer: MPRIS and the window show it at once.
    void pause();
    void resume();
    void togglePause();
    void stop();
    void next();
    void previous();                      ///< restarts the track if more than 3 s in
    void seekFrames(std::uint64_t frame); ///< frame-accurate, in the current track's source frames
    void seekSeconds(double seconds);
    void setVolume(double volume); ///< 0..1; 1.0 is bit-perfect
    void setDevice(const std::string& name);
    void setFixedRate(std::optional<std::uint32_t> rate);
    /// ReplayGain from now on: what plays restarts at its position with the new gain. Setting what is
    /// already set (device, fixed rate, ReplayGain) changes nothing and does not interrupt playback.
    void setReplayGain(const ReplayGainSettings& settings);

    /// The output devices, listed on the control thread: the one thread that calls PortAudio, so a listing
    /// never races the streams the player drives. The future is ready once the control thread got to it.
    std::future<base::Result<std::vector<audio::OutputDevice>>> listDevices();

    /// Plays one file once on `deviceName` (empty: the default device) beside the queue, which is left as it
    /// is: the settings' test tone. Its stream is opened, polled and closed on this player's control thread,
    /// the one thread that calls PortAudio. A failure to open the device goes to onError().
    void playTone(const std::filesystem::path& file, const std::string& deviceName);

    PlayerStatus status() const;
    /// Blocks until the queue has finished or stop() ran. For accordctl. [not the control thread]
    void waitUntilStopped() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::playback
