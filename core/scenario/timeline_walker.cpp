// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/timeline_walker.hpp"

#include "scenario/expectation_check.hpp"
#include "scenario/matrix.hpp"

#include <algorithm>

namespace accord::scenario {

namespace {

bool sameStretch(const licence::Decision& a, const licence::Decision& b)
{
    return a.verdict == b.verdict && a.cap == b.cap && reasonCodes(a) == reasonCodes(b);
}

std::string describe(const licence::Decision& d)
{
    return std::string(licence::toString(d.verdict)) + " (" + joined(reasonCodes(d)) + ")";
}

} // namespace

base::Result<TimelineWalk>
walkTimeline(base::Instant from, base::Instant to,
             const std::function<base::Result<licence::Decision>(base::Instant)>& judgeAt,
             std::size_t maxSteps)
{
    TimelineWalk walk;
    auto first = judgeAt(from);
    if (!first.ok())
        return std::move(first).error();
    walk.segments.push_back({from, std::move(*first)});
    licence::Decision current = walk.segments.back().decision;
    for (std::size_t step = 0; step < maxSteps; ++step) {
        if (!current.validUntil || *current.validUntil >= to)
            return walk;
        const base::Instant boundary = *current.validUntil;
        // valid_until promises nothing changes before it: one second earlier must still be this stretch.
        auto before = judgeAt(boundary - std::chrono::seconds{1});
        if (!before.ok())
            return std::move(before).error();
        if (!sameStretch(*before, walk.segments.back().decision))
            walk.problems.push_back("at " + describeInstant(boundary - std::chrono::seconds{1}) +
                                    " (one second before valid_until " + describeInstant(boundary) +
                                    ") the decision was already " + describe(*before) + ", not " +
                                    describe(walk.segments.back().decision));
        auto at = judgeAt(boundary);
        if (!at.ok())
            return std::move(at).error();
        if (at->validUntil && *at->validUntil <= boundary) {
            walk.problems.push_back("valid_until " + describeInstant(*at->validUntil) + " at " +
                                    describeInstant(boundary) + " does not move forward");
            return walk;
        }
        if (!sameStretch(*at, walk.segments.back().decision))
            walk.segments.push_back({boundary, *at});
        current = std::move(*at);
    }
    walk.problems.push_back("more than " + std::to_string(maxSteps) + " change points; stopped");
    return walk;
}

std::vector<std::string> compareTimeline(const std::vector<TimelineStep>& expected, const TimelineWalk& walk)
{
    std::vector<std::string> out = walk.problems;
    const std::size_t n = std::min(expected.size(), walk.segments.size());
    for (std::size_t i = 0; i < n; ++i) {
        const TimelineStep& e = expected[i];
        const TimelineSegment& s = walk.segments[i];
        const std::string where = "step " + std::to_string(i + 1) + " (from " + describeInstant(s.from) + ")";
        if (e.from && *e.from != s.from)
            out.push_back(where + ": expected the change at " + describeInstant(*e.from) + ", it came at " +
                          describeInstant(s.from));
        if (e.verdict != s.decision.verdict)
            out.push_back(where + ": expected " + licence::toString(e.verdict) + ", got " +
                          describe(s.decision));
        const auto codes = reasonCodes(s.decision);
        for (const std::string& code : e.reasons)
            if (std::find(codes.begin(), codes.end(), code) == codes.end())
                out.push_back(where + ": expected reason " + code + ", got " + joined(codes));
    }
    if (expected.size() != walk.segments.size()) {
        std::string got;
        for (const TimelineSegment& s : walk.segments)
            got += (got.empty() ? "" : " -> ") + describe(s.decision) + " from " + describeInstant(s.from);
        out.push_back("expected " + std::to_string(expected.size()) + " steps, got " +
                      std::to_string(walk.segments.size()) + ": " + got);
    }
    return out;
}

} // namespace accord::scenario
