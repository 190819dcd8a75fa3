// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The JUnit and HTML writers on hand-made results: structure, escaping, counts, and the JUnit file
// validated against the Jenkins schema in tests/data/junit with xmllint.
#include "scenario/html_report_writer.hpp"
#include "scenario/junit_writer.hpp"

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace accord;
using scenario::CheckResult;

namespace {

std::vector<scenario::ScenarioResult> results()
{
    licence::Context ctx{std::chrono::sys_days{std::chrono::year{2015} / 11 / 3}, "CN", catalogue::Tier::Vip,
                         catalogue::DeviceClass::Desktop};
    scenario::ScenarioResult ok;
    ok.name = "takedown <2015> & \"friends\"";
    ok.file = "tests/scenarios/t.toml";
    ok.seconds = 1.25;
    CheckResult passed;
    passed.name = "ACC-0001 CN/vip/desktop @2015-11-03";
    passed.subject = "ACC-0001";
    passed.context = ctx;
    passed.status = CheckResult::Status::Passed;
    passed.decision = licence::Decision{};
    passed.decision->verdict = licence::Verdict::Playable;
    passed.seconds = 0.5;
    CheckResult failed = passed;
    failed.name = "ACC-0001 HK/vip/desktop @2015-11-03";
    failed.context.territory = "HK";
    failed.status = CheckResult::Status::Failed;
    failed.problems = {"line 9: verdict: expected blocked, got playable"};
    failed.expected = {{"verdict", "blocked"}};
    failed.actual = {{"verdict", "playable"},
                     {"reasons", {{{"code", "licensed"}, {"text", "Licensed <here>"}}}}};
    CheckResult unasserted = passed;
    unasserted.name = "ACC-0002 CN/vip/desktop @2015-11-03";
    unasserted.subject = "ACC-0002";
    unasserted.status = CheckResult::Status::Unasserted;
    ok.checks = {passed, failed, unasserted};
    scenario::ScenarioResult broken;
    broken.name = "broken";
    broken.file = "b.toml";
    broken.error = "b.json:3: /deals/0/end: not a date";
    return {ok, broken};
}

} // namespace

TEST_CASE("JUnit XML: suites per scenario, failures with expected and actual, errors, skipped",
          "[scenario][junit]")
{
    const std::string xml = scenario::JunitWriter(false).write(results());
    CHECK(xml.find("<testsuites name=\"accord scenarios\" tests=\"4\" failures=\"1\" errors=\"1\" "
                   "time=\"0.000\">") != std::string::npos);
    CHECK(xml.find(
              "<testsuite name=\"takedown &lt;2015&gt; &amp; &quot;friends&quot;\" tests=\"3\" "
              "failures=\"1\" errors=\"0\" skipped=\"1\" time=\"0.000\" file=\"tests/scenarios/t.toml\">") !=
          std::string::npos);
    CHECK(xml.find("<testcase classname=\"takedown &lt;2015&gt; &amp; &quot;friends&quot;\" "
                   "name=\"ACC-0001 HK/vip/desktop @2015-11-03\" time=\"0.000\">") != std::string::npos);
    CHECK(
        xml.find("<failure message=\"line 9: verdict: expected blocked, got playable\" type=\"cell\">line 9: "
                 "verdict: expected blocked, got playable\nexpected:\n{\n  \"verdict\": "
                 "\"blocked\"\n}\nactual:\n") != std::string::npos);
    CHECK(xml.find("Licensed &lt;here&gt;") != std::string::npos);
    CHECK(xml.find("<skipped message=\"unasserted: no expectation covers this cell\"/>") !=
          std::string::npos);
    CHECK(xml.find("<property name=\"territory\" value=\"HK\"/>") != std::string::npos);
    CHECK(
        xml.find("<error message=\"a fixture could not be set up; no check ran\" type=\"fixture\">b.json:3: "
                 "/deals/0/end: not a date</error>") != std::string::npos);
    // Timing on: real seconds; off: zeros only.
    const std::string timed = scenario::JunitWriter(true).write(results());
    CHECK(timed.find("time=\"1.250\"") != std::string::npos);
    CHECK(timed.find("time=\"0.500\"") != std::string::npos);

    test::TempDir dir;
    test::writeFile(dir / "out.xml", xml);
    const std::string cmd = "xmllint --noout --schema '" + std::string(ACCORD_TEST_DATA_DIR) +
                            "/junit/jenkins-junit.xsd' '" + (dir / "out.xml").string() + "' 2>/dev/null";
    CHECK(std::system(cmd.c_str()) == 0);
    // The schema is not a rubber stamp: a testcase without a name is refused.
    std::string bad = xml;
    bad.replace(bad.find(" name=\"ACC-0001 HK"), 6, " nome=");
    test::writeFile(dir / "bad.xml", bad);
    const std::string badCmd = "xmllint --noout --schema '" + std::string(ACCORD_TEST_DATA_DIR) +
                               "/junit/jenkins-junit.xsd' '" + (dir / "bad.xml").string() + "' 2>/dev/null";
    CHECK(std::system(badCmd.c_str()) != 0);
}

TEST_CASE("the HTML report: grid cells coloured by verdict, failures with expected and actual",
          "[scenario][report]")
{
    const std::string html = scenario::HtmlReportWriter().write(results());
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("src=") == std::string::npos); // self-contained
    CHECK(html.find("1 passed, <span class=\"fail\">1 failed</span>, 1 unasserted, 1 scenario errors") !=
          std::string::npos);
    CHECK(html.find("<td class=\"playable\" title=\"(none)\">playable<span class=\"cap\">cap none</span>") !=
          std::string::npos);
    CHECK(html.find("<td class=\"playable failed\" title=\"FAILED: line 9: verdict: expected blocked, got "
                    "playable\">") != std::string::npos);
    CHECK(html.find("<td class=\"playable unasserted\"") != std::string::npos);
    CHECK(html.find("<pre>expected\n{\n  \"verdict\": \"blocked\"\n}</pre>") != std::string::npos);
    CHECK(html.find("b.json:3: /deals/0/end: not a date") != std::string::npos);
}
