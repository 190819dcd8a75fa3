// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/model/deal.hpp"
#include "catalogue/model/purchase.hpp"
#include "catalogue/model/recording.hpp"
#include "catalogue/model/takedown.hpp"
#include "storage/statement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace accord::catalogue::rows {

// Column lists and row readers shared by the catalogue's queries. Internal to the module.
inline constexpr const char* kRecordingColumns = "r.id, r.catalogue_id, r.isrc, r.title, r.artists, "
                                                 "r.duration_ms, r.fingerprint, r.fingerprint_duration_s";
inline constexpr const char* kDealColumns =
    "d.id, d.deal_key, d.recording_id, d.release_id, d.licensor, d.licensee, d.territories, d.valid_from, "
    "d.valid_until, d.use_types, d.commercial_models, d.exclusive, d.parent_id";
inline constexpr const char* kTakedownColumns = "t.id, t.takedown_key, t.recording_id, t.release_id, "
                                                "t.territories, t.effective_at, t.transition_s, t.notice";
inline constexpr const char* kPurchaseColumns = "p.id, p.recording_id, p.release_id, p.purchased_at";

Recording readRecording(const storage::Statement& st);
base::Result<Deal> readDeal(const storage::Statement& st);
base::Result<Takedown> readTakedown(const storage::Statement& st);
Purchase readPurchase(const storage::Statement& st);

std::string joinList(const std::vector<std::string>& items, char sep);
std::vector<std::string> splitList(std::string_view text, char sep);

} // namespace accord::catalogue::rows
