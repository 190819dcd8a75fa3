// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "audio/audio_output.hpp"
#include "audio/output_device.hpp"
#include "audio/processing_step.hpp"
#include "audio/track_source.hpp"
#include "base/result.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace accord::audio {

/// Sent when a track becomes audible (its first frame reached the device).
struct TrackStarted {
    std::uint64_t token = 0;
    AudioFormat source;
    AudioFormat output;
    std::string codec;
    std::uint64_t startFrame = 0;           ///< source frame the track started at (after a seek)
    std::uint64_t totalFrames = 0;          ///< source frames in the file, 0 if unknown
    std::optional<std::uint64_t> endFrame;  ///< preview cut
    std::vector<ProcessingStep> processing; ///< fixed steps; volume is added by whoever reports it
};

/// Engine events, delivered from inside AudioEngine::poll() on the control thread.
class EngineListener {
public:
    virtual ~EngineListener() = default;
    virtual void onTrackStarted(const TrackStarted& /*track*/) {}
    /// The last frame of the track has been played; `frames` is how many source frames played.
    virtual void onTrackEnded(std::uint64_t /*token*/, std::uint64_t /*frames*/) {}
    /// The track stopped early because its file is damaged (what did decode has played).
    virtual void onTrackFailed(std::uint64_t /*token*/, const base::Error& /*error*/) {}
    /// The source ran dry and everything has been played.
    virtual void onFinished() {}
    /// The output device failed; playback has stopped cleanly.
    virtual void onDeviceError(const base::Error& /*error*/) {}
};

struct EngineOptions {
    std::string deviceName;                 ///< empty: default output
    std::optional<std::uint32_t> fixedRate; ///< resample every track to this rate (float output)
    double bufferSeconds = 0.5;             ///< decode-ahead ring length
    OutputFactory makeOutput;               ///< empty: PortAudio
    /// A running stream whose callback has not run for this long has failed (the stall watchdog).
    std::chrono::milliseconds stallTimeout{3000};
    /// Runs on the decode thread, holding no engine lock, each time a track boundary, a failure, a format
    /// change or the queue's end is queued: pollDelay() may now be shorter, so a control thread that sleeps
    /// long between polls wakes to ask again. May be empty.
    std::function<void()> onMarkerQueued;
};

struct EngineStats {
    std::uint64_t underruns = 0;
    std::uint64_t streamsOpened = 0;
};

/// The audio engine: a decode thread filling one lock-free frame ring across tracks, and an output stream
/// (PortAudio, or whatever EngineOptions::makeOutput makes) whose callback only copies from it. Consecutive
/// tracks of one format share the stream with no sample inserted or dropped; a track in another format lets
/// the stream play out, then reopens it. [control thread] for every method: one thread drives the engine and
/// calls poll() as pollDelay() says (20 times a second while
/// a stream starts or ends, less often while it plays steadily); setVolume() alone is [any thread].
class AudioEngine {
public:
    /// Makes the output (initialising PortAudio by default). Fails with a clear error when there is no
    /// output device.
    static base::Result<std::unique_ptr<AudioEngine>> create(EngineOptions options);
    ~AudioEngine();
    AudioEngine(const AudioEngine&) = delete;
    AudioEngine& operator=(const AudioEngine&) = delete;

    void setListener(EngineListener* listener);
    /// Drops whatever is playing and starts pulling tracks from `source` (not owned; must outlive playback).
    void start(TrackSource& source);
    /// Stops at once and closes the device.
    void stop();
    void pause();
    base::Status resume();
    bool isActive() const;
    bool isPaused() const;
    /// Linear gain; 1.0 leaves samples untouched (bit-perfect). Applies to frames decoded from now on.
    void setVolume(double gain);
    double volume() const;
    /// Takes effect at the next start().
    void setDevice(std::string name);
    void setFixedRate(std::optional<std::uint32_t> rate);

    /// Turns the callback's atomics into events, handles format changes and device failure.
    void poll();
    /// How long the control thread may sleep before poll() has something to do: until the next queued
    /// track start/end becomes audible, at most `steady` while a stream plays steadily; 50 ms while it
    /// starts, drains, reopens or is idle. [control thread, after poll()]
    std::chrono::milliseconds pollDelay(std::chrono::milliseconds steady) const;

    /// True when frames of track `token` are in the ring but not yet audible (it follows what plays now).
    bool isInRing(std::uint64_t token) const;
    /// Token and source-frame position of what is audible now.
    std::optional<std::uint64_t> currentToken() const;
    std::uint64_t positionFrames() const;
    EngineStats stats() const;

    std::vector<OutputDevice> devices() const;

private:
    AudioEngine();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace accord::audio
