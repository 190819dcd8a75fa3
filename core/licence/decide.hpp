// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/recording_rights.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "licence/context.hpp"
#include "licence/decision.hpp"

namespace accord::licence {

/// Decides whether a recording may play in a context. Pure: no I/O, no clock (time is ctx.at).
///
/// Rules, in order of strength:
///  1. A takedown covering ctx.territory blocks once effective + transition has passed, whatever any
///     deal or purchase says. Within the transition period it is reported but does not block.
///  2. A purchase (of the recording or a release containing it) plays, permanently, in any territory and
///     on any device (at the tier's resolution cap), from its date on: a purchase dated after ctx.at does
///     not count yet, and its date is an instant at which the answer changes (valid_until).
///  3. A deal applies when its territories cover ctx.territory (included or Worldwide, and not
///     excluded) and ctx.at is inside its half-open validity window [from, until). A sublicence applies
///     only where and while its parent (recursively) applies: it never reaches beyond the parent's
///     territories or window and dies with it (a missing parent counts as lapsed).
///  4. An applicable deal with a stream or download use plays when one of its commercial models is one
///     the tier may use and the tier covers ctx.device; otherwise (tier_insufficient,
///     commercial_model_not_offered, device_not_in_tier) it gives a preview only when the deal also grants
///     a preview use or the policy says so (TierPolicy::previewWithoutPreviewUse, default false); the
///     reason's text says which. An applicable deal with only a preview use gives a preview.
///  5. No applicable deal: blocked. territory_not_licensed is reported only when no deal covers
///     ctx.territory (a deal that covers it but is not in force says why instead).
/// Several deals that license the recording here (a sublicence and its parent, two releases) give ONE
/// `licensed` reason naming them all, licensed until the latest end among them (none if one is open).
/// The cap is the tier's resolution cap (none when blocked); hires_requires_tier is reported with a
/// standard cap unless ctx says the file fits it. valid_until is the earliest future deal
/// start/end or takedown instant relevant to ctx.territory (none once a takedown blocks: that is final).
/// Dates in texts use policy.utcOffsetSeconds. [any thread] Pure.
/// source: the file's format when known (see SourceFormat); nullopt: hires_requires_tier is given whenever
/// the cap is standard and a tier offers hi-res.
Decision decide(const catalogue::RecordingRights& rights, const catalogue::TierPolicy& policy,
                const Context& ctx, std::optional<SourceFormat> source = std::nullopt);

/// For a personal file that matches no catalogue recording: the tier policy's unidentified rule.
/// [any thread] Pure.
Decision decideUnidentified(const catalogue::TierPolicy& policy, const Context& ctx,
                            std::optional<SourceFormat> source = std::nullopt);

} // namespace accord::licence
