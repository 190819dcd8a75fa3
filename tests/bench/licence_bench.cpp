// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_licence CATALOGUE.db [--samples K] [--batch B] [--seed S] [--warmup W]
// Decision latency through the real LicenceGate against a catalogue written by `accordctl catalogue synth`:
//  - warmup (optional): W other distinct recordings decided first through the same gate, so the process's
//    SQLite page cache holds the B-trees' interior pages as in a player that has been running a while;
//  - uncached: K distinct random recordings, each its first lookup (ISRC -> row -> rights -> decide);
//  - cached: the same K again (the gate's cache answers);
//  - batch: B distinct other recordings decided in one call (one read transaction), wall time.
// Prints JSON. Not part of CTest: run it on demand (tests/bench/README.md).
#include "bench_stats.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/synth/synthesiser.hpp"
#include "licence/licence_gate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

using namespace accord;
using Clock = std::chrono::steady_clock;

namespace {

nlohmann::json percentiles(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    const auto at = [&](double q) {
        return us[std::min(us.size() - 1, static_cast<size_t>(q * static_cast<double>(us.size())))];
    };
    double sum = 0;
    for (double v : us)
        sum += v;
    return {{"count", us.size()}, {"p50_us", at(0.50)},  {"p90_us", at(0.90)},
            {"p99_us", at(0.99)}, {"max_us", us.back()}, {"mean_us", sum / static_cast<double>(us.size())}};
}

// CPU time of this thread: on a shared machine wall time includes waiting for a core.
double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// CPU time of the whole process (the batch may use a helper thread).
double processCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

int fail(const base::Error& e)
{
    std::fprintf(stderr, "bench_licence: %s\n", e.describe().c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_licence CATALOGUE.db [--samples K] [--batch B] [--seed S]\n");
        return 2;
    }
    const std::string path = argv[1];
    std::int64_t samples = 20000;
    std::int64_t batchSize = 100000;
    std::uint64_t seed = 42;
    std::int64_t warmup = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        const long long v = std::atoll(argv[i + 1]);
        if (opt == "--samples")
            samples = v;
        else if (opt == "--batch")
            batchSize = v;
        else if (opt == "--seed")
            seed = static_cast<std::uint64_t>(v);
        else if (opt == "--warmup")
            warmup = v;
    }
    bench::MachineGuard guard("bench_licence");
    std::int64_t recordings = 0;
    {
        auto cat = catalogue::Catalogue::open(path, storage::Connection::Mode::ReadOnly);
        if (!cat.ok())
            return fail(cat.error());
        auto stats = cat->stats();
        if (!stats.ok())
            return fail(stats.error());
        recordings = stats->recordings;
    }
    if (recordings < samples + batchSize + warmup) {
        std::fprintf(stderr, "bench_licence: the catalogue has only %lld recordings\n",
                     static_cast<long long>(recordings));
        return 1;
    }
    // Distinct random recordings: the first `samples` for latency, the next `batchSize` for the batch.
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::int64_t> pick(0, recordings - 1);
    std::unordered_set<std::int64_t> seen;
    std::vector<std::string> isrcs;
    while (static_cast<std::int64_t>(isrcs.size()) < samples + batchSize) {
        const std::int64_t i = pick(rng);
        if (seen.insert(i).second)
            isrcs.push_back(catalogue::synthIsrc(i));
    }
    // Warm-up recordings from a generator of their own: the measured sets and contexts stay the same with
    // or without a warm-up.
    std::mt19937_64 warmRng(seed ^ 0x5eedULL);
    while (static_cast<std::int64_t>(isrcs.size()) < samples + batchSize + warmup) {
        const std::int64_t i = pick(warmRng);
        if (seen.insert(i).second)
            isrcs.push_back(catalogue::synthIsrc(i));
    }
    static constexpr const char* kTerritories[] = {"CN", "HK", "TW", "JP", "US", "GB", "DE", "BR"};
    std::uniform_int_distribution<int> territory(0, 7);
    std::uniform_int_distribution<int> tier(0, 2);
    std::uniform_int_distribution<std::int64_t> day(14610, 14610 + 7300); // 2010..2030

    const auto open0 = Clock::now();
    auto gate = licence::LicenceGate::open(path, static_cast<std::size_t>(samples) * 2);
    const double openSeconds = std::chrono::duration<double>(Clock::now() - open0).count();
    if (!gate.ok())
        return fail(gate.error());
    std::vector<licence::Context> contexts;
    for (std::int64_t i = 0; i < samples; ++i)
        contexts.push_back({base::Instant(std::chrono::seconds(day(rng) * 86400)),
                            kTerritories[territory(rng)], static_cast<catalogue::Tier>(tier(rng)),
                            catalogue::DeviceClass::Desktop});
    for (std::int64_t i = 0; i < warmup; ++i) {
        const auto& ctx = contexts[static_cast<size_t>(i % samples)];
        auto d = gate->decideIsrc(isrcs[static_cast<size_t>(samples + batchSize + i)], ctx);
        if (!d.ok())
            return fail(d.error());
    }
    std::map<std::string, int> verdicts;
    std::vector<double> uncached;
    std::vector<double> cached;
    std::vector<double> uncachedCpu;
    std::vector<double> cachedCpu;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::int64_t i = 0; i < samples; ++i) {
            const double c0 = threadCpuMicros();
            const auto t0 = Clock::now();
            auto d = gate->decideIsrc(isrcs[static_cast<size_t>(i)], contexts[static_cast<size_t>(i)]);
            const auto t1 = Clock::now();
            (pass == 0 ? uncachedCpu : cachedCpu).push_back(threadCpuMicros() - c0);
            if (!d.ok())
                return fail(d.error());
            if (!d->has_value()) {
                std::fprintf(stderr, "bench_licence: %s missing: not a synth catalogue?\n",
                             isrcs[static_cast<size_t>(i)].c_str());
                return 1;
            }
            (pass == 0 ? uncached : cached)
                .push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
            if (pass == 0)
                ++verdicts[licence::toString((*d)->verdict)];
        }
    }
    const auto gateStats = gate->stats();

    // The batch: a fresh gate (empty cache), one context, B recordings not seen before.
    auto batchGate = licence::LicenceGate::open(path, static_cast<std::size_t>(batchSize) + 16);
    if (!batchGate.ok())
        return fail(batchGate.error());
    const std::vector<std::string> batch(isrcs.begin() + samples, isrcs.begin() + samples + batchSize);
    const licence::Context batchCtx{base::Instant(std::chrono::seconds((14610 + 2000) * 86400)), "CN",
                                    catalogue::Tier::Vip, catalogue::DeviceClass::Desktop};
    const double bc0 = threadCpuMicros();
    const double bp0 = processCpuMicros();
    const auto b0 = Clock::now();
    auto decisions = batchGate->decideIsrcs(batch, batchCtx);
    const double batchSeconds = std::chrono::duration<double>(Clock::now() - b0).count();
    const double batchCpuSeconds = (threadCpuMicros() - bc0) / 1e6;
    const double batchProcessCpuSeconds = (processCpuMicros() - bp0) / 1e6;
    if (!decisions.ok())
        return fail(decisions.error());
    std::map<std::string, int> batchVerdicts;
    for (const auto& d : *decisions)
        ++batchVerdicts[d ? licence::toString(d->verdict) : "missing"];

    // The same decisions by recording id (LicenceGate::decideRecordings: the library's batch), and a walk
    // of the first B recordings in id order (a page of the catalogue-wide listing), each on a fresh gate.
    // The ids are looked up before the clock starts.
    const auto byId = [&](const std::vector<std::int64_t>& ids) -> base::Result<nlohmann::json> {
        auto idGate = licence::LicenceGate::open(path, 16);
        if (!idGate.ok())
            return std::move(idGate).error();
        const double c0 = threadCpuMicros();
        const double p0 = processCpuMicros();
        const auto t0 = Clock::now();
        auto decided = idGate->decideRecordings(ids, batchCtx);
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
        const double cpu = (threadCpuMicros() - c0) / 1e6;
        const double processCpu = (processCpuMicros() - p0) / 1e6;
        if (!decided.ok())
            return std::move(decided).error();
        std::map<std::string, int> v;
        for (const auto& d : *decided)
            ++v[d ? licence::toString(d->verdict) : "not_in_index"];
        return nlohmann::json{
            {"decisions", ids.size()},
            {"seconds", seconds},
            {"cpu_seconds", cpu},
            {"process_cpu_seconds", processCpu},
            {"us_per_decision_process_cpu", processCpu * 1e6 / static_cast<double>(ids.size())},
            {"verdicts", v}};
    };
    std::vector<std::int64_t> batchIds;
    {
        auto cat = catalogue::Catalogue::openForReading(path);
        if (!cat.ok())
            return fail(cat.error());
        for (const std::string& isrc : batch) {
            auto id = cat->recordingIdByIsrc(isrc);
            if (!id.ok())
                return fail(id.error());
            if (*id)
                batchIds.push_back(**id);
        }
    }
    auto randomById = byId(batchIds);
    if (!randomById.ok())
        return fail(randomById.error());
    std::vector<std::int64_t> walkIds;
    {
        auto cat = catalogue::Catalogue::openForReading(path);
        if (!cat.ok())
            return fail(cat.error());
        auto keys = cat->recordingKeysAfter(0, static_cast<std::size_t>(batchSize));
        if (!keys.ok())
            return fail(keys.error());
        for (const catalogue::RecordingKey& k : *keys)
            walkIds.push_back(k.id);
    }
    auto walkById = byId(walkIds);
    if (!walkById.ok())
        return fail(walkById.error());

    guard.end();
    const nlohmann::json out{{"catalogue", path},
                             {"machine", guard.note()},
                             {"recordings", recordings},
                             {"warmup", warmup},
                             {"gate_open_seconds", openSeconds},
                             {"uncached", percentiles(uncached)},
                             {"cached", percentiles(cached)},
                             {"uncached_cpu", percentiles(uncachedCpu)},
                             {"cached_cpu", percentiles(cachedCpu)},
                             {"cache_hits", gateStats.hits},
                             {"cache_misses", gateStats.misses},
                             {"verdicts", verdicts},
                             {"batch",
                              {{"decisions", batch.size()},
                               {"seconds", batchSeconds},
                               {"cpu_seconds", batchCpuSeconds},
                               {"process_cpu_seconds", batchProcessCpuSeconds},
                               {"decisions_per_second", static_cast<double>(batch.size()) / batchSeconds},
                               {"verdicts", batchVerdicts}}},
                             {"batch_by_id", *randomById},
                             {"walk_by_id", *walkById}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
