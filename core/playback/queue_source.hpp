// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/key_provider.hpp"
#include "audio/track_source.hpp"
#include "playback/play_queue.hpp"
#include "playback/replay_gain.hpp"
#include "playback/track_gate.hpp"

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace accord::playback {

/// The play queue and its judgements, feeding the audio engine.
///
/// Two sides, one short lock (never held across the gate, a file open or any other slow call):
/// - the judgement side [judgement thread; tests may call it directly]: judgeOne() asks the gate about one
///   entry that has no current verdict - the entry the decode thread is waiting for first, then the one
///   that plays next, then queue order - and caches the verdict in the entry (QueueItem::verdict);
///   expireDue() drops verdicts whose validUntil has passed so they are judged again;
/// - the decode side [decode thread] (audio::TrackSource): nextTrack()/confirm() read the cached verdict,
///   skip what is blocked or unreadable (recording why), and apply preview cuts and licence caps. They
///   never call the gate (not even its clock): an entry without a current verdict answers NotReady and is
///   moved to the front of the judgement order.
/// The queue itself is edited by the player's control thread through edit().
class QueueSource final : public audio::TrackSource {
public:
    /// The judgement thread's lookup of an entry's scanned ReplayGain (`tags` empty: none stored).
    struct ScannedGainLookup {
        std::optional<ReplayGainTags> tags;
    };
    struct Skip {
        std::size_t queueIndex;
        std::uint64_t itemId;
        std::filesystem::path path;
        SkipReason reason;
    };

    /// `keys` gives the content keys of encrypted (.acx) entries, for the decode side; without one (null,
    /// or no key for a file) such an entry is skipped with an error naming the file.
    explicit QueueSource(std::shared_ptr<const acx::KeyProvider> keys = nullptr) : m_keys(std::move(keys)) {}

    /// Runs `f(PlayQueue&)` under the lock; new or moved entries are judged from then on. [control thread]
    template <typename F> auto edit(F&& f)
    {
        std::lock_guard lock(m_mutex);
        m_cursor = 0;
        wakeJudgeLocked();
        return f(m_queue);
    }
    /// Runs `f(const PlayQueue&)` under the lock. [any thread]
    template <typename F> auto read(F&& f) const
    {
        std::lock_guard lock(m_mutex);
        return f(static_cast<const PlayQueue&>(m_queue));
    }
    /// The next nextTrack() starts at this entry, at this source frame plus `seconds`. [control thread]
    void startAt(std::uint64_t itemId, std::uint64_t startFrame, double seconds = 0.0);
    void setRepeat(RepeatMode mode);
    RepeatMode repeat() const;
    /// ReplayGain for the tracks opened from now on (their tags are read when they are opened; the scanned
    /// values in the library are looked up again on the judgement thread). [any thread]
    void setReplayGain(const ReplayGainSettings& settings);
    /// Replaces the gate; every entry is judged again. [any thread]
    void setGate(std::shared_ptr<TrackGate> gate);
    /// Every entry is judged again (the gate's context changed). [any thread]
    void rejudge();
    /// Skips recorded by the decode thread since the last call. [control thread]
    std::vector<Skip> takeSkips();
    /// The gate's verdict for a delivered entry (for now-playing and the signal path).
    std::optional<GateVerdict> verdictFor(std::uint64_t itemId) const;

    // The judgement side. [judgement thread, or a test; never an audio thread]
    /// Judges one entry that needs it; false when none does (or there is no gate).
    bool judgeOne();
    /// Judges until no entry needs it. For tests and tools without a judgement thread.
    void judgeAll();
    /// Drops verdicts whose validUntil has passed by the gate's clock, so they are judged again.
    void expireDue();
    /// Waits until judgeOne() may find work (anything changed since it last found none), the earliest
    /// verdict is due to expire (at most a second while verdicts carry a validUntil), or stopJudging().
    /// Returns false once stopJudging() was called.
    bool waitForJudgeWork();
    /// Makes waitForJudgeWork() return false from now on. [any thread]
    void stopJudging();

    // audio::TrackSource [decode thread]
    audio::TrackOffer nextTrack() override;
    audio::TrackOffer confirm(audio::PreparedTrack track) override;

private:
    using Steady = std::chrono::steady_clock;
    struct Task {
        QueueItem item;
        std::uint64_t generation = 0;
        std::shared_ptr<TrackGate> gate;
        std::filesystem::path libraryDb; ///< where scanned ReplayGain values are looked up ('' for none)
    };
    /// Where the next track comes from, without consuming the start request.
    struct Upcoming {
        std::size_t index;
        bool fromStart;
    };
    std::optional<Upcoming> upcomingLocked() const;
    /// The verdict the decode side may use for `item` now; nullopt when it must wait for a judgement.
    std::optional<GateVerdict> usableVerdictLocked(const QueueItem& item) const;
    /// Asks the judgement side to judge `itemId` first.
    void wantLocked(std::uint64_t itemId);
    std::optional<Task> takeTaskLocked();
    void store(const Task& task, GateVerdict verdict,
               std::optional<ReplayGainTags> scannedGain = std::nullopt);
    /// Nothing when no gate judges entries and nothing needs looking up (the file's own tags then apply).
    std::optional<ScannedGainLookup> scannedGainLocked(std::uint64_t itemId) const;
    /// The gate entries are judged by: the listener's, or, when there is none but scanned ReplayGain
    /// values may apply (a library database is set), one that lets everything play, so that the library
    /// database is still read on the judgement thread, never by the decode thread's file open. Null: entries
    /// need no judgement.
    std::shared_ptr<TrackGate> judgingGateLocked() const;
    void clearVerdictsLocked();
    void wakeJudgeLocked();
    void skipLocked(const QueueItem& item, SkipReason reason);

    const std::shared_ptr<const acx::KeyProvider> m_keys; ///< set once, read by the decode side
    mutable std::mutex m_mutex;
    std::condition_variable m_judgeCv;
    PlayQueue m_queue;
    std::shared_ptr<TrackGate> m_gate;
    RepeatMode m_repeat = RepeatMode::Off;
    ReplayGainSettings m_replayGain;
    std::optional<std::uint64_t> m_startId;
    std::uint64_t m_startFrame = 0;
    double m_startSeconds = 0.0;
    std::optional<std::uint64_t> m_lastId;
    std::size_t m_lastIndex = 0;
    std::vector<Skip> m_skips;
    std::map<std::uint64_t, GateVerdict> m_verdicts; ///< as delivered to the engine

    // Judgement bookkeeping.
    std::uint64_t m_generation = 0;        ///< bumped by setGate()/rejudge(): older results are dropped
    std::uint64_t m_epoch = 0;             ///< bumped whenever there may be new work
    std::uint64_t m_idleEpoch = 0;         ///< m_epoch when judgeOne() last found nothing to do
    std::size_t m_cursor = 0;              ///< every entry before it has a verdict
    std::optional<std::uint64_t> m_wanted; ///< the entry the decode thread waits for
    /// When each cached verdict's validUntil passes, measured on the steady clock when it was stored (the
    /// decode side may compare against it without asking the gate for the time).
    std::unordered_map<std::uint64_t, Steady::time_point> m_expiry;
    /// Scanned ReplayGain values by entry, looked up on the judgement thread (the decode thread never
    /// opens the library database).
    std::unordered_map<std::uint64_t, ReplayGainTags> m_scannedGain;
    bool m_judgeStopped = false;
};

} // namespace accord::playback
