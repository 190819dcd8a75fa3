// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/scope.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "licence/reason.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::licence {

enum class Verdict { Playable, Preview, Blocked };
const char* toString(Verdict verdict) noexcept; ///< "playable", "preview", "blocked"

/// What a resolution cap allows, the one statement of it: standard = at most 16-bit / 48 kHz,
/// hires = at most 24-bit / 192 kHz (none: nothing plays; the limits are 0). How these limits change a
/// given source (resampling, requantising 24-bit, 32-bit or float PCM with TPDF dither) is the one rule
/// audio::limitResolution, which both the player's engine and the UI's "Capped" verdict apply.
struct CapLimits {
    std::uint32_t maxSampleRate = 0;
    std::uint16_t maxBits = 0;
};
CapLimits limitsFor(catalogue::ResolutionCap cap) noexcept;
/// The cap in words, from limitsFor()'s numbers: "standard resolution (16-bit / 48 kHz)",
/// "hi-res (up to 24-bit / 192 kHz)"; empty for none. [any thread] Pure.
std::string describeCap(catalogue::ResolutionCap cap);

/// How one deal fared in a decision.
struct DealConsidered {
    std::int64_t id = 0;
    std::string key;
    catalogue::Scope scope = catalogue::Scope::Recording;
    std::optional<std::string> parentKey; ///< set for a sublicence
    std::string outcome;                  ///< a reason code (licensed, licence_ended, tier_insufficient...)
    bool exclusive = false;               ///< the deal grants its licensee exclusive rights (informational)
};

/// The answer for one recording in one context, with every reason that applied.
/// [any thread] Plain value type.
struct Decision {
    Verdict verdict = Verdict::Blocked;
    catalogue::ResolutionCap cap = catalogue::ResolutionCap::None;
    std::vector<Reason> reasons;
    /// The next instant at which the answer could change; nullopt when nothing in the catalogue would.
    std::optional<base::Instant> validUntil;
    std::vector<DealConsidered> deals;
    std::chrono::seconds previewLength{30}; ///< with Verdict::Preview

    bool hasReason(const std::string& code) const;
};

} // namespace accord::licence
