// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

#include <cstdint>
#include <memory>
#include <optional>

namespace accord::audio {

/// A track ready to be decoded, with what may be done to it on the way.
struct PreparedTrack {
    std::uint64_t token = 0; ///< the caller's id, echoed in engine events
    std::unique_ptr<Decoder> decoder;
    std::uint64_t startFrame = 0;               ///< seek here before the first read
    std::optional<std::uint64_t> endFrame;      ///< stop here (a preview), in source frames
    double fadeOutSeconds = 0.0;                ///< fade before endFrame, so the cut does not click
    std::optional<std::uint32_t> maxSampleRate; ///< licence cap: resample above it
    std::optional<std::uint16_t> maxBits;       ///< licence cap: requantise above it
};

/// Supplies the engine with tracks in play order. The engine calls nextTrack() on its decode thread as
/// soon as the previous track starts decoding, so the next one is open before it is needed (gapless).
/// Files that cannot play are the source's business: it skips them and reports why.
/// [decode thread]
class TrackSource {
public:
    virtual ~TrackSource() = default;
    /// The next track, or nullopt at the end of the queue.
    virtual std::optional<PreparedTrack> nextTrack() = 0;
    /// Called when a pre-opened track is about to start, since its permission may have changed while the
    /// previous one played. Returns the track (possibly with new limits), or nullopt to drop it, in which
    /// case the engine asks nextTrack() for the one after.
    virtual std::optional<PreparedTrack> confirm(PreparedTrack track) { return track; }
};

} // namespace accord::audio
