// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "audio/output_device.hpp"
#include "audio/render_callback.hpp"
#include "base/result.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace accord::audio {

/// Where the engine's frames go: an output that, while started, pulls frames through audio::render() on a
/// thread of its own (the real-time thread), one stream format at a time. PortAudioOutput is the real one;
/// tests use a capture that records what it pulled (tests/support/capture_output.hpp).
/// [control thread] every method; only the output's own pulling thread calls render().
class AudioOutput {
public:
    virtual ~AudioOutput() = default;

    /// The devices this output can open.
    virtual std::vector<OutputDevice> devices() const = 0;
    /// Finds a device by exact name, by index, or by a unique case-insensitive substring; empty selects the
    /// default output. Errors list what is available.
    virtual base::Result<OutputDevice> findDevice(const std::string& name) const = 0;

    /// Opens a stream in `format` whose pulling thread will render from `shared` (not owned; must outlive
    /// the stream). Closes any stream already open.
    virtual base::Status open(const OutputDevice& device, const AudioFormat& format,
                              RenderShared& shared) = 0;
    virtual base::Status start() = 0;
    /// Lets the frames already handed to the device play out, then stops pulling.
    virtual base::Status stop() = 0;
    /// Stops at once, discarding what the device still holds (seek, skip).
    virtual void abort() = 0;
    virtual void close() = 0;

    virtual bool isOpen() const = 0;
    virtual bool isRunning() const = 0;
    /// False when the device stopped on its own (failure) while it was expected to run.
    virtual bool isHealthy() const = 0;
    /// Frames between render() and the listener's ear, for the open stream.
    virtual std::uint64_t latencyFrames() const = 0;
};

/// Makes the output an engine plays through. [control thread]
using OutputFactory = std::function<base::Result<std::unique_ptr<AudioOutput>>()>;

} // namespace accord::audio
