// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/judge_cell.hpp"
#include "scenario/scenario.hpp"

#include <nlohmann/json.hpp>

namespace accord::scenario {

/// A judgement as `accordctl decide --json` prints a decision (verdict, cap, reasons [{code, text}],
/// valid_until, deals [{id, scope, outcome, exclusive, parent?}]) plus `identification` {method,
/// confidence, catalogue_id}: the "actual" side of a failed check. [any thread] Pure.
nlohmann::json judgementToJson(const Judgement& judgement);

/// Only what an expectation asserts, in the same field names: the "expected" side of a failed check.
nlohmann::json expectationToJson(const Expectation& expectation);

} // namespace accord::scenario
