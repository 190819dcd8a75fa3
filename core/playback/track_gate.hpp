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
    /// The next instant the answer may change; the player judges the entry again once it has passed.
    std::optional<std::chrono::sys_seconds> validUntil;
    std::string capText; ///< e.g. "SVIP required for hi-res"
};

struct QueueItem;

/// Decides whether a file may play. Called on the player's judgement thread (never an audio thread) when
/// entries are queued, when the context changes and when a verdict expires; it may take its time (read
/// tags, fingerprint, wait for the database), but the entry cannot start until it has answered.
/// Implementations must be thread-safe: front ends call them from other threads too.
class TrackGate {
public:
    virtual ~TrackGate() = default;
    virtual GateVerdict check(const std::filesystem::path& file) = 0;
    /// What the player calls, with the queue entry, which may carry its library track id
    /// (QueueItem::trackId): a gate that can use it overrides this; by default the entry's path is checked.
    virtual GateVerdict checkEntry(const QueueItem& item);
    /// The instant decisions are made for: the wall clock, or a QA override. [judgement thread]
    virtual std::chrono::sys_seconds now() const = 0;
};

} // namespace accord::playback
