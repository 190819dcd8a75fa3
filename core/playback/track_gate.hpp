// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/decision.hpp"
#include "playback/player_listener.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace accord::playback {

/// What the gate allows for one file, decided before the file is pre-opened: the player's limits, built
/// from a licence::Decision by fromDecision() (the core's verdict and reasons, the cap's numbers from
/// licence::limitsFor). [any thread] Plain value type.
struct GateVerdict {
    licence::Verdict kind = licence::Verdict::Playable;
    std::optional<std::uint32_t> maxSampleRate; ///< licence cap: resample above this
    std::optional<std::uint16_t> maxBits;       ///< licence cap: requantise above this
    double previewSeconds = 30.0;               ///< with Verdict::Preview
    std::vector<licence::Reason> reasons;       ///< why (every reason that applied)
    /// The next instant the answer may change; the player judges the entry again once it has passed.
    std::optional<std::chrono::sys_seconds> validUntil;
    std::string capText; ///< e.g. "SVIP required for hi-res"

    /// The playback limits for a decision: block, preview, or play with a cap.
    static GateVerdict fromDecision(const licence::Decision& decision);
    /// Blocks with reason catalogue_error: what a gate answers when it cannot read the catalogue, rather
    /// than playing something unchecked.
    static GateVerdict catalogueError(const std::string& detail);
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
