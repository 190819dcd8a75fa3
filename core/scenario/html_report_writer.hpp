// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/scenario_result.hpp"

#include <string>
#include <vector>

namespace accord::scenario {

/// One self-contained HTML page (inline CSS, no script, no external resource) for people: per scenario a
/// summary, per subject and instant a grid of territory rows x tier/device columns coloured by verdict
/// with the cap (unasserted cells hatched, failed cells outlined in red), each timeline as a band over
/// time with its change points, and every failure with its expected and actual JSON. [any thread] Pure.
class HtmlReportWriter {
public:
    std::string write(const std::vector<ScenarioResult>& results) const;

private:
    std::string grids(const ScenarioResult& result) const;
    std::string timeline(const CheckResult& check) const;
    std::string failures(const ScenarioResult& result) const;
};

} // namespace accord::scenario
