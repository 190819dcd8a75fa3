// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "judgement/catalogue_changes.hpp"

#include "judgement/judge.hpp"

#include <chrono>

namespace accord::judgement {

bool decisionChanged(const licence::Decision& before, const licence::Decision& after)
{
    if (before.verdict != after.verdict || before.cap != after.cap ||
        before.reasons.size() != after.reasons.size())
        return true;
    for (std::size_t i = 0; i < before.reasons.size(); ++i)
        if (before.reasons[i].code != after.reasons[i].code)
            return true;
    return false;
}

base::Status judgeCatalogueChanges(Judge& judge, const std::vector<licence::Context>& contexts,
                                   base::Instant from, base::Instant to,
                                   const std::function<bool(const DecisionChange&)>& visit)
{
    // One second before the window: a change at `from` itself is then a change point inside it.
    std::vector<licence::Context> start = contexts;
    for (licence::Context& c : start)
        c.at = from - std::chrono::seconds{1};
    base::Status failure;
    bool stopped = false;
    auto walked = judge.judgeCatalogue(start, [&](const RecordingJudgement& row) {
        licence::Decision current = row.judgement.decision;
        licence::Context ctx = start[row.context];
        // valid_until is where the answer may change; it always lies after the instant decided for, so the
        // walk advances and ends (a decision without one never changes again).
        while (current.validUntil && *current.validUntil<to&& * current.validUntil> ctx.at) {
            ctx.at = *current.validUntil;
            auto next = judge.judgeRecording(*row.recording, ctx);
            if (!next.ok()) {
                failure = std::move(next).error();
                return false;
            }
            if (decisionChanged(current, next->decision)) {
                const DecisionChange change{row.recording, row.context, ctx.at, current, next->decision};
                if (!visit(change)) {
                    stopped = true;
                    return false;
                }
            }
            current = std::move(next->decision);
        }
        return true;
    });
    if (!walked.ok())
        return walked;
    if (!stopped && !failure.ok())
        return failure;
    return {};
}

} // namespace accord::judgement
