// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::catalogue {

enum class Tier { Free, Vip, Svip };
enum class DeviceClass { Desktop, Car, Tv };
/// Standard = at most 16-bit / 48 kHz; Hires = up to 24-bit / 192 kHz; None = nothing plays.
enum class ResolutionCap { None, Standard, Hires };

inline constexpr std::array<Tier, 3> kAllTiers{Tier::Free, Tier::Vip, Tier::Svip};

const char* toString(Tier tier) noexcept;          ///< "free", "vip", "svip"
const char* displayName(Tier tier) noexcept;       ///< "Free", "VIP", "SVIP"
const char* toString(DeviceClass device) noexcept; ///< "desktop", "car", "tv"
const char* toString(ResolutionCap cap) noexcept;  ///< "none", "standard", "hires"
std::optional<Tier> parseTier(std::string_view text);
std::optional<DeviceClass> parseDeviceClass(std::string_view text);
std::optional<ResolutionCap> parseResolutionCap(std::string_view text);

/// What one tier may use.
struct TierRule {
    std::vector<std::string> commercialModels; ///< DDEX CommercialModelType values this tier may use
    std::vector<DeviceClass> devices;
    ResolutionCap cap = ResolutionCap::Standard;

    bool allowsModel(std::string_view model) const;
    bool allowsDevice(DeviceClass device) const;
};

/// The catalogue's tier policy and local conventions. Owned by the catalogue (table tier_policy and
/// settings), replaced by the Accord JSON importer. [any thread] Plain value type.
struct TierPolicy {
    std::array<TierRule, 3> tiers; ///< indexed by Tier
    std::chrono::seconds previewLength{30};
    int utcOffsetSeconds = 0;         ///< time zone of date-only values
    bool unidentifiedPlayable = true; ///< may personal files with no catalogue match play?
    /// May a listener whose tier or device a play deal does not cover hear a preview of it, when no deal
    /// grants a preview use? false (the default): a preview needs a deal that grants preview use.
    bool previewWithoutPreviewUse = false;

    const TierRule& rule(Tier t) const { return tiers[static_cast<size_t>(t)]; }
    TierRule& rule(Tier t) { return tiers[static_cast<size_t>(t)]; }

    /// free: ad-supported + free-of-charge, desktop, standard; vip: + subscription, desktop + car,
    /// standard; svip: as vip plus tv, hi-res. Preview 30 s, UTC, unidentified files play, a preview needs a
    /// preview use.
    static TierPolicy defaults();
};

} // namespace accord::catalogue
