// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/check_plan.hpp"

#include "scenario/matrix.hpp"

#include <set>

namespace accord::scenario {

namespace {

// Two checks may describe the same thing (two play checks of one file in one context): number the rest.
std::string unique(std::set<std::string>& used, const std::string& name)
{
    std::string candidate = name;
    for (int n = 2; !used.insert(candidate).second; ++n)
        candidate = name + " #" + std::to_string(n);
    return candidate;
}

} // namespace

std::vector<PlannedCheck> planChecks(const Scenario& s)
{
    std::vector<PlannedCheck> out;
    std::set<std::string> used;
    const std::vector<licence::Context> cells = expandMatrix(s.matrix);
    for (const Subject& subject : s.subjects) {
        for (const licence::Context& ctx : cells) {
            PlannedCheck c;
            c.kind = PlannedCheck::Kind::Cell;
            c.subject = subject;
            c.context = ctx;
            c.name = unique(used, subject.label() + " " + describeContext(ctx));
            for (std::size_t i = 0; i < s.expectations.size(); ++i)
                if (s.expectations[i].subject == subject && s.expectations[i].slice.matches(ctx))
                    c.expectations.push_back(i);
            out.push_back(std::move(c));
        }
    }
    for (std::size_t i = 0; i < s.timelines.size(); ++i) {
        const Timeline& t = s.timelines[i];
        PlannedCheck c;
        c.kind = PlannedCheck::Kind::Timeline;
        c.subject = t.subject;
        c.context = t.context;
        c.context.at = t.from;
        c.index = i;
        std::string name = "timeline " + (t.name.empty() ? t.subject.label() : t.name) + " " +
                           t.context.territory + "/" + catalogue::toString(t.context.tier) + "/" +
                           catalogue::toString(t.context.device) + " " + describeInstant(t.from) + ".." +
                           describeInstant(t.to);
        c.name = unique(used, name);
        out.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < s.plays.size(); ++i) {
        const PlayCheck& p = s.plays[i];
        PlannedCheck c;
        c.kind = PlannedCheck::Kind::Play;
        c.subject = {Subject::Kind::File, p.file};
        c.context = p.context;
        c.index = i;
        c.name = unique(used, "play " + p.file + " " + describeContext(p.context));
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace accord::scenario
