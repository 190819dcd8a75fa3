// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/scenario_runner.hpp"

#include "scenario/decision_json.hpp"
#include "scenario/expectation_check.hpp"
#include "scenario/judge_cell.hpp"
#include "scenario/matrix.hpp"
#include "scenario/play_check_runner.hpp"
#include "scenario/scenario_workspace.hpp"

#include <chrono>

namespace accord::scenario {

namespace {

using Clock = std::chrono::steady_clock;

base::Result<Judgement> judge(CellJudge& judge, const ScenarioWorkspace& ws, const Subject& subject,
                              const licence::Context& ctx)
{
    switch (subject.kind) {
    case Subject::Kind::Recording:
        return judge.recording(subject.id, ctx);
    case Subject::Kind::Isrc:
        return judge.isrc(subject.id, ctx);
    case Subject::Kind::File:
        return judge.file(ws.fileOf(subject.id), ctx);
    }
    return base::Error(base::ErrorCode::Internal, "unknown subject kind");
}

void runCell(const Scenario& s, const PlannedCheck& p, CellJudge& j, const ScenarioWorkspace& ws,
             CheckResult& r)
{
    auto judged = judge(j, ws, p.subject, p.context);
    nlohmann::json expected = nlohmann::json::array();
    for (std::size_t i : p.expectations)
        expected.push_back(expectationToJson(s.expectations[i]));
    r.expected = p.expectations.size() == 1 ? expected[0] : expected;
    if (!judged.ok()) {
        r.actual = {{"error", judged.error().describe()}};
        if (!p.expectations.empty()) {
            r.status = CheckResult::Status::Failed;
            r.problems.push_back(judged.error().describe());
        }
        return;
    }
    r.decision = judged->decision;
    r.actual = judgementToJson(*judged);
    if (p.expectations.empty())
        return;
    for (std::size_t i : p.expectations) {
        for (std::string& line : mismatches(s.expectations[i], *judged))
            r.problems.push_back("line " + std::to_string(s.expectations[i].pos.line) + ": " + line);
    }
    r.status = r.problems.empty() ? CheckResult::Status::Passed : CheckResult::Status::Failed;
}

nlohmann::json stepJson(base::Instant from, licence::Verdict verdict, const std::vector<std::string>& reasons)
{
    return {{"from", describeInstant(from)}, {"verdict", licence::toString(verdict)}, {"reasons", reasons}};
}

void runTimeline(const Scenario& s, const PlannedCheck& p, CellJudge& j, const ScenarioWorkspace& ws,
                 CheckResult& r)
{
    const Timeline& t = s.timelines[p.index];
    r.from = t.from;
    r.to = t.to;
    r.expected = nlohmann::json::array();
    for (const TimelineStep& step : t.steps) {
        nlohmann::json e{{"verdict", licence::toString(step.verdict)}, {"reasons", step.reasons}};
        if (step.from)
            e["from"] = describeInstant(*step.from);
        r.expected.push_back(std::move(e));
    }
    auto walk = walkTimeline(t.from, t.to, [&](base::Instant at) -> base::Result<licence::Decision> {
        licence::Context ctx = t.context;
        ctx.at = at;
        auto judged = judge(j, ws, t.subject, ctx);
        if (!judged.ok())
            return std::move(judged).error();
        return std::move(judged->decision);
    });
    r.status = CheckResult::Status::Failed;
    if (!walk.ok()) {
        r.problems.push_back(walk.error().describe());
        r.actual = {{"error", walk.error().describe()}};
        return;
    }
    r.segments = walk->segments;
    r.actual = nlohmann::json::array();
    for (const TimelineSegment& seg : walk->segments)
        r.actual.push_back(stepJson(seg.from, seg.decision.verdict, reasonCodes(seg.decision)));
    r.problems = compareTimeline(t.steps, *walk);
    r.status = r.problems.empty() ? CheckResult::Status::Passed : CheckResult::Status::Failed;
}

void runPlay(const Scenario& s, const PlannedCheck& p, const ScenarioWorkspace& ws, CheckResult& r)
{
    const PlayCheck& c = s.plays[p.index];
    r.expected = {{"outcome", toString(c.outcome)}};
    if (c.code)
        r.expected["code"] = *c.code;
    if (c.frames)
        r.expected["frames"] = *c.frames;
    if (c.outputRate)
        r.expected["output_rate"] = *c.outputRate;
    if (c.outputBits)
        r.expected["output_bits"] = *c.outputBits;
    if (c.bitPerfect)
        r.expected["bit_perfect"] = *c.bitPerfect;
    r.status = CheckResult::Status::Failed;
    auto played = playOnce(ws.dataDir(), ws.fileOf(c.file), c.context);
    if (!played.ok()) {
        r.problems.push_back(played.error().describe());
        r.actual = {{"error", played.error().describe()}};
        return;
    }
    r.actual = {{"outcome", toString(played->outcome)}};
    if (played->outcome == PlayCheck::Outcome::Skipped) {
        r.actual["code"] = played->skipCode;
        r.actual["reason"] = played->skipText;
    } else {
        r.actual["frames"] = played->frames;
        r.actual["output_rate"] = played->outputRate;
        r.actual["output_bits"] = played->outputBits;
        r.actual["bit_perfect"] = played->bitPerfect;
        r.actual["processing"] = played->processing;
    }
    r.problems = comparePlay(c, *played);
    r.status = r.problems.empty() ? CheckResult::Status::Passed : CheckResult::Status::Failed;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

std::size_t ScenarioResult::count(CheckResult::Status status) const
{
    std::size_t n = 0;
    for (const CheckResult& c : checks)
        n += c.status == status ? 1U : 0U;
    return n;
}

std::vector<ScenarioResult> ScenarioRunner::run(const std::vector<Scenario>& scenarios,
                                                const std::function<void(const CheckResult&)>& progress)
{
    std::vector<ScenarioResult> results;
    std::size_t number = 0;
    for (const Scenario& s : scenarios) {
        const std::vector<PlannedCheck> plan = planChecks(s);
        std::vector<PlannedCheck> mine;
        // A scenario with no checks at all still belongs to one shard, so its fixture errors show once.
        const std::size_t firstNumber = number;
        for (const PlannedCheck& c : plan) {
            if (number % m_shard.count == m_shard.index - 1)
                mine.push_back(c);
            ++number;
        }
        if (plan.empty())
            ++number;
        const bool ownsScenario = firstNumber % m_shard.count == m_shard.index - 1;
        if (mine.empty() && !ownsScenario)
            continue;
        ScenarioResult r = runOne(s, mine, progress);
        // Only the shard owning the scenario's first check reports a fixture error (merged: once).
        if (r.error && !ownsScenario)
            continue;
        results.push_back(std::move(r));
    }
    return results;
}

ScenarioResult ScenarioRunner::runOne(const Scenario& s, const std::vector<PlannedCheck>& checks,
                                      const std::function<void(const CheckResult&)>& progress)
{
    const auto start = Clock::now();
    ScenarioResult result;
    result.name = s.name;
    result.file = s.file.string();
    auto ws = ScenarioWorkspace::build(s);
    if (!ws.ok()) {
        result.error = ws.error().describe();
        result.seconds = secondsSince(start);
        return result;
    }
    auto judge = CellJudge::open((*ws)->dataDir());
    if (!judge.ok()) {
        result.error = judge.error().describe();
        result.seconds = secondsSince(start);
        return result;
    }
    for (const PlannedCheck& p : checks) {
        const auto checkStart = Clock::now();
        CheckResult r;
        r.kind = p.kind;
        r.name = p.name;
        r.subject = p.subject.label();
        r.context = p.context;
        switch (p.kind) {
        case PlannedCheck::Kind::Cell:
            runCell(s, p, *judge, **ws, r);
            break;
        case PlannedCheck::Kind::Timeline:
            runTimeline(s, p, *judge, **ws, r);
            break;
        case PlannedCheck::Kind::Play:
            if (m_plays)
                runPlay(s, p, **ws, r);
            else
                r.problems.push_back("not played here: play checks run from accordctl scenario run");
            break;
        }
        r.seconds = secondsSince(checkStart);
        if (progress)
            progress(r);
        result.checks.push_back(std::move(r));
    }
    result.seconds = secondsSince(start);
    return result;
}

} // namespace accord::scenario
