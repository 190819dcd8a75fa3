// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/track_source.hpp"
#include "playback/play_queue.hpp"
#include "playback/track_gate.hpp"

#include <map>
#include <memory>
#include <mutex>

namespace accord::playback {

/// Feeds the audio engine from the play queue: asks the gate about each entry before opening it,
/// skips what is blocked or unreadable (recording why), and applies preview cuts and licence caps.
/// The queue itself is edited by the player's control thread under this object's lock.
class QueueSource final : public audio::TrackSource {
public:
    struct Skip {
        std::size_t queueIndex;
        std::uint64_t itemId;
        std::filesystem::path path;
        SkipReason reason;
    };

    /// [control thread] Runs `f(PlayQueue&)` under the lock.
    template <typename F> auto edit(F&& f)
    {
        std::lock_guard lock(m_mutex);
        return f(m_queue);
    }
    /// The next nextTrack() starts at this entry, at this source frame plus `seconds`. [control thread]
    void startAt(std::uint64_t itemId, std::uint64_t startFrame, double seconds = 0.0);
    void setRepeat(RepeatMode mode);
    RepeatMode repeat() const;
    void setGate(std::shared_ptr<TrackGate> gate);
    /// Skips recorded by the decode thread since the last call. [control thread]
    std::vector<Skip> takeSkips();
    /// The gate's verdict for a delivered entry (for now-playing and the signal path).
    std::optional<GateVerdict> verdictFor(std::uint64_t itemId) const;

    // audio::TrackSource [decode thread]
    std::optional<audio::PreparedTrack> nextTrack() override;
    std::optional<audio::PreparedTrack> confirm(audio::PreparedTrack track) override;

private:
    /// The outcome of asking the gate and opening the file, made without holding the lock.
    struct Prepared {
        GateVerdict verdict;
        std::optional<audio::PreparedTrack> track;
        std::optional<SkipReason> skip;
    };
    std::optional<std::size_t> nextIndexLocked();
    static Prepared prepare(const QueueItem& item, const std::shared_ptr<TrackGate>& gate,
                            std::uint64_t startFrame, double startSeconds);
    /// Records a skip or the verdict (lock held); returns the track when it can play.
    std::optional<audio::PreparedTrack> record(const QueueItem& item, Prepared prepared);
    void skipLocked(const QueueItem& item, SkipReason reason);

    mutable std::mutex m_mutex;
    PlayQueue m_queue;
    std::shared_ptr<TrackGate> m_gate;
    RepeatMode m_repeat = RepeatMode::Off;
    std::optional<std::uint64_t> m_startId;
    std::uint64_t m_startFrame = 0;
    double m_startSeconds = 0.0;
    std::optional<std::uint64_t> m_lastId;
    std::size_t m_lastIndex = 0;
    std::vector<Skip> m_skips;
    std::map<std::uint64_t, GateVerdict> m_verdicts;
};

} // namespace accord::playback
