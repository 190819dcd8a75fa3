// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "judgement/judgement.hpp"
#include "licence/decision.hpp"
#include "licence/unlock.hpp"

#include <vector>

#include <nlohmann/json.hpp>

namespace accord::judgement {

/// A decision as `accordctl decide --json` prints it (`verdict`, `cap`, `reasons[]` with `code` and `text`,
/// `valid_until`, `deals[]`): the one JSON form, shared by decide, availability and QA scenario reports.
/// Part of accordctl's public interface: fields are only ever added. [any thread, pure]
nlohmann::json decisionToJson(const licence::Decision& decision);

/// What would make a decision better (`accordctl decide --json`'s `unlock`): one object per alternative
/// with `kind` (tier, device, territory, date, purchase), the changed value (`tier`, `device`,
/// `territories` + `territory_count` + `other_territories` + `except`, `at`, or `purchase` {`scope`,
/// `deal`}), `context` (the whole context it was decided in: `territory`, `tier`, `device`, `at`),
/// `outcome` (`verdict`, `cap`, `reasons` codes) and `text` (an English sentence). [any thread, pure]
nlohmann::json unlocksToJson(const std::vector<licence::Unlock>& unlocks);

/// How a file was tied to a recording: `method`, `confidence`, `catalogue_id`. [any thread, pure]
nlohmann::json identityToJson(const Identity& identity);

} // namespace accord::judgement
