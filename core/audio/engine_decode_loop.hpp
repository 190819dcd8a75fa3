// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_engine.hpp"
#include "audio/render_callback.hpp"
#include "audio/track_source.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace accord::audio {

/// A point in the ring's frame count where something happens, queued by the decode thread in ring order.
struct RingMarker {
    enum class Kind { FormatChange, TrackStart, TrackEnd, TrackFailed, EndOfQueue };
    Kind kind = Kind::TrackStart;
    std::uint64_t ringIndex = 0; ///< FrameRing::written() when the marker was queued
    AudioFormat format;          ///< FormatChange: the stream format needed from here on
    TrackStarted track;          ///< TrackStart
    std::uint64_t token = 0;     ///< TrackEnd / TrackFailed
    std::uint64_t frames = 0;    ///< TrackEnd: source frames played
    base::Error error;           ///< TrackFailed

    bool terminal() const noexcept { return kind == Kind::FormatChange || kind == Kind::EndOfQueue; }
};

/// The output format a track is played in: its own, unless fixed-rate mode or a licence cap says otherwise.
AudioFormat planOutputFormat(const AudioFormat& source, const std::string& codec, const PreparedTrack& track,
                             std::optional<std::uint32_t> fixedRate, std::vector<ProcessingStep>& notes);

/// The decode thread. Pulls tracks from a TrackSource, decodes them in native width, runs them through
/// a SampleProcessor only when something must change, and appends them to the ring back to back.
/// When a track needs another stream format it queues a FormatChange marker and waits for streamReady().
class DecodeLoop {
public:
    /// `onMarker` (may be empty) runs on the decode thread, holding no lock of the loop's, after each marker
    /// is queued: the control thread's cue that pollDelay() has changed.
    DecodeLoop(RenderShared& shared, std::function<void()> onMarker);
    ~DecodeLoop();
    DecodeLoop(const DecodeLoop&) = delete;
    DecodeLoop& operator=(const DecodeLoop&) = delete;

    /// Starts a session on `source`. [control thread, after halt()]
    void begin(TrackSource& source, std::optional<std::uint32_t> fixedRate);
    /// Stops decoding, drops open tracks and queued markers; returns once the thread is idle. [control]
    void halt();
    /// The control thread opened a stream in `format` and configured the ring for it. [control]
    void streamReady(const AudioFormat& format);
    /// The stream was closed: the next track needs a FormatChange whatever its format. [control]
    void streamClosed();

    /// The oldest queued marker, if any. [control]
    std::optional<RingMarker> front() const;
    void pop();
    /// True when a TrackStart marker for `token` is queued (its frames are in the ring, not yet audible).
    bool hasPendingStart(std::uint64_t token) const;
    /// The ring index of a queued FormatChange/EndOfQueue marker (always the last one queued).
    std::optional<std::uint64_t> terminalIndex() const;
    /// True while the thread cannot write more (waiting for a stream, or the source is exhausted).
    bool blocked() const noexcept { return m_blocked.load(std::memory_order_acquire); }

    void setVolume(double gain) noexcept { m_volume.store(gain, std::memory_order_relaxed); }
    double volume() const noexcept { return m_volume.load(std::memory_order_relaxed); }

private:
    struct Track;
    /// One attempt to get a track from the source: a track, NotReady (ask again soon) or None.
    struct Step {
        TrackOffer::Kind kind = TrackOffer::Kind::None;
        std::unique_ptr<Track> track; ///< Track; for confirm()'s NotReady, the track to keep
    };
    void threadMain();
    void runSession();
    Step pull();
    std::unique_ptr<Track> prepare(PreparedTrack prepared);
    Step confirm(std::unique_ptr<Track> track);
    /// The source is not ready: sleep a little (the ring keeps playing) unless halted. False when halted.
    bool waitToRetry();
    void push(RingMarker marker);
    void pushFailure(std::uint64_t token, base::Error error);
    bool waitForStream(const AudioFormat& format);
    bool writeAll(const std::byte* data, std::size_t frames);
    bool waitForSpace();
    bool decodeChunk(Track& track, bool& ended);
    bool halting() const;

    RenderShared& m_shared;
    const std::function<void()> m_onMarker;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<RingMarker> m_markers;
    TrackSource* m_source = nullptr;
    std::optional<std::uint32_t> m_fixedRate;
    std::optional<AudioFormat> m_streamFormat;
    bool m_sessionRequested = false;
    bool m_haltRequested = false;
    bool m_inSession = false;
    bool m_quit = false;
    std::atomic<bool> m_blocked{false};
    std::atomic<double> m_volume{1.0};
    std::thread m_thread;
};

} // namespace accord::audio
