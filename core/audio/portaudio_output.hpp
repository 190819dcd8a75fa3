// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "audio/output_device.hpp"
#include "audio/render_callback.hpp"
#include "base/result.hpp"

#include <memory>
#include <string>
#include <vector>

namespace accord::audio {

/// Keeps PortAudio initialised while any holder exists (Pa_Initialize/Pa_Terminate are reference counted
/// here so that several engines and device listings can coexist). [control thread]
class PortAudioSession {
public:
    static base::Result<std::shared_ptr<PortAudioSession>> acquire();
    ~PortAudioSession();
    PortAudioSession(const PortAudioSession&) = delete;
    PortAudioSession& operator=(const PortAudioSession&) = delete;

    std::vector<OutputDevice> outputDevices() const;
    /// Finds a device by exact name, by index, or by a unique case-insensitive substring;
    /// empty selects the default output. Errors list what is available.
    base::Result<OutputDevice> findDevice(const std::string& name) const;

private:
    PortAudioSession() = default;
};

/// One PortAudio output stream in a fixed format whose callback is audio::render().
/// Opened with paClipOff | paDitherOff so integer samples reach the device unchanged.
/// [control thread] All methods; the callback runs on PortAudio's RT thread.
class PortAudioOutput {
public:
    explicit PortAudioOutput(std::shared_ptr<PortAudioSession> session) : m_session(std::move(session)) {}
    ~PortAudioOutput();
    PortAudioOutput(const PortAudioOutput&) = delete;
    PortAudioOutput& operator=(const PortAudioOutput&) = delete;

    base::Status open(const OutputDevice& device, const AudioFormat& format, RenderShared& shared);
    base::Status start();
    /// Lets the frames already handed to the device play out, then stops.
    base::Status stop();
    /// Stops at once, discarding what the device still holds (seek, skip).
    void abort();
    void close();

    bool isOpen() const noexcept { return m_stream != nullptr; }
    bool isRunning() const noexcept { return m_running; }
    /// False when the device stopped on its own (failure) while we expected it to run.
    bool isHealthy() const;
    const AudioFormat& format() const noexcept { return m_format; }
    /// Output latency in frames, as PortAudio reports it for the open stream.
    std::uint64_t latencyFrames() const;

private:
    std::shared_ptr<PortAudioSession> m_session;
    void* m_stream = nullptr;
    AudioFormat m_format;
    bool m_running = false;
};

} // namespace accord::audio
