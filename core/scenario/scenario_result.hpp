// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/context.hpp"
#include "licence/decision.hpp"
#include "scenario/check_plan.hpp"
#include "scenario/timeline_walker.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace accord::scenario {

/// The outcome of one planned check. [any thread] Plain value type.
struct CheckResult {
    enum class Status { Passed, Failed, Unasserted };
    PlannedCheck::Kind kind = PlannedCheck::Kind::Cell;
    Status status = Status::Unasserted;
    std::string name;
    std::string subject; ///< Subject::label()
    licence::Context context;
    std::vector<std::string> problems;         ///< why it failed, one line each
    nlohmann::json expected;                   ///< what the file asserts (JSON), for failures and the report
    nlohmann::json actual;                     ///< what came out (decision JSON, walk, play outcome)
    std::optional<licence::Decision> decision; ///< Cell: the actual decision
    base::Instant from{};                      ///< Timeline: the window walked
    base::Instant to{};
    std::vector<TimelineSegment> segments; ///< Timeline: the actual stretches
    double seconds = 0;
};

/// One scenario run: an error (bad fixture: no check ran) or its checks' results, in plan order.
struct ScenarioResult {
    std::string name;
    std::string file;
    std::optional<std::string> error;
    std::vector<CheckResult> checks;
    double seconds = 0;

    std::size_t count(CheckResult::Status status) const;
};

} // namespace accord::scenario
