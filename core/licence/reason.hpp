// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>

namespace accord::licence {

/// One reason behind a decision: a stable machine code and a human sentence.
/// [any thread] Plain value type.
struct Reason {
    std::string code;
    std::string text;
    bool operator==(const Reason&) const = default;
};

/// The stable reason codes (part of accordctl's JSON interface; never rename).
namespace reason {
inline constexpr const char* kLicensed = "licensed";                ///< a deal allows full playback
inline constexpr const char* kPurchased = "purchased";              ///< the listener bought it
inline constexpr const char* kNoDeal = "no_deal";                   ///< the catalogue has no deal for it
inline constexpr const char* kTerritory = "territory_not_licensed"; ///< "No licence for CN"
inline constexpr const char* kNotStarted = "licence_not_started";   ///< "Licence starts 2016-01-01"
inline constexpr const char* kEnded = "licence_ended";              ///< "Licence ended 2015-10-31"
inline constexpr const char* kParentTerritory = "sublicence_outside_parent"; ///< parent does not cover it
inline constexpr const char* kParentLapsed = "parent_licence_lapsed"; ///< parent not in force / missing
inline constexpr const char* kTierInsufficient = "tier_insufficient"; ///< "VIP required (SubscriptionModel)"
inline constexpr const char* kModelNotOffered = "commercial_model_not_offered"; ///< no tier uses the model
inline constexpr const char* kDeviceNotInTier = "device_not_in_tier";           ///< "SVIP required on tv"
inline constexpr const char* kPreviewOnly = "preview_only";      ///< only a preview use is licensed
inline constexpr const char* kNoPlaybackUse = "no_playback_use"; ///< deal grants no use we play
inline constexpr const char* kTakenDown = "taken_down";          ///< "Taken down 2015-11-01, notice X"
inline constexpr const char* kTakedownTransition = "takedown_transition"; ///< taken down, still in transition
inline constexpr const char* kHiresRequiresTier = "hires_requires_tier";  ///< "SVIP required for hi-res"
inline constexpr const char* kUnidentifiedAllowed = "unidentified_allowed";
inline constexpr const char* kUnidentifiedBlocked = "unidentified_blocked";
inline constexpr const char* kCatalogueError = "catalogue_error"; ///< the catalogue could not be read
// A subscriber's downloaded track under its offline lease (OfflineTerms):
inline constexpr const char* kOfflineLeaseExpired = "offline_lease_expired"; ///< past offline_until: sync
inline constexpr const char* kClockRollback = "clock_rollback"; ///< the clock is before the highest time seen
inline constexpr const char* kDeviceRevoked = "device_revoked"; ///< the lease revoked this device
inline constexpr const char* kDownloadExpired = "download_expired"; ///< past the track's not_after
} // namespace reason

/// The snake_case spelling of a public code. Every code is snake_case except the player's older skip
/// codes ("decode-error", "not-found", "unsupported-format"), which keep their spelling where they were
/// already public (`accordctl play --json` skipped[].code) and gain this one beside it (reason_code).
/// [any thread] Pure.
inline std::string snakeCaseCode(std::string code)
{
    for (char& c : code)
        if (c == '-')
            c = '_';
    return code;
}

} // namespace accord::licence
