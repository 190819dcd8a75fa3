// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/judge_cell.hpp"
#include "scenario/scenario.hpp"

#include <string>
#include <vector>

namespace accord::scenario {

/// What differs between an expectation and a judgement, one line per asserted field that does not hold
/// (e.g. "verdict: expected blocked, got playable"); empty when every asserted field holds.
/// [any thread] Pure.
std::vector<std::string> mismatches(const Expectation& expectation, const Judgement& judgement);

/// The reason codes of a decision, in order.
std::vector<std::string> reasonCodes(const licence::Decision& decision);

/// "a, b, c"
std::string joined(const std::vector<std::string>& items);

} // namespace accord::scenario
