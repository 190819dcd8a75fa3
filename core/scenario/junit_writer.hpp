// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/scenario_result.hpp"

#include <string>
#include <vector>

namespace accord::scenario {

/// JUnit XML as Jenkins and GitLab read it (the Jenkins junit-10 shape, tests/data/junit/jenkins-junit.xsd):
/// `testsuites` > one `testsuite` per scenario (name, file, tests, failures, errors, skipped, time, its
/// `properties`) > `testcase` (classname = scenario, name = the check's unique name, time) holding
/// `<failure message type>` with the expected and the actual JSON in its body, `<skipped>` for an
/// unasserted cell, and the check's context in the testcase's `<properties>` (kind, subject, territory,
/// tier, device, at or from/to). A scenario whose fixtures failed is one
/// testcase "fixtures" with `<error>`. With `timing` false every time is 0, so the output depends on
/// the results alone (byte-identical across runs). [any thread] Pure.
class JunitWriter {
public:
    explicit JunitWriter(bool timing) : m_timing(timing) {}
    std::string write(const std::vector<ScenarioResult>& results) const;

private:
    std::string time(double seconds) const;
    bool m_timing;
};

/// Escapes text for XML (&, < and >; control characters become '?'); in an attribute value also quotes,
/// newlines and tabs, so they survive attribute normalisation.
std::string xmlEscape(const std::string& text, bool attribute = true);

} // namespace accord::scenario
