// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/purchase.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace accord::licence {

/// What an alternative changes.
enum class UnlockKind { Tier, Device, Territory, Date, Purchase };
const char* toString(UnlockKind kind) noexcept; ///< "tier", "device", "territory", "date", "purchase"

/// One change to the listener's situation that makes a decision better ("what would make it playable"),
/// with the decision it gives. Every Unlock findUnlocks() returns was made by deciding with the change
/// applied: it is true of the decision itself, not of a separate rule. [any thread] Plain value type.
struct Unlock {
    UnlockKind kind = UnlockKind::Tier;
    /// The listener's context with the change applied: another tier, device or instant (Date). For
    /// Territory, the first territory listed (or, with only otherTerritories, a code no deal names); for
    /// Purchase, the context unchanged (the purchase is the change).
    Context context;
    /// Territory: every territory named by the recording's deals and takedowns that gives `outcome`
    /// (sorted, the listener's own excluded).
    std::vector<std::string> territories;
    /// Territory: also every territory the recording's deals and takedowns do not name (which all decide
    /// alike: a worldwide deal covers them).
    bool otherTerritories = false;
    /// Territory with otherTerritories: the named territories that do NOT give `outcome` (for "everywhere
    /// except ..."; sorted).
    std::vector<std::string> exceptTerritories;
    /// Purchase: what would be bought (the recording or a release containing it, dated ctx.at), and the
    /// key of the deal that offers it for sale (a download deal under PayAsYouGoModel that applies here).
    std::optional<catalogue::Purchase> purchase;
    std::string offerDeal;
    /// The decision with the change applied (verdict, cap, reasons...).
    Decision outcome;
    /// An English sentence: "SVIP plays it in hi-res", "Plays in 3 territories: HK, JP, TW", "Plays from
    /// 2027-01-01". The UI writes its own (translated) sentence from the fields above.
    std::string text;
};

/// How good a decision is for the listener: 0 blocked, 1 preview, 2 playable but capped (it carries
/// hires_requires_tier: the cap takes something from the file), 3 playable in full. [any thread] Pure.
int unlockRank(const Decision& decision) noexcept;

/// Applied to every decision findUnlocks() makes, after decide(): the rules a caller adds on top of the
/// catalogue's answer (a subscriber's offline lease, licence::applyOfflineTerms). Empty: none.
using DecisionAdjust = std::function<Decision(Decision, const Context&)>;

/// What would make a recording play, play in full or play uncapped, for a listener in `ctx`: decide() (or
/// decideUnidentified() when `rights` is null: a personal file) re-run with one thing changed, keeping
/// only the changes whose decision ranks higher (unlockRank) than the decision in `ctx`:
///  - Tier: each other tier, in kAllTiers order, listed when it ranks higher than every tier listed
///    before it ("VIP plays it", then "SVIP plays it in hi-res");
///  - Device: each other device class that ranks higher;
///  - Territory: every territory the recording's deals, their parents and its takedowns name, and one
///    that none names (standing for all the others), grouped by the outcome they give, best first;
///  - Date: the decision's own valid_until, followed forward (the decision at each change instant gives
///    the next) up to 64 changes: each instant from which it ranks higher than anything before;
///  - Purchase: each deal that applies here (its outcome in the decision is licensed, tier_insufficient,
///    commercial_model_not_offered or device_not_in_tier) with a download use under PayAsYouGoModel
///    offers its subject (the recording or the release) for sale: buying it is a Purchase dated ctx.at
///    added to the rights.
/// Empty when the decision already ranks 3 or nothing would change it. Costs a few dozen decide() calls
/// (microseconds each): for the track a listener asks about, not for listings. [any thread] Pure.
std::vector<Unlock> findUnlocks(const catalogue::RecordingRights* rights, const catalogue::TierPolicy& policy,
                                const Context& ctx, std::optional<SourceFormat> source = std::nullopt,
                                const DecisionAdjust& adjust = {});

} // namespace accord::licence
