// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_output.hpp"
#include "base/result.hpp"

#include <memory>
#include <string>
#include <vector>

namespace accord::audio {

/// Keeps PortAudio initialised while any holder exists (Pa_Initialize/Pa_Terminate are reference counted
/// here so that several engines and device listings can coexist). [the player's control thread, or a
/// process without a player such as a tool]
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
class PortAudioOutput final : public AudioOutput {
public:
    /// Initialises PortAudio (through a session) and makes an output on it.
    static base::Result<std::unique_ptr<AudioOutput>> create();
    explicit PortAudioOutput(std::shared_ptr<PortAudioSession> session) : m_session(std::move(session)) {}
    ~PortAudioOutput() override;
    PortAudioOutput(const PortAudioOutput&) = delete;
    PortAudioOutput& operator=(const PortAudioOutput&) = delete;

    std::vector<OutputDevice> devices() const override;
    base::Result<OutputDevice> findDevice(const std::string& name) const override;
    base::Status open(const OutputDevice& device, const AudioFormat& format, RenderShared& shared) override;
    base::Status start() override;
    base::Status stop() override;
    void abort() override;
    void close() override;

    bool isOpen() const override { return m_stream != nullptr; }
    bool isRunning() const override { return m_running; }
    bool isHealthy() const override;
    const AudioFormat& format() const noexcept { return m_format; }
    /// Output latency in frames, as PortAudio reports it for the open stream.
    std::uint64_t latencyFrames() const override;

private:
    std::shared_ptr<PortAudioSession> m_session;
    void* m_stream = nullptr;
    AudioFormat m_format;
    bool m_running = false;
};

} // namespace accord::audio
