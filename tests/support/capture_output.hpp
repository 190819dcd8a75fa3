// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_output.hpp"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace accord::test {

/// One stream a CaptureOutput opened, and every frame the engine's render callback gave it.
struct CapturedStream {
    audio::AudioFormat format;
    std::vector<std::uint8_t> bytes;
    std::size_t readableAtFirstStart = 0; ///< frames in the ring when the stream first started (prefill)
    std::size_t ringCapacity = 0;         ///< frames
    int starts = 0;
};

/// A sound card for tests, without ALSA or PortAudio: outputs made by factory() pull frames through the
/// engine's real render callback (audio::render) on a thread of their own, `periodFrames` at a time at
/// `speed` times real time, and record them here. Tests steer it: stall() stops pulling while the stream
/// still claims to run (the stall watchdog's case), fail() makes the stream report itself dead.
/// Keep `speed` at about 4 or below: the decode thread refills the ring in real-time steps (an eighth of
/// the ring), so a much faster device underruns for reasons no real one would.
/// [any thread]; the recorded streams are complete once the stream stopped or closed.
class CaptureDevice : public std::enable_shared_from_this<CaptureDevice> {
public:
    explicit CaptureDevice(double speed = 3.0, unsigned long periodFrames = 512);

    /// Makes outputs that record into this device (for EngineOptions/PlayerOptions::makeOutput).
    audio::OutputFactory factory();

    std::vector<CapturedStream> streams() const;
    /// Frames pulled in total, over all streams.
    std::uint64_t framesPulled() const;
    /// Outputs currently pulling.
    int running() const { return m_running.load(); }

    void setSpeed(double speed) { m_speed.store(speed); }
    void stall(bool stalled) { m_stalled.store(stalled); }
    void fail() { m_failed.store(true); }
    /// The output latency the device's streams report (frames between the callback and the ear; default 0).
    void setLatency(std::uint64_t frames) { m_latency.store(frames); }

private:
    friend class CaptureOutput;
    std::size_t beginStream(const audio::AudioFormat& format);
    void started(std::size_t stream, std::size_t readable, std::size_t capacity);
    void append(std::size_t stream, const std::uint8_t* data, std::size_t bytes);

    mutable std::mutex m_mutex;
    std::vector<CapturedStream> m_streams;
    std::uint64_t m_frames = 0;
    std::atomic<double> m_speed;
    std::atomic<bool> m_stalled{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_running{0};
    std::atomic<std::uint64_t> m_latency{0};
    const unsigned long m_period;
};

} // namespace accord::test
