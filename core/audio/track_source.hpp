// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

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
    /// A fixed linear gain for the whole track (ReplayGain), applied on the decode thread together with the
    /// volume (TPDF dither on integer output). 1.0 leaves the samples untouched (bit-perfect).
    double gain = 1.0;
    std::string
        gainDetail; ///< the signal path's "replaygain" step when gain != 1.0, e.g. "track gain -6.00 dB"
};

/// A TrackSource's answer: a track, "not ready yet, ask again", or "nothing (more) to play".
struct TrackOffer {
    enum class Kind { Track, NotReady, None };
    Kind kind = Kind::None;
    std::optional<PreparedTrack> track; ///< Kind::Track; for confirm()'s NotReady, the track handed back

    static TrackOffer of(PreparedTrack t) { return {Kind::Track, std::move(t)}; }
    static TrackOffer notReady(std::optional<PreparedTrack> t = std::nullopt)
    {
        return {Kind::NotReady, std::move(t)};
    }
    static TrackOffer none() { return {}; }
};

/// Supplies the engine with tracks in play order. The engine calls nextTrack() on its decode thread as
/// soon as the previous track starts decoding, so the next one is open before it is needed (gapless).
/// Files that cannot play are the source's business: it skips them and reports why.
///
/// Contract: the source never blocks the decode thread on slow work (a licence judgement, a database). When
/// what it needs is not there yet it answers NotReady at once, and the engine asks again a few milliseconds
/// later while the ring keeps the device fed; the engine never waits on the source.
/// [decode thread]
class TrackSource {
public:
    virtual ~TrackSource() = default;
    /// The next track, NotReady (ask again soon), or None at the end of the queue.
    virtual TrackOffer nextTrack() = 0;
    /// Called when a pre-opened track is about to start, since its permission may have changed while the
    /// previous one played. Answers the track (possibly with new limits), None to drop it (the engine then
    /// asks nextTrack() for the one after), or NotReady with the track handed back (ask again soon).
    virtual TrackOffer confirm(PreparedTrack track) { return TrackOffer::of(std::move(track)); }
};

} // namespace accord::audio
