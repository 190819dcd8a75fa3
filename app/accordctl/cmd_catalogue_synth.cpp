// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl catalogue synth --recordings N [--seed S] [--fingerprinted N] [--force] [--json]: a synthetic
// catalogue for benchmarks, written through the importers' write path (fingerprints too: every recording,
// or the first N); reports the rate and the peak RSS. Refuses a catalogue that already has recordings
// unless --force.
#include "catalogue_location.hpp"
#include "commands.hpp"

#include "catalogue/synth/synthesiser.hpp"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace accord::cli {

int runCatalogueSynth(Context& ctx)
{
    const auto recordings = ctx.args.option("--recordings");
    const auto seed = ctx.args.option("--seed");
    const auto fingerprinted = ctx.args.option("--fingerprinted");
    const bool json = ctx.args.flag("--json");
    const bool force = ctx.args.flag("--force");
    ctx.args.finish();
    if (!recordings)
        throw UsageError("--recordings N is required");
    catalogue::SynthOptions options;
    options.recordings = parseInteger(*recordings, "--recordings");
    if (options.recordings < 1)
        throw UsageError("--recordings must be at least 1");
    if (fingerprinted)
        options.fingerprinted = parseInteger(*fingerprinted, "--fingerprinted");
    if (seed)
        options.seed = static_cast<std::uint64_t>(parseInteger(*seed, "--seed"));
    const auto path = cataloguePath(ctx);
    auto cat = catalogue::Catalogue::open(path);
    if (!cat.ok()) {
        std::fprintf(stderr, "accordctl catalogue synth: %s\n", cat.error().describe().c_str());
        return kExitFailure;
    }
    // Synthetic recordings in a real catalogue would play against invented deals: only into an empty one,
    // unless asked.
    if (!force) {
        auto stats = cat->stats();
        if (!stats.ok()) {
            std::fprintf(stderr, "accordctl catalogue synth: %s\n", stats.error().describe().c_str());
            return kExitFailure;
        }
        if (stats->recordings > 0) {
            std::fprintf(
                stderr,
                "accordctl catalogue synth: %s already holds %lld recordings; synthetic data would be "
                "mixed into it. Use another --data-dir, or --force to write into it anyway\n",
                path.string().c_str(), static_cast<long long>(stats->recordings));
            return kExitFailure;
        }
    }
    // A bigger page cache for the bulk insert; the catalogue stays a normal WAL database.
    (void)cat->connection().exec("PRAGMA cache_size=-262144");
    const auto start = std::chrono::steady_clock::now();
    auto report = catalogue::synthesiseCatalogue(*cat, options, [&](std::int64_t done) {
        if (!json)
            std::fprintf(stderr, "\r  %lld / %lld recordings", static_cast<long long>(done),
                         static_cast<long long>(options.recordings));
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!json)
        std::fprintf(stderr, "\n");
    if (!report.ok()) {
        std::fprintf(stderr, "accordctl catalogue synth: %s\n", report.error().describe().c_str());
        return kExitFailure;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double rate = static_cast<double>(report->recordings) / std::max(seconds, 1e-9);
    const nlohmann::json out{{"path", path.string()},
                             {"recordings", report->recordings},
                             {"releases", report->releases},
                             {"deals", report->deals},
                             {"sublicences", report->sublicences},
                             {"takedowns", report->takedowns},
                             {"purchases", report->purchases},
                             {"aliases", report->aliases},
                             {"parties", report->parties},
                             {"fingerprints", report->fingerprints},
                             {"fingerprint_pool_items", report->fingerprintPoolItems},
                             {"fingerprint_pool_seconds", report->fingerprintPoolSeconds},
                             {"fingerprint_index_rows", report->fingerprintIndexRows},
                             {"fingerprint_index_seconds", report->fingerprintIndexSeconds},
                             {"elapsed_seconds", seconds},
                             {"recordings_per_second", rate},
                             {"peak_rss_kib", usage.ru_maxrss}};
    if (json)
        std::printf("%s\n", out.dump(2).c_str());
    else
        std::printf(
            "%lld recordings, %lld releases, %lld deals (%lld sublicences), %lld takedowns, %lld purchases\n"
            "%.1f s, %.0f recordings/s, peak RSS %.1f MiB\n",
            static_cast<long long>(report->recordings), static_cast<long long>(report->releases),
            static_cast<long long>(report->deals), static_cast<long long>(report->sublicences),
            static_cast<long long>(report->takedowns), static_cast<long long>(report->purchases), seconds,
            rate, static_cast<double>(usage.ru_maxrss) / 1024.0);
    return kExitOk;
}

} // namespace accord::cli
