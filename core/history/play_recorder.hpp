// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "history/play_record.hpp"
#include "playback/player_listener.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace accord::history {

/// Turns the player's events into PlayRecords: a PlayerListener that a front end calls beside its own
/// (ui::PlayerBridge forwards to it). Each finished play or blocked attempt goes to `sink`, which must not
/// block (HistoryWriter::submit queues it for the writer thread).
///
/// - A play starts with onTrackChanged for a new queue entry; a seek or a restart within the same entry
///   (same queueItemId) continues it.
/// - Heard time counts the source frames the device played, from the positions the player reports
///   (frames consumed by the output): pauses add nothing, and the part a seek jumps over is not counted
///   (the player reports a seek as onTrackChanged for the same entry, from its new start frame).
/// - It ends finished when the player reports the track's last frame played (onTrackFinished; for a
///   preview, the preview's end), otherwise skipped: another entry starts, or playback stops.
/// - Outcome: preview when only a preview plays, capped when a licence-cap step limits the resolution,
///   else played. The resolution recorded is the one that played: the output's rate and the smaller of
///   the source's and output's bits when capped, else the source's.
/// - A blocked attempt is a skip with a licence reason (not decode-error, not-found or unsupported-format).
///   The player may pass over one blocked entry more than once (when it pre-opens the track after the next,
///   and again when the listener skips onto it): refusals of the same file within kRepeatWindowMs of the
///   last one recorded count as one attempt.
/// - While disabled (setEnabled(false)) nothing is recorded, not even the play in progress.
///
/// The listener methods run on the player's control thread; the rest may be called from any thread.
class PlayRecorder : public playback::PlayerListener {
public:
    using Sink = std::function<void(PlayRecord)>;
    using Clock = std::function<std::int64_t()>; ///< UTC milliseconds since the epoch

    explicit PlayRecorder(Sink sink, Clock clock = {});

    /// [any thread]
    void setEnabled(bool enabled);
    bool enabled() const noexcept { return m_enabled.load(); }
    /// Ends the play in progress as skipped (e.g. when the application quits while playing). [any thread]
    void endCurrent();

    void onStateChanged(playback::PlaybackState state) override;
    void onTrackChanged(const playback::NowPlaying& now) override;
    void onPosition(std::uint64_t frame, std::uint32_t sampleRate) override;
    void onTrackSkipped(std::size_t queueIndex, const std::filesystem::path& path,
                        const playback::SkipReason& reason) override;
    void onTrackFinished(std::size_t queueIndex, std::uint64_t framesPlayed) override;

    /// True for the skip codes that are the licence's refusals, false for the player's own failures.
    static bool isLicenceRefusal(const std::string& code);
    static constexpr std::int64_t kRepeatWindowMs = 10 * 60 * 1000;

private:
    struct Current {
        PlayRecord record;
        std::uint64_t queueItemId = 0;
        std::uint32_t rate = 0;
        std::uint64_t heardFrames = 0;
        std::optional<std::uint64_t> lastFrame;
    };
    void closeLocked(bool finished);

    Sink m_sink;
    Clock m_clock;
    std::atomic<bool> m_enabled{true};
    std::mutex m_mutex; ///< the control thread and endCurrent()/setEnabled() callers; never held in the sink
    std::optional<Current> m_current;
    std::unordered_map<std::string, std::int64_t> m_lastRefusal; ///< path -> when its refusal was recorded
};

} // namespace accord::history
