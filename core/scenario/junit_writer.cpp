// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/junit_writer.hpp"

#include "scenario/matrix.hpp"

#include <cstdio>

namespace accord::scenario {

namespace {

std::string attr(const char* name, const std::string& value)
{
    return std::string(" ") + name + "=\"" + xmlEscape(value) + "\"";
}

std::string attr(const char* name, std::size_t value)
{
    return attr(name, std::to_string(value));
}

const char* kindName(PlannedCheck::Kind k)
{
    switch (k) {
    case PlannedCheck::Kind::Cell:
        return "cell";
    case PlannedCheck::Kind::Timeline:
        return "timeline";
    case PlannedCheck::Kind::Play:
        return "play";
    }
    return "?";
}

std::string property(const char* name, const std::string& value)
{
    return "        <property" + attr("name", name) + attr("value", value) + "/>\n";
}

// The check's context, where Jenkins' JUnit plugin shows testcase properties beside the output.
std::string contextProperties(const CheckResult& c)
{
    std::string out = "      <properties>\n" + property("kind", kindName(c.kind)) +
                      property("subject", c.subject) + property("territory", c.context.territory) +
                      property("tier", catalogue::toString(c.context.tier)) +
                      property("device", catalogue::toString(c.context.device));
    if (c.kind == PlannedCheck::Kind::Timeline)
        out += property("from", base::formatIso8601(c.from)) + property("to", base::formatIso8601(c.to));
    else
        out += property("at", base::formatIso8601(c.context.at));
    return out + "      </properties>\n";
}

} // namespace

std::string xmlEscape(const std::string& text, bool attribute)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto ch = static_cast<unsigned char>(c);
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        case '\'':
            out += attribute ? "&apos;" : "'";
            break;
        case '\n':
            out += attribute ? "&#10;" : "\n";
            break;
        case '\t':
            out += attribute ? "&#9;" : "\t";
            break;
        default:
            // XML 1.0 has no way to carry other control characters: show them, do not break the file.
            if (ch < 0x20)
                out += '?';
            else
                out += static_cast<char>(ch);
        }
    }
    return out;
}

std::string JunitWriter::time(double seconds) const
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", m_timing ? seconds : 0.0);
    return buf;
}

std::string JunitWriter::write(const std::vector<ScenarioResult>& results) const
{
    std::size_t tests = 0;
    std::size_t failures = 0;
    std::size_t errors = 0;
    double seconds = 0;
    std::string body;
    for (const ScenarioResult& r : results) {
        const std::size_t f = r.count(CheckResult::Status::Failed);
        const std::size_t s = r.count(CheckResult::Status::Unasserted);
        const std::size_t e = r.error ? 1 : 0;
        const std::size_t t = r.error ? 1 : r.checks.size();
        tests += t;
        failures += f;
        errors += e;
        seconds += r.seconds;
        body += "  <testsuite" + attr("name", r.name) + attr("tests", t) + attr("failures", f) +
                attr("errors", e) + attr("skipped", s) + attr("time", time(r.seconds)) +
                attr("file", r.file) + ">\n";
        body += "    <properties>\n      <property" + attr("name", "scenario.file") + attr("value", r.file) +
                "/>\n    </properties>\n";
        if (r.error) {
            body += "    <testcase" + attr("classname", r.name) + attr("name", r.name + " fixtures") +
                    attr("time", time(r.seconds)) + ">\n      <error" +
                    attr("message", "a fixture could not be set up; no check ran") + attr("type", "fixture") +
                    ">" + xmlEscape(*r.error, false) + "</error>\n    </testcase>\n";
        }
        for (const CheckResult& c : r.checks) {
            body += "    <testcase" + attr("classname", r.name) + attr("name", c.name) +
                    attr("time", time(c.seconds)) + ">\n" + contextProperties(c);
            if (c.status == CheckResult::Status::Failed) {
                std::string message = c.problems.empty() ? "failed" : c.problems.front();
                if (c.problems.size() > 1)
                    message += " (+" + std::to_string(c.problems.size() - 1) + " more)";
                std::string text;
                for (const std::string& p : c.problems)
                    text += p + "\n";
                text += "expected:\n" + c.expected.dump(2) + "\nactual:\n" + c.actual.dump(2) + "\n";
                body += "      <failure" + attr("message", message) + attr("type", kindName(c.kind)) + ">" +
                        xmlEscape(text, false) + "</failure>\n";
            } else if (c.status == CheckResult::Status::Unasserted) {
                body += "      <skipped" + attr("message", "unasserted: no expectation covers this cell") +
                        "/>\n";
            }
            body += "    </testcase>\n";
        }
        body += "  </testsuite>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attr("name", "accord scenarios") +
           attr("tests", tests) + attr("failures", failures) + attr("errors", errors) +
           attr("time", time(seconds)) + ">\n" + body + "</testsuites>\n";
}

} // namespace accord::scenario
