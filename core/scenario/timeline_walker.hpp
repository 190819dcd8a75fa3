// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "licence/decision.hpp"
#include "scenario/scenario.hpp"

#include <functional>
#include <string>
#include <vector>

namespace accord::scenario {

/// A stretch of time over which the decision kept one verdict, cap and set of reason codes.
struct TimelineSegment {
    base::Instant from{};
    licence::Decision decision; ///< as judged at `from`
};

struct TimelineWalk {
    std::vector<TimelineSegment> segments;
    /// Boundaries where the decision one second before valid_until already differed from the one made
    /// at the segment's start (valid_until was late), or valid_until did not move forward.
    std::vector<std::string> problems;
};

/// Walks [from, to) from change point to change point: judge at `from`, jump to its valid_until, probe one
/// second before it (must still be the segment's decision) and at it (the next decision), and so on until
/// valid_until is past `to` or absent. Consecutive decisions with equal verdict, cap and reason codes are
/// one segment. At most `maxSteps` boundaries. [any thread] Pure apart from `judgeAt`.
base::Result<TimelineWalk>
walkTimeline(base::Instant from, base::Instant to,
             const std::function<base::Result<licence::Decision>(base::Instant)>& judgeAt,
             std::size_t maxSteps = 10000);

/// What differs between the expected steps and the walk: one line per problem, empty when it matches.
/// [any thread] Pure.
std::vector<std::string> compareTimeline(const std::vector<TimelineStep>& expected, const TimelineWalk& walk);

} // namespace accord::scenario
