// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace accord::bench {

/// The median of `v` (the mean of the middle two for an even count). `v` must not be empty.
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// The 1, 5 and 15 minute load averages, "unknown" when the system does not say: printed beside every
/// figure, since the machine's load changes what a timing means.
inline std::string loadAverage()
{
    double load[3] = {};
    if (getloadavg(load, 3) != 3)
        return "unknown";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    return buf;
}

/// A process outside the benchmark's own tree that kept a CPU busy while the machine was sampled.
struct BusyProcess {
    int pid = 0;
    int percent = 0; // of one core
    std::string comm;
};

namespace detail {

struct ProcStat {
    int ppid = 0;
    unsigned long long ticks = 0; // utime + stime
    std::string comm;
};

inline std::map<int, ProcStat> readProcStats()
{
    std::map<int, ProcStat> out;
    DIR* dir = ::opendir("/proc");
    if (!dir)
        return out;
    while (const dirent* e = ::readdir(dir)) {
        char* end = nullptr;
        const long pid = std::strtol(e->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        std::ifstream in("/proc/" + std::string(e->d_name) + "/stat");
        std::string line;
        if (!std::getline(in, line))
            continue; // gone meanwhile
        const auto open = line.find('(');
        const auto close = line.rfind(')');
        if (open == std::string::npos || close == std::string::npos || close < open)
            continue;
        ProcStat st;
        st.comm = line.substr(open + 1, close - open - 1);
        // After "comm)": state(3) ppid(4) ... utime(14) stime(15), numbered as in proc(5).
        std::istringstream rest(line.substr(close + 2));
        std::string state;
        unsigned long long field = 0, utime = 0, stime = 0;
        rest >> state >> st.ppid;
        for (int i = 5; i <= 15 && rest; ++i) {
            rest >> field;
            if (i == 14)
                utime = field;
            if (i == 15)
                stime = field;
        }
        st.ticks = utime + stime;
        out.emplace(static_cast<int>(pid), std::move(st));
    }
    ::closedir(dir);
    return out;
}

} // namespace detail

/// The processes other than this one and its children that used at least `heavyPercent` of one core over
/// a `sample` (default: one second), busiest first: what tests/bench/lib.sh's bench_others reports.
inline std::vector<BusyProcess> busyOthers(std::chrono::milliseconds sample = std::chrono::seconds(1),
                                           int heavyPercent = 25)
{
    const auto before = detail::readProcStats();
    std::this_thread::sleep_for(sample);
    const auto after = detail::readProcStats();
    std::set<int> own{static_cast<int>(::getpid())};
    for (bool grew = true; grew;) { // this process's descendants are the benchmark's own (an ffmpeg child)
        grew = false;
        for (const auto& [pid, st] : after)
            if (own.count(st.ppid) && own.insert(pid).second)
                grew = true;
    }
    const double tck = static_cast<double>(::sysconf(_SC_CLK_TCK));
    const double seconds = std::chrono::duration<double>(sample).count();
    std::vector<BusyProcess> busy;
    for (const auto& [pid, st] : after) {
        const auto was = before.find(pid);
        if (own.count(pid) || was == before.end() || st.ticks < was->second.ticks)
            continue;
        const int pct =
            static_cast<int>(static_cast<double>(st.ticks - was->second.ticks) * 100.0 / tck / seconds);
        if (pct >= heavyPercent)
            busy.push_back({pid, pct, st.comm});
    }
    std::sort(busy.begin(), busy.end(), [](const auto& a, const auto& b) { return a.percent > b.percent; });
    if (busy.size() > 5)
        busy.resize(5);
    return busy;
}

/// The machine check every benchmark program makes, as tests/bench/lib.sh's bench_guard does for the
/// scripts: before its runs it prints the load average and the other busy processes to stderr and, when
/// the machine is contended (another process above 25% of a core, or a load average above the number of
/// cores), refuses to measure under BENCH_STRICT=1 (exit 3) or marks every figure; after its runs it
/// checks again (a figure is contended if either check was). `note()` is the text for beside a figure.
class MachineGuard {
public:
    explicit MachineGuard(std::string name) : m_name(std::move(name))
    {
        check("before");
        if (m_contended && strict()) {
            std::fprintf(stderr,
                         "%s: refusing to measure: other processes are busy (BENCH_STRICT=1); run on a quiet "
                         "machine\n",
                         m_name.c_str());
            std::exit(3);
        }
        if (m_contended)
            std::fprintf(stderr, "%s: WARNING: the machine is busy; every figure is marked CONTENDED\n",
                         m_name.c_str());
    }

    /// The check after the runs.
    void end() { check("after"); }

    bool contended() const { return m_contended; }

    /// "load 0.31 quiet" or "load 5.20 CONTENDED (1234 98% cc1plus)".
    std::string note() const
    {
        const std::string load = loadAverage();
        const std::string one = load.substr(0, load.find(' '));
        return m_contended ? "load " + one + " CONTENDED (" + m_busy + ")" : "load " + one + " quiet";
    }

private:
    static bool strict()
    {
        const char* s = std::getenv("BENCH_STRICT");
        return s && std::string(s) == "1";
    }

    void check(const char* when)
    {
        std::string busy;
        for (const auto& p : busyOthers()) {
            if (!busy.empty())
                busy += ", ";
            busy += std::to_string(p.pid) + " " + std::to_string(p.percent) + "% " + p.comm;
        }
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        double load[3] = {};
        const bool overloaded = getloadavg(load, 3) == 3 && load[0] > cores;
        std::fprintf(stderr, "bench: %s %s: load %s on %u cores; other busy processes: %s\n", m_name.c_str(),
                     when, loadAverage().c_str(), cores, busy.empty() ? "none" : busy.c_str());
        if (!busy.empty() || overloaded) {
            m_contended = true;
            if (m_busy.empty())
                m_busy = busy.empty() ? "load above " + std::to_string(cores) : busy;
        }
    }

    std::string m_name;
    bool m_contended = false;
    std::string m_busy;
};

} // namespace accord::bench
