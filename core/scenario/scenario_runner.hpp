// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/scenario.hpp"
#include "scenario/scenario_result.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace accord::scenario {

/// Which part of the work this process does: checks are numbered across all scenarios in plan order and
/// shard K of N (1-based) takes those whose number modulo N is K-1. Deterministic, so the JUnit files of
/// all N shards together hold every check exactly once.
struct Shard {
    std::size_t index = 1;
    std::size_t count = 1;
};

/// Runs scenarios: per scenario, a fresh ScenarioWorkspace (temporary data dir with the fixtures imported
/// and scanned), then its planned checks in order: matrix cells through CellJudge, timelines through
/// walkTimeline, play checks through playOnce (the default audio device: set ALSA_CONFIG_PATH first).
/// A workspace that cannot be built makes that scenario an error and none of its checks run.
/// `progress` (optional) is called after each check. [one thread]
class ScenarioRunner {
public:
    /// `plays` false: play checks are not run but listed as unasserted with the reason (a window must not
    /// play scenario audio to the listener's speakers; `accordctl scenario run` runs them).
    explicit ScenarioRunner(Shard shard = {}, bool plays = true) : m_shard(shard), m_plays(plays) {}

    std::vector<ScenarioResult> run(const std::vector<Scenario>& scenarios,
                                    const std::function<void(const CheckResult&)>& progress = {});

private:
    ScenarioResult runOne(const Scenario& scenario, const std::vector<PlannedCheck>& checks,
                          const std::function<void(const CheckResult&)>& progress);
    Shard m_shard;
    bool m_plays = true;
};

} // namespace accord::scenario
