// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/html_report_writer.hpp"

#include "scenario/expectation_check.hpp"
#include "scenario/junit_writer.hpp"
#include "scenario/matrix.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace accord::scenario {

namespace {

std::string esc(const std::string& s)
{
    return xmlEscape(s, false);
}

const char* verdictClass(const std::optional<licence::Decision>& d)
{
    if (!d)
        return "none";
    return licence::toString(d->verdict);
}

template <typename T> void addOnce(std::vector<T>& v, const T& x)
{
    if (std::find(v.begin(), v.end(), x) == v.end())
        v.push_back(x);
}

constexpr const char* kStyle = R"(
body{font:14px/1.4 "Noto Sans",sans-serif;margin:24px;color:#222;background:#fafafa}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 6px;border-bottom:1px solid #ccc}
h3{font-size:15px;margin:18px 0 4px}.sum{margin:4px 0 12px}.pass{color:#1b7f3b}.fail{color:#c62828;font-weight:bold}
.err{background:#fdecea;border:1px solid #c62828;padding:8px;white-space:pre-wrap}
table.grid{border-collapse:collapse;margin:4px 16px 8px 0;display:inline-table;vertical-align:top}
.grid caption{text-align:left;font-weight:bold;padding:2px 0}
.grid th,.grid td{border:1px solid #bbb;padding:4px 8px;text-align:center;min-width:74px}
.grid th{background:#eee;font-weight:600}
td.playable{background:#c8e6c9}td.preview{background:#fff3c4}td.blocked{background:#ffcdd2}td.none{background:#eee}
td.unasserted{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.07) 6px 8px)}
td.failed{outline:3px solid #c62828;outline-offset:-3px;font-weight:bold}
.cap{display:block;font-size:11px;color:#555}
.band{display:flex;height:28px;border:1px solid #999;margin:6px 0 2px;max-width:1100px}
.band div{overflow:hidden;white-space:nowrap;font-size:12px;padding:5px 4px;border-right:1px solid #fff}
.band .playable{background:#66bb6a}.band .transition{background:repeating-linear-gradient(45deg,#66bb6a 0 8px,#ffd54f 8px 16px)}.band .preview{background:#ffd54f}.band .blocked{background:#ef5350;color:#fff}
.ticks{position:relative;height:16px;max-width:1100px;font-size:11px;color:#444}
.ticks span{position:absolute;transform:translateX(-50%);white-space:nowrap}
.expected{font-size:12px;color:#c62828;margin:2px 0 6px;max-width:1100px}
.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border:1px solid #bbb}
.failure{border-left:4px solid #c62828;background:#fff;padding:6px 10px;margin:8px 0}
.failure pre{display:inline-block;vertical-align:top;margin:4px 12px 4px 0;background:#f4f4f4;padding:6px;
max-width:520px;overflow:auto;font-size:12px}.failure ul{margin:4px 0}
)";

} // namespace

std::string HtmlReportWriter::grids(const ScenarioResult& r) const
{
    // Group cells by subject and instant; rows are territories, columns tier/device, in first-seen order.
    std::vector<std::string> subjects;
    for (const CheckResult& c : r.checks)
        if (c.kind == PlannedCheck::Kind::Cell)
            addOnce(subjects, c.subject);
    std::string out;
    for (const std::string& subject : subjects) {
        out += "<h3>" + esc(subject) + "</h3>\n";
        std::vector<base::Instant> instants;
        for (const CheckResult& c : r.checks)
            if (c.kind == PlannedCheck::Kind::Cell && c.subject == subject)
                addOnce(instants, c.context.at);
        for (base::Instant at : instants) {
            std::vector<std::string> rows;
            std::vector<std::string> cols;
            std::map<std::pair<std::string, std::string>, const CheckResult*> cells;
            for (const CheckResult& c : r.checks) {
                if (c.kind != PlannedCheck::Kind::Cell || c.subject != subject || c.context.at != at)
                    continue;
                const std::string col = std::string(catalogue::toString(c.context.tier)) + "/" +
                                        catalogue::toString(c.context.device);
                addOnce(rows, c.context.territory);
                addOnce(cols, col);
                cells[{c.context.territory, col}] = &c;
            }
            out += "<table class=\"grid\"><caption>@ " + esc(describeInstant(at)) + "</caption><tr><th></th>";
            for (const std::string& col : cols)
                out += "<th>" + esc(col) + "</th>";
            out += "</tr>\n";
            for (const std::string& row : rows) {
                out += "<tr><th>" + esc(row) + "</th>";
                for (const std::string& col : cols) {
                    const auto it = cells.find({row, col});
                    if (it == cells.end()) {
                        out += "<td class=\"none\">excluded</td>";
                        continue;
                    }
                    const CheckResult& c = *it->second;
                    std::string cls = verdictClass(c.decision);
                    if (c.status == CheckResult::Status::Unasserted)
                        cls += " unasserted";
                    if (c.status == CheckResult::Status::Failed)
                        cls += " failed";
                    std::string tip = c.decision ? joined(reasonCodes(*c.decision)) : "no decision";
                    if (c.status == CheckResult::Status::Failed)
                        tip = "FAILED: " + joined(c.problems);
                    out += "<td class=\"" + cls + "\" title=\"" + xmlEscape(tip) + "\">" +
                           (c.decision ? licence::toString(c.decision->verdict) : "error");
                    if (c.decision)
                        out += std::string("<span class=\"cap\">cap ") +
                               catalogue::toString(c.decision->cap) + "</span>";
                    out += "</td>";
                }
                out += "</tr>\n";
            }
            out += "</table>\n";
        }
    }
    return out;
}

std::string HtmlReportWriter::timeline(const CheckResult& c) const
{
    std::string out = "<h3 class=\"" + std::string(c.status == CheckResult::Status::Failed ? "fail" : "") +
                      "\">" + esc(c.name) + (c.status == CheckResult::Status::Failed ? " (FAILED)" : "") +
                      "</h3>\n";
    const double total = static_cast<double>((c.to - c.from).count());
    if (c.segments.empty() || total <= 0)
        return out + "<div class=\"err\">no decisions</div>\n";
    out += "<div class=\"band\">";
    std::string ticks = "<div class=\"ticks\">";
    for (std::size_t i = 0; i < c.segments.size(); ++i) {
        const base::Instant start = c.segments[i].from;
        const base::Instant end = i + 1 < c.segments.size() ? c.segments[i + 1].from : c.to;
        const double pct = 100.0 * static_cast<double>((end - start).count()) / total;
        const double at = 100.0 * static_cast<double>((start - c.from).count()) / total;
        char width[64];
        std::snprintf(width, sizeof width, "%.3f%%", pct);
        char left[64];
        std::snprintf(left, sizeof left, "%.3f%%", at);
        const licence::Decision& d = c.segments[i].decision;
        const std::string label = std::string(licence::toString(d.verdict)) + " " + joined(reasonCodes(d));
        const bool transition = d.hasReason("takedown_transition");
        out += "<div class=\"" + std::string(licence::toString(d.verdict)) +
               (transition ? " transition" : "") + "\" style=\"width:" + width + "\" title=\"" +
               xmlEscape(describeInstant(start) + ": " + label) + "\">" + esc(label) + "</div>";
        // The first label starts at the left edge instead of centring on it (it would be cut off).
        ticks += "<span style=\"left:" + std::string(left) + (i == 0 ? ";transform:none" : "") + "\">" +
                 esc(describeInstant(start)) + "</span>";
    }
    out += "</div>\n" + ticks + "<span style=\"left:100%;transform:translateX(-100%)\">" +
           esc(describeInstant(c.to)) + "</span></div>\n";
    if (c.status == CheckResult::Status::Failed) {
        // The expected sequence beside the band, in the same words, so the differing step stands out.
        std::string expected;
        for (const auto& step : c.expected) {
            expected += expected.empty() ? "" : " &rarr; ";
            expected += esc(step.value("verdict", std::string()));
            std::vector<std::string> reasons = step.value("reasons", std::vector<std::string>{});
            if (!reasons.empty())
                expected += " (" + esc(joined(reasons)) + ")";
            if (step.contains("from"))
                expected += " from " + esc(step["from"].get<std::string>());
        }
        out += "<div class=\"expected\"><b>expected:</b> " + expected + "</div>\n";
    }
    return out;
}

std::string HtmlReportWriter::failures(const ScenarioResult& r) const
{
    std::string out;
    for (const CheckResult& c : r.checks) {
        if (c.status != CheckResult::Status::Failed)
            continue;
        out += "<div class=\"failure\"><b>" + esc(c.name) + "</b><ul>";
        for (const std::string& p : c.problems)
            out += "<li>" + esc(p) + "</li>";
        out += "</ul><pre>expected\n" + esc(c.expected.dump(2)) + "</pre><pre>actual\n" +
               esc(c.actual.dump(2)) + "</pre></div>\n";
    }
    return out.empty() ? out : "<h3 class=\"fail\">Failures</h3>\n" + out;
}

std::string HtmlReportWriter::write(const std::vector<ScenarioResult>& results) const
{
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t unasserted = 0;
    std::size_t errors = 0;
    for (const ScenarioResult& r : results) {
        passed += r.count(CheckResult::Status::Passed);
        failed += r.count(CheckResult::Status::Failed);
        unasserted += r.count(CheckResult::Status::Unasserted);
        errors += r.error ? 1U : 0U;
    }
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<title>Accord scenario report</title><style>";
    out += kStyle;
    out += "</style></head><body>\n<h1>Accord scenario report</h1>\n<div class=\"sum\">" +
           std::to_string(passed) + " passed, <span class=\"" + (failed ? "fail" : "") + "\">" +
           std::to_string(failed) + " failed</span>, " + std::to_string(unasserted) + " unasserted, " +
           std::to_string(errors) +
           " scenario errors</div>\n<div class=\"legend\"><span class=\"\" "
           "style=\"background:#c8e6c9\">playable</span><span style=\"background:#fff3c4\">preview</span>"
           "<span style=\"background:#ffcdd2\">blocked</span><span style=\"background-image:repeating-linear-"
           "gradient(45deg,transparent 0 6px,rgba(0,0,0,.07) 6px 8px)\">unasserted</span><span "
           "style=\"outline:3px solid #c62828;outline-offset:-3px\">failed</span></div>\n";
    for (const ScenarioResult& r : results) {
        out += "<h2>" + esc(r.name) + "</h2>\n<div class=\"sum\">" + esc(r.file) + ": " +
               std::to_string(r.count(CheckResult::Status::Passed)) + " passed, " +
               std::to_string(r.count(CheckResult::Status::Failed)) + " failed, " +
               std::to_string(r.count(CheckResult::Status::Unasserted)) + " unasserted</div>\n";
        if (r.error) {
            out += "<div class=\"err\">fixtures could not be set up; no check ran:\n" + esc(*r.error) +
                   "</div>\n";
            continue;
        }
        out += grids(r);
        for (const CheckResult& c : r.checks)
            if (c.kind == PlannedCheck::Kind::Timeline)
                out += timeline(c);
        for (const CheckResult& c : r.checks) {
            if (c.kind != PlannedCheck::Kind::Play)
                continue;
            out += "<div class=\"" + std::string(c.status == CheckResult::Status::Failed ? "fail" : "pass") +
                   "\">" + esc(c.name) + ": " + esc(c.actual.dump()) + "</div>\n";
        }
        out += failures(r);
    }
    out += "</body></html>\n";
    return out;
}

} // namespace accord::scenario
