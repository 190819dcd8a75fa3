// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/deal.hpp"
#include "catalogue/model/purchase.hpp"
#include "catalogue/model/recording_rights.hpp"
#include "catalogue/model/takedown.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace accord::catalogue {

/// The catalogue rows attached directly to one subject (a recording, or a release), each list in id order,
/// as the row readers (rows::readDeal, readTakedown, readPurchase) parsed them. [any thread] Plain value.
struct AttachedRights {
    std::vector<Deal> deals;
    std::vector<Takedown> takedowns;
    std::vector<Purchase> purchases;
};

/// Looks a deal up by id (the parent of a sublicence): nullopt when no such deal exists. An error stops the
/// assembly and is returned by assembleRights.
using ParentLookup = std::function<base::Result<std::optional<Deal>>(std::int64_t dealId)>;

/// THE computation of a recording's RecordingRights from its catalogue rows; everything else is reading
/// rows (RightsQuery: one recording; RightsBatch: chunks of recordings) or encoding the result (rights_codec
/// for the stored recording_rights row, which the decision index file copies byte for byte).
///
///  - deals, takedowns, purchases: the recording's own (`own`), then, for each of its tracks in
///    (release id, position) order, that track's release's (`tracks[i]`, the same object for two tracks on
///    one release: the rows then appear twice, as the tables join them);
///  - ancestors: walking the deals and then the ancestors as they are appended, the parent of each
///    sublicence that is not listed yet, looked up with `parent` (a missing parent is skipped).
///
/// Readers only have to deliver rows in id order per subject and tracks in order; a new deal field needs no
/// change here (rows::readDeal and rights_codec carry it). Pure apart from `parent`.
/// [any thread] Failure: whatever `parent` returns.
base::Result<RecordingRights> assembleRights(std::int64_t recordingId, AttachedRights own,
                                             std::span<const AttachedRights* const> tracks,
                                             const ParentLookup& parent);

} // namespace accord::catalogue
