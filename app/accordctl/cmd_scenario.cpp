// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl scenario run FILE... [--junit PATH] [--report PATH.html] [--json] [--shard K/N] [--no-timing]
// Runs QA scenario files (core/scenario/FORMAT.md), each in its own temporary data dir: the user's
// catalogue and library (--data-dir) are never opened. Exit 0 when every check passed, 1 when any check
// failed or a scenario's fixtures could not be set up, 2 when a scenario file is bad (nothing runs then).
// The last line of the text output is "N passed, N failed".
#include "commands.hpp"

#include "scenario/html_report_writer.hpp"
#include "scenario/junit_writer.hpp"
#include "scenario/matrix.hpp"
#include "scenario/scenario_parser.hpp"
#include "scenario/scenario_runner.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace accord::cli {

namespace {

using scenario::CheckResult;

scenario::Shard parseShard(const std::string& text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        throw UsageError("--shard must be K/N, e.g. 2/4");
    const long long k = parseInteger(text.substr(0, slash), "--shard");
    const long long n = parseInteger(text.substr(slash + 1), "--shard");
    if (n < 1 || k < 1 || k > n)
        throw UsageError("--shard K/N needs 1 <= K <= N");
    return {static_cast<std::size_t>(k), static_cast<std::size_t>(n)};
}

bool writeFile(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
        std::fprintf(stderr, "accordctl scenario run: cannot write %s\n", path.c_str());
        return false;
    }
    return true;
}

const char* statusName(CheckResult::Status s)
{
    switch (s) {
    case CheckResult::Status::Passed:
        return "passed";
    case CheckResult::Status::Failed:
        return "failed";
    case CheckResult::Status::Unasserted:
        return "unasserted";
    }
    return "?";
}

const char* kindName(scenario::PlannedCheck::Kind k)
{
    switch (k) {
    case scenario::PlannedCheck::Kind::Cell:
        return "cell";
    case scenario::PlannedCheck::Kind::Timeline:
        return "timeline";
    case scenario::PlannedCheck::Kind::Play:
        return "play";
    }
    return "?";
}

nlohmann::json toJson(const std::vector<scenario::ScenarioResult>& results, bool timing)
{
    nlohmann::json out{{"scenarios", nlohmann::json::array()}};
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t unasserted = 0;
    std::size_t errors = 0;
    for (const auto& r : results) {
        nlohmann::json s{{"name", r.name},
                         {"file", r.file},
                         {"error", r.error ? nlohmann::json(*r.error) : nlohmann::json()},
                         {"passed", r.count(CheckResult::Status::Passed)},
                         {"failed", r.count(CheckResult::Status::Failed)},
                         {"unasserted", r.count(CheckResult::Status::Unasserted)},
                         {"checks", nlohmann::json::array()}};
        for (const CheckResult& c : r.checks) {
            s["checks"].push_back({{"name", c.name},
                                   {"kind", kindName(c.kind)},
                                   {"status", statusName(c.status)},
                                   {"subject", c.subject},
                                   {"context",
                                    {{"territory", c.context.territory},
                                     {"tier", catalogue::toString(c.context.tier)},
                                     {"device", catalogue::toString(c.context.device)},
                                     {"at", base::formatIso8601(c.context.at)}}},
                                   {"problems", c.problems},
                                   {"expected", c.expected},
                                   {"actual", c.actual},
                                   {"seconds", timing ? c.seconds : 0.0}});
        }
        passed += r.count(CheckResult::Status::Passed);
        failed += r.count(CheckResult::Status::Failed);
        unasserted += r.count(CheckResult::Status::Unasserted);
        errors += r.error ? 1U : 0U;
        out["scenarios"].push_back(std::move(s));
    }
    out["passed"] = passed;
    out["failed"] = failed + errors;
    out["unasserted"] = unasserted;
    out["errors"] = errors;
    return out;
}

// Play checks go to ALSA's null device unless the caller chose a device (the capture rig) already.
class NullAudioDevice {
public:
    NullAudioDevice()
    {
        if (std::getenv("ALSA_CONFIG_PATH"))
            return;
        char name[] = "/tmp/accord-scenario-alsa-XXXXXX";
        const int fd = mkstemp(name);
        if (fd < 0)
            return;
        const char text[] = "pcm.default { type null }\n";
        const bool ok = ::write(fd, text, sizeof text - 1) == static_cast<ssize_t>(sizeof text - 1);
        ::close(fd);
        m_path = name;
        if (ok)
            setenv("ALSA_CONFIG_PATH", name, 1);
    }
    ~NullAudioDevice()
    {
        if (!m_path.empty())
            std::remove(m_path.c_str());
    }
    NullAudioDevice(const NullAudioDevice&) = delete;
    NullAudioDevice& operator=(const NullAudioDevice&) = delete;

private:
    std::string m_path;
};

} // namespace

int runScenarioRun(Context& ctx)
{
    const auto junit = ctx.args.option("--junit");
    const auto report = ctx.args.option("--report");
    const auto shardText = ctx.args.option("--shard");
    const bool json = ctx.args.flag("--json");
    const bool timing = !ctx.args.flag("--no-timing");
    const auto files = ctx.args.positionals();
    if (files.empty())
        throw UsageError("give at least one scenario FILE");
    const scenario::Shard shard = shardText ? parseShard(*shardText) : scenario::Shard{};

    // Every file is read and validated before anything runs: one bad file, nothing run.
    std::vector<scenario::Scenario> scenarios;
    bool bad = false;
    bool plays = false;
    for (const std::string& f : files) {
        auto parsed = scenario::parseScenarioFile(f);
        if (!parsed.ok()) {
            std::fprintf(stderr, "accordctl scenario run: %s\n", parsed.error().message.c_str());
            bad = true;
            continue;
        }
        plays = plays || !parsed->plays.empty();
        scenarios.push_back(std::move(*parsed));
    }
    if (bad)
        return kExitUsage;

    std::optional<NullAudioDevice> nullDevice;
    if (plays)
        nullDevice.emplace();
    scenario::ScenarioRunner runner(shard);
    const auto results = runner.run(scenarios);

    if (junit && !writeFile(*junit, scenario::JunitWriter(timing).write(results)))
        return kExitFailure;
    if (report && !writeFile(*report, scenario::HtmlReportWriter().write(results)))
        return kExitFailure;

    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t unasserted = 0;
    std::size_t errors = 0;
    for (const auto& r : results) {
        passed += r.count(CheckResult::Status::Passed);
        failed += r.count(CheckResult::Status::Failed);
        unasserted += r.count(CheckResult::Status::Unasserted);
        errors += r.error ? 1U : 0U;
    }
    const std::string summary =
        std::to_string(passed) + " passed, " + std::to_string(failed + errors) + " failed";
    if (json) {
        std::printf("%s\n", toJson(results, timing).dump(2).c_str());
        std::fprintf(stderr, "%s\n", summary.c_str());
    } else {
        for (const auto& r : results) {
            std::printf("scenario %s (%s)\n", r.name.c_str(), r.file.c_str());
            if (r.error) {
                std::printf("  ERROR fixtures: %s\n  no check ran\n", r.error->c_str());
                continue;
            }
            for (const CheckResult& c : r.checks) {
                if (c.status == CheckResult::Status::Failed) {
                    std::printf("  FAIL %s\n", c.name.c_str());
                    for (const std::string& p : c.problems)
                        std::printf("       %s\n", p.c_str());
                } else if (c.status == CheckResult::Status::Unasserted) {
                    std::printf("  unasserted %s\n", c.name.c_str());
                }
            }
            std::printf("  %zu passed, %zu failed, %zu unasserted\n", r.count(CheckResult::Status::Passed),
                        r.count(CheckResult::Status::Failed), r.count(CheckResult::Status::Unasserted));
        }
        if (unasserted || errors)
            std::printf("%zu unasserted, %zu scenario errors\n", unasserted, errors);
        std::printf("%s\n", summary.c_str());
    }
    return failed + errors == 0 ? kExitOk : kExitFailure;
}

} // namespace accord::cli
