// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "playback/player_listener.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accord::playback {

/// What the gate allows for one file, decided before the file is pre-opened.
struct GateVerdict {
    enum class Kind { Play, Preview, Block };
    Kind kind = Kind::Play;
    std::optional<std::uint32_t> maxSampleRate; ///< licence cap: resample above this
    std::optional<std::uint16_t> maxBits;       ///< licence cap: requantise above this (16)
    double previewSeconds = 30.0;               ///< with Kind::Preview
    std::vector<SkipReason> reasons;            ///< why (every reason that applied)
    /// The next instant the answer may change; the player re-checks at track boundaries after it.
    std::optional<std::chrono::sys_seconds> validUntil;
    std::string capText; ///< e.g. "SVIP required for hi-res"
};

/// Decides whether a file may play. Called on the player's decode thread before each track is opened,
/// so implementations must be thread-safe and must not block for long (a cached DB lookup is fine).
class TrackGate {
public:
    virtual ~TrackGate() = default;
    virtual GateVerdict check(const std::filesystem::path& file) = 0;
    /// The instant decisions are made for: the wall clock, or a QA override.
    virtual std::chrono::sys_seconds now() const = 0;
};

} // namespace accord::playback
