// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_fingerprint_corpus WORKDIR [--recordings N] [--unknown M] [--seconds S] [--all-codecs] [--threads T]:
// identification precision and recall on generated music (test::runCorpus): N catalogued pieces, M not,
// lossy copies trimmed and level-shifted, identified untagged; unknown copies also carry a catalogued ISRC
// (impostors). Prints one JSON object (with the machine's load: MachineGuard); fingerprints are cached in
// WORKDIR/fingerprints.txt.
#include "bench_stats.hpp"
#include "identify/fingerprint.hpp"
#include "support/corpus_run.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_fingerprint_corpus WORKDIR [--recordings N] [--unknown M] "
                             "[--seconds S] [--all-codecs] [--threads T]\n");
        return 2;
    }
    accord::test::CorpusOptions o;
    o.workDir = argv[1];
    o.recordings = 2000;
    o.unknown = 500;
    for (int i = 2; i < argc; ++i) {
        const bool more = i + 1 < argc;
        if (std::strcmp(argv[i], "--all-codecs") == 0)
            o.allCodecs = true;
        else if (more && std::strcmp(argv[i], "--recordings") == 0)
            o.recordings = std::atoi(argv[++i]);
        else if (more && std::strcmp(argv[i], "--unknown") == 0)
            o.unknown = std::atoi(argv[++i]);
        else if (more && std::strcmp(argv[i], "--seconds") == 0)
            o.seconds = std::atof(argv[++i]);
        else if (more && std::strcmp(argv[i], "--threads") == 0)
            o.threads = static_cast<unsigned>(std::atoi(argv[++i]));
    }
    accord::bench::MachineGuard guard("bench_fingerprint_corpus");
    const auto r = accord::test::runCorpus(o);
    guard.end();
    for (const auto& m : r.misses)
        std::fprintf(stderr, "%s\n", m.c_str());
    const int falseMatches = r.wrongMatches + r.unknownMatched;
    const int negatives = r.trueQueries + r.unknownQueries;
    std::vector<double> found;
    for (double s : r.trueScores)
        if (s > 0)
            found.push_back(s);
    std::printf("{\"recordings\": %d, \"unknown\": %d, \"seconds\": %.1f, \"all_codecs\": %s,\n"
                " \"true_queries\": %d, \"found\": %d, \"true_match_rate\": %.5f,\n"
                " \"false_matches\": %d, \"false_match_rate\": %.5f, \"unknown_queries\": %d, "
                "\"unknown_matched\": %d,\n"
                " \"impostor_queries\": %d, \"impostors_accepted\": %d,\n"
                " \"threshold\": %.3f, \"true_score_min\": %.4f, \"true_score_p01\": %.4f, "
                "\"wrong_score_max\": %.4f, \"wrong_score_p999\": %.4f,\n"
                " \"identify_ms_median\": %.3f, \"identify_ms_p99\": %.3f, \"import_s\": %.3f, "
                "\"fingerprint_s\": %.1f,\n \"machine\": \"%s\"}\n",
                o.recordings, o.unknown, o.seconds, o.allCodecs ? "true" : "false", r.trueQueries, r.found,
                static_cast<double>(r.found) / std::max(1, r.trueQueries), falseMatches,
                static_cast<double>(falseMatches) / std::max(1, negatives), r.unknownQueries,
                r.unknownMatched, r.impostorQueries, r.impostorsAccepted, accord::identify::kFingerprintMatch,
                found.empty() ? 0.0 : *std::min_element(found.begin(), found.end()), quantile(found, 0.01),
                r.wrongScores.empty() ? 0.0 : *std::max_element(r.wrongScores.begin(), r.wrongScores.end()),
                quantile(r.wrongScores, 0.999), quantile(r.identifyMs, 0.5), quantile(r.identifyMs, 0.99),
                r.importSeconds, r.fingerprintSeconds, guard.note().c_str());
    return 0;
}
