// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The machine check every benchmark makes before it reports a figure: a process outside the benchmark's
// own tree that keeps a CPU busy is seen, by the programs (bench_stats.hpp) and by the scripts (lib.sh);
// the benchmark's own children are not counted against it.
#include "bench_stats.hpp"
#include "support/command.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace std::chrono_literals;

// Busy for at most a minute, so that a test killed half-way leaves nothing spinning for long.
[[noreturn]] void spin()
{
    const auto until = std::chrono::steady_clock::now() + 60s;
    volatile unsigned long n = 0;
    while (std::chrono::steady_clock::now() < until)
        for (int i = 0; i < 1000000; ++i)
            n = n + 1;
    ::_exit(0);
}

/// A busy process that is not this one's descendant: forked twice, the middle process exits at once, so
/// the spinner is re-parented (to init or the nearest subreaper) as another program's process would be.
/// Its pid comes back through a pipe.
pid_t startStranger()
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t middle = ::fork();
    REQUIRE(middle >= 0);
    if (middle == 0) {
        const pid_t spinner = ::fork();
        if (spinner == 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            spin();
        }
        (void)!::write(fds[1], &spinner, sizeof spinner);
        ::_exit(0);
    }
    ::close(fds[1]);
    pid_t spinner = -1;
    REQUIRE(::read(fds[0], &spinner, sizeof spinner) == static_cast<ssize_t>(sizeof spinner));
    ::close(fds[0]);
    ::waitpid(middle, nullptr, 0);
    REQUIRE(spinner > 0);
    return spinner;
}

struct Killed {
    pid_t pid;
    bool child;
    ~Killed()
    {
        ::kill(pid, SIGKILL);
        if (child)
            ::waitpid(pid, nullptr, 0);
    }
};

bool listed(const std::vector<accord::bench::BusyProcess>& busy, pid_t pid)
{
    return std::any_of(busy.begin(), busy.end(), [pid](const auto& p) { return p.pid == pid; });
}

} // namespace

TEST_CASE("a busy process outside the benchmark is seen, the benchmark's own child is not")
{
    const pid_t stranger = startStranger();
    Killed strangerGuard{stranger, false};
    const pid_t own = ::fork();
    REQUIRE(own >= 0);
    if (own == 0)
        spin();
    Killed ownGuard{own, true};

    // 10%: on a loaded 2-core machine the spinner still gets far more than that of a core in a second.
    const auto busy = accord::bench::busyOthers(1000ms, 10);
    CHECK(listed(busy, stranger));
    CHECK_FALSE(listed(busy, own));
    for (const auto& p : busy)
        CHECK(p.percent >= 10);

    // lib.sh's bench_others, as every benchmark script calls it: the same stranger; this process's child
    // is not the script's, so here it counts as another program's.
    const std::string lib = std::string(ACCORD_SOURCE_DIR) + "/tests/bench/lib.sh";
    const std::string out =
        accord::test::runCommand("BENCH_HEAVY_PCT=10 bash -c 'source \"" + lib + "\"; bench_others 1'").out;
    INFO(out);
    CHECK(out.find(std::to_string(stranger) + " ") != std::string::npos);
}

TEST_CASE("a quiet machine is not marked, a contended one is, in the note beside every figure")
{
    SECTION("contended")
    {
        const pid_t stranger = startStranger();
        Killed strangerGuard{stranger, false};
        ::setenv("BENCH_STRICT", "0", 1);
        accord::bench::MachineGuard guard("bench_guard_test");
        guard.end();
        CHECK(guard.contended());
        CHECK(guard.note().find("CONTENDED") != std::string::npos);
        CHECK(guard.note().find(std::to_string(stranger)) != std::string::npos);
    }
    SECTION("the note starts with the load average either way")
    {
        accord::bench::MachineGuard guard("bench_guard_test");
        CHECK(guard.note().rfind("load ", 0) == 0);
        CHECK((guard.note().find("quiet") != std::string::npos) == !guard.contended());
    }
}

TEST_CASE("a benchmark program run by hand refuses to measure on a busy machine under BENCH_STRICT=1")
{
    const pid_t stranger = startStranger();
    Killed strangerGuard{stranger, false};
    using accord::test::shellQuote;
    const std::string command = shellQuote(BENCH_FINGERPRINT_PATH) + " " +
                                shellQuote(std::string(ACCORD_SOURCE_DIR) + "/tests/data/junit");
    const auto run = accord::test::runCommand("BENCH_STRICT=1 " + command + " 2>&1");
    const std::string& strict = run.out;
    INFO(strict);
    CHECK(strict.find("refusing to measure") != std::string::npos);
    CHECK(strict.find(std::to_string(stranger)) != std::string::npos);
    CHECK(run.exitCode == 3);
    CHECK(strict.find("\"files\"") == std::string::npos); // no figure at all

    const std::string marked = accord::test::runCommand("BENCH_STRICT=0 " + command + " 2>/dev/null").out;
    INFO(marked);
    CHECK(marked.find("\"machine\": \"load ") != std::string::npos);
    CHECK(marked.find("CONTENDED (") != std::string::npos);
}
