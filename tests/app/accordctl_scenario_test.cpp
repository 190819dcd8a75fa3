// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Runs the built `accordctl scenario run`: exit codes, the summary line, failure bodies, fixture errors,
// bad files (file:line:column: key), JUnit validated against the Jenkins schema, --no-timing byte
// identity, shards that merge into the full set, the HTML report, and the user's data left untouched.
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

std::string quote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Run run(const std::string& command)
{
    Run r;
    FILE* p = popen(command.c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

Run scenario(const accord::test::TempDir& data, const std::string& args, bool mergeStderr = false)
{
    return run(std::string(ACCORDCTL_PATH) + " --data-dir " + quote(data.path().string()) + " scenario run " +
               args + (mergeStderr ? " 2>&1" : " 2>/dev/null"));
}

std::string example(const std::string& name)
{
    return quote(std::string(ACCORD_SCENARIOS_DIR) + "/" + name + ".toml");
}

std::string fixture(const std::string& name)
{
    return quote(std::string(ACCORD_TEST_DATA_DIR) + "/scenarios/" + name + ".toml");
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string lastLine(const std::string& text)
{
    std::string t = text;
    while (!t.empty() && t.back() == '\n')
        t.pop_back();
    const auto nl = t.rfind('\n');
    return nl == std::string::npos ? t : t.substr(nl + 1);
}

bool validJunit(const std::filesystem::path& xml)
{
    return run("xmllint --noout --schema " +
               quote(std::string(ACCORD_TEST_DATA_DIR) + "/junit/jenkins-junit.xsd") + " " +
               quote(xml.string()) + " 2>&1")
               .exitCode == 0;
}

std::multiset<std::string> testcaseNames(const std::string& xml)
{
    std::multiset<std::string> names;
    const std::regex re("<testcase classname=\"([^\"]*)\" name=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), re); it != std::sregex_iterator(); ++it)
        names.insert((*it)[1].str() + " :: " + (*it)[2].str());
    return names;
}

const std::string kAllExamples =
    example("takedown-2015") + " " + example("vip-svip-hires") + " " + example("preview-30s") + " " +
    example("device-classes") + " " + example("purchased-album") + " " + example("exclusive-sublicence") +
    " " + example("ern-original") + " " + example("ern-update") + " " + example("identification");

} // namespace

TEST_CASE("the shipped examples pass, JUnit validates, --no-timing is byte-identical",
          "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const Run r =
        scenario(dir, "--no-timing --junit " + quote((dir / "a.xml").string()) + " " + kAllExamples);
    INFO(r.out);
    CHECK(r.exitCode == 0);
    CHECK(std::regex_match(lastLine(r.out), std::regex("[1-9][0-9]* passed, 0 failed")));
    CHECK(validJunit(dir / "a.xml"));
    const Run again =
        scenario(dir, "--no-timing --junit " + quote((dir / "b.xml").string()) + " " + kAllExamples);
    CHECK(again.exitCode == 0);
    CHECK(readFile(dir / "a.xml") == readFile(dir / "b.xml"));
    CHECK(readFile(dir / "a.xml").find("time=\"0.000\"") != std::string::npos);
    // With timing the times are measured (the play checks take real time).
    const Run timed =
        scenario(dir, "--junit " + quote((dir / "t.xml").string()) + " " + example("preview-30s"));
    CHECK(timed.exitCode == 0);
    CHECK(validJunit(dir / "t.xml"));
    CHECK(std::regex_search(readFile(dir / "t.xml"),
                            std::regex("name=\"play [^\"]*\" time=\"[0-9]+\\.[0-9]*[1-9]")));
}

TEST_CASE("shards split the checks deterministically and merge into the full set", "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const std::string files = example("takedown-2015") + " " + example("device-classes") + " " +
                              example("purchased-album") + " " + fixture("failing-fixture");
    scenario(dir, "--no-timing --junit " + quote((dir / "full.xml").string()) + " " + files);
    const auto full = testcaseNames(readFile(dir / "full.xml"));
    REQUIRE(full.size() > 20);
    std::multiset<std::string> merged;
    for (int k = 1; k <= 3; ++k) {
        const auto path = dir / ("shard" + std::to_string(k) + ".xml");
        scenario(dir, "--no-timing --shard " + std::to_string(k) + "/3 --junit " + quote(path.string()) +
                          " " + files);
        CHECK(validJunit(path));
        const auto part = testcaseNames(readFile(path));
        CHECK(part.size() < full.size());
        merged.insert(part.begin(), part.end());
    }
    CHECK(merged == full); // every check exactly once, the fixture error included once
    CHECK(scenario(dir, "--shard 4/3 " + files, true).exitCode == 2);
    CHECK(scenario(dir, "--shard x " + files, true).exitCode == 2);
}

TEST_CASE("a failing scenario exits 1 with expected vs actual in the failure body", "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const Run r =
        scenario(dir, "--no-timing --junit " + quote((dir / "f.xml").string()) + " --report " +
                          quote((dir / "f.html").string()) + " " + fixture("failing-takedown-off-by-one"));
    INFO(r.out);
    CHECK(r.exitCode == 1);
    CHECK(lastLine(r.out) == "1 passed, 2 failed");
    CHECK(r.out.find(
              "  FAIL ACC-0001 CN/vip/desktop @2015-11-08\n       line 20: verdict: expected blocked, got "
              "playable\n") != std::string::npos);
    CHECK(r.out.find("step 3 (from 2015-11-09): expected the change at 2015-11-08, it came at 2015-11-09") !=
          std::string::npos);
    const std::string xml = readFile(dir / "f.xml");
    CHECK(validJunit(dir / "f.xml"));
    CHECK(xml.find("<testsuite name=\"takedown off by one day\" tests=\"3\" failures=\"2\" errors=\"0\" "
                   "skipped=\"0\"") != std::string::npos);
    CHECK(xml.find("<failure message=\"line 20: verdict: expected blocked, got playable (+1 more)\" "
                   "type=\"cell\">") != std::string::npos);
    // The body: the problems, then the expected and the actual decision JSON.
    const auto body =
        xml.find("expected:\n{\n  \"reasons_contain\": [\n    \"taken_down\"\n  ],\n  \"verdict\": "
                 "\"blocked\"\n}\nactual:\n{\n");
    REQUIRE(body != std::string::npos);
    CHECK(xml.find("\"code\": \"takedown_transition\"", body) != std::string::npos);
    CHECK(xml.find("\"valid_until\": \"2015-11-09T00:00:00Z\"", body) != std::string::npos);
    const std::string html = readFile(dir / "f.html");
    CHECK(html.find("class=\"playable failed\"") != std::string::npos);
    CHECK(html.find("<h3 class=\"fail\">Failures</h3>") != std::string::npos);
    CHECK(html.find("<div class=\"band\">") != std::string::npos);
    CHECK(html.find(
              "<div class=\"expected\"><b>expected:</b> playable &rarr; playable (takedown_transition) from "
              "2015-11-01 &rarr; blocked (taken_down) from 2015-11-08</div>") != std::string::npos);
}

TEST_CASE("a fixture that fails to import is an error of its scenario and none of its checks run",
          "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const Run r = scenario(dir, "--no-timing --junit " + quote((dir / "e.xml").string()) + " " +
                                    fixture("failing-fixture") + " " + example("device-classes"));
    INFO(r.out);
    CHECK(r.exitCode == 1);
    CHECK(lastLine(r.out) == "9 passed, 1 failed");
    CHECK(std::regex_search(
        r.out, std::regex("ERROR fixtures: [^\n]*failing-fixture.toml:7: catalogue\\[0\\]\\.data: "
                          "/deals/0/use_types: required\n  no check ran")));
    const std::string xml = readFile(dir / "e.xml");
    CHECK(validJunit(dir / "e.xml"));
    CHECK(xml.find(
              "<testsuite name=\"broken fixture\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\"") !=
          std::string::npos);
    CHECK(xml.find("ACC-0001 CN/vip/desktop") == std::string::npos); // no check of it ran
}

TEST_CASE("unasserted cells are listed, skipped in JUnit, never counted as passed", "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const Run r = scenario(dir, "--junit " + quote((dir / "u.xml").string()) + " " + fixture("unasserted"));
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("  unasserted ACC-0001 CN/vip/desktop @2015-10-01\n") != std::string::npos);
    CHECK(lastLine(r.out) == "1 passed, 0 failed");
    CHECK(readFile(dir / "u.xml").find("skipped=\"1\"") != std::string::npos);
    const Run j = scenario(dir, "--json " + fixture("unasserted"));
    const json out = json::parse(j.out);
    CHECK(out["passed"] == 1);
    CHECK(out["unasserted"] == 1);
    CHECK(out["scenarios"][0]["checks"][0]["status"] == "unasserted");
    CHECK(out["scenarios"][0]["checks"][0]["actual"]["verdict"] == "playable");
}

TEST_CASE("a bad scenario file exits 2 naming file:line:column and key, nothing runs",
          "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const std::map<std::string, std::string> cases = {
        {"format = \"accord-scenario\"\nversion = 1\nmatrix = { territories = [\"CN\"], tiers = [\"vip\"], "
         "at = "
         "2015-01-01, colour = 1 }\n",
         "bad.toml:3:68: matrix.colour: unknown key"},
        {"format = \"accord-scenario\"\nversion = 1\n[matrix]\nterritories = [\"ZZ\"]\n",
         "bad.toml:4:15: matrix.territories: unknown territory 'ZZ'"},
        {"format = \"accord-scenario\"\nversion = 1\n[matrix]\nterritories = [\"CN\"]\ntiers = "
         "[\"platinum\"]\n",
         "bad.toml:5:9: matrix.tiers: unknown tier 'platinum'"},
        {"format = \"accord-scenario\"\nversion = 1\n[matrix]\nterritories = \"CN\"\ntiers = \"vip\"\nat = "
         "\"2015-02-30\"\n",
         "bad.toml:6:6: matrix.at: no such date"},
        {"format = \"accord-scenario\"\nversion = 1\n[[catalogue]]\nfile = \"nowhere.json\"\n",
         "bad.toml:4:8: catalogue[0].file: cannot read catalogue fixture"},
        {"format = \"accord-scenario\"\nversion = 1\n[[library]]\nname = 3\n",
         "bad.toml:4:8: library[0].name: must be a string, not an integer"},
    };
    for (const auto& [text, message] : cases) {
        accord::test::writeFile(dir / "bad.toml", text);
        const auto junit = dir / "never.xml";
        const Run r = run("cd " + quote(dir.path().string()) + " && " + ACCORDCTL_PATH + " --data-dir " +
                          quote((dir / "data").string()) + " scenario run --junit " + quote(junit.string()) +
                          " " + example("device-classes") + " bad.toml 2>&1");
        INFO(text);
        CHECK(r.exitCode == 2);
        CHECK(r.out.find("accordctl scenario run: " + message) != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(junit)); // nothing ran, nothing written
    }
    CHECK(scenario(dir, "", true).exitCode == 2);
    CHECK(scenario(dir, quote((dir / "missing.toml").string()), true).exitCode == 2);
}

TEST_CASE("the user's catalogue and library are never touched", "[accordctl][scenario]")
{
    accord::test::TempDir dir;
    const auto data = dir / "user-data";
    // A real user data dir: a catalogue with an import in it.
    const Run imported =
        run(std::string(ACCORDCTL_PATH) + " --data-dir " + quote(data.string()) + " catalogue import " +
            quote(std::string(ACCORD_TEST_DATA_DIR) + "/scenarios/takedown-catalogue.json") + " 2>&1");
    REQUIRE(imported.exitCode == 0);
    const auto checksum = [&] {
        return run("cd " + quote(data.string()) +
                   " && find . -type f -print0 | sort -z | xargs -0 sha256sum; ls -la")
            .out;
    };
    const std::string before = checksum();
    const Run r = run(std::string(ACCORDCTL_PATH) + " --data-dir " + quote(data.string()) + " scenario run " +
                      example("vip-svip-hires") + " " + example("takedown-2015") + " 2>&1");
    CHECK(r.exitCode == 0);
    CHECK(checksum() == before);
}

TEST_CASE("the HTML report renders in a real browser (headless Chromium)", "[accordctl][scenario][chromium]")
{
    accord::test::TempDir dir;
    const auto html = dir / "report.html";
    const Run r = scenario(dir, "--no-timing --report " + quote(html.string()) + " " +
                                    fixture("failing-takedown-off-by-one") + " " + example("takedown-2015"));
    REQUIRE(r.exitCode == 1);
    const std::string chromium =
        "chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
        quote((dir / "profile").string()) + " ";
    // The browser's own DOM after parsing: the grids, the band and the failures are there as elements.
    const Run dom = run(chromium + "--dump-dom " + quote("file://" + html.string()) + " 2>/dev/null");
    REQUIRE(dom.exitCode == 0);
    CHECK(dom.out.find("<table class=\"grid\">") != std::string::npos);
    CHECK(dom.out.find("<td class=\"playable failed\"") != std::string::npos);
    CHECK(dom.out.find("<div class=\"band\">") != std::string::npos);
    CHECK(dom.out.find("<h3 class=\"fail\">Failures</h3>") != std::string::npos);
    // A screenshot of the size asked for (PNG signature, then IHDR width and height, big-endian).
    const auto png = dir / "out.png";
    const Run shot = run(chromium + "--screenshot=" + quote(png.string()) + " --window-size=1400,1000 " +
                         quote("file://" + html.string()) + " 2>/dev/null");
    REQUIRE(shot.exitCode == 0);
    const std::string bytes = readFile(png);
    REQUIRE(bytes.size() > 24);
    CHECK(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    const auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
    };
    CHECK(be32(16) == 1400);
    CHECK(be32(20) == 1000);
    CHECK(bytes.size() > 20000); // a rendered page, not a blank one
}
