// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/context.hpp"
#include "scenario/scenario.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace accord::scenario {

/// One check a scenario asks for, known from the file alone (before anything is imported), so the plan
/// is deterministic: it names JUnit test cases and splits shards.
struct PlannedCheck {
    enum class Kind { Cell, Timeline, Play };
    Kind kind = Kind::Cell;
    std::string name; ///< unique within the scenario: "ACC-0001 CN/vip/desktop @2015-11-03"
    Subject subject;
    licence::Context context;
    std::vector<std::size_t> expectations; ///< Cell: indices into Scenario::expectations (empty: unasserted)
    std::size_t index = 0;                 ///< Timeline / Play: index into Scenario::timelines / plays
};

/// Cells (every subject x every matrix context, in that order), then timelines, then play checks.
/// [any thread] Pure.
std::vector<PlannedCheck> planChecks(const Scenario& scenario);

} // namespace accord::scenario
