// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "audio/processing_step.hpp"
#include "base/error.hpp"
#include "licence/reason.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accord::playback {

enum class PlaybackState { Stopped, Playing, Paused };

/// Why a queue entry did not play (or played only in part): the core's one reason type. `code` is stable:
/// a licence reason code ("territory_not_licensed", "catalogue_error", ...) or one of the player's own,
/// "blocked", "decode-error", "not-found", "unsupported-format" (public with that spelling; their
/// snake_case form is licence::snakeCaseCode(code)). `text` is for people.
using SkipReason = licence::Reason;

/// One step of the signal path from source to device, e.g. {"volume", "-6.0 dB, TPDF dither"}.
using ProcessingStep = audio::ProcessingStep;

/// What is audible right now: derived from frames the device actually consumed, never from the decoder.
struct NowPlaying {
    std::size_t queueIndex = 0;
    std::uint64_t queueItemId = 0; ///< stable id of the queue entry (survives reordering)
    std::filesystem::path path;
    audio::AudioFormat sourceFormat; ///< as decoded
    audio::AudioFormat outputFormat; ///< as sent to the device
    /// The track's length (or its preview's) in source frames at sourceFormat.sampleRate, the unit of every
    /// position: a resampled track lasts as long as its source. 0 if unknown.
    std::uint64_t totalFrames = 0;
    /// The source frame this stretch of playback began at: 0 from the top, else a seek or a restart's
    /// position. Positions (onPosition) count on from here.
    std::uint64_t startFrame = 0;
    std::vector<ProcessingStep> processing; ///< empty means bit-perfect
    bool bitPerfect = true;
    std::optional<double> previewSeconds; ///< set when only a preview plays
    std::string title;                    ///< from tags when known (may be empty)
    std::string artist;
    std::string album;
};

/// Callbacks from the player. [player control thread] Keep them short: copy and post elsewhere.
class PlayerListener {
public:
    virtual ~PlayerListener() = default;
    virtual void onStateChanged(PlaybackState /*state*/) {}
    virtual void onTrackChanged(const NowPlaying& /*now*/) {}
    /// About 20 times a second while playing.
    virtual void onPosition(std::uint64_t /*frame*/, std::uint32_t /*sampleRate*/) {}
    virtual void onTrackSkipped(std::size_t /*queueIndex*/, const std::filesystem::path& /*path*/,
                                const SkipReason& /*reason*/)
    {
    }
    virtual void onTrackFinished(std::size_t /*queueIndex*/, std::uint64_t /*framesPlayed*/) {}
    virtual void onQueueFinished() {}
    virtual void onError(const base::Error& /*error*/) {}
    virtual void onVolumeChanged(double /*volume*/) {}
};

} // namespace accord::playback
