// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_identify_scale CATALOGUE.db [--queries N] [--runs R]: identification time against a big catalogue
// (`accordctl catalogue synth --recordings 1000000`), the file's own fingerprint excluded. Adds N pieces of
// generated music (3 minutes, catalogue::synthMusic) with their masters' fingerprints, then identifies an
// MP3 128k copy of each (cut by 2 s) untagged, and N pieces the catalogue does not have, R times each.
// Prints one JSON object: medians (wall and this thread's CPU time), the index's size (dbstat), what a
// lookup reads (distinct query keys, posting rows, stop words, recordings with >= 2 votes: medians over the
// queries) and the load average; with --posting-stats also the posting lists' length distribution (one
// scan of the index) and the chance that two index rows share a key (sum c(c-1) / n(n-1)).
#include "bench_stats.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/fingerprint_terms.hpp"
#include "catalogue/synth/synth_audio.hpp"
#include "identify/fingerprinter.hpp"
#include "identify/identifier.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/fingerprint_corpus.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>

using namespace accord;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

identify::Fingerprint masterPrint(std::uint64_t seed)
{
    const auto music = catalogue::synthMusic(seed, 180.0, 44100);
    std::vector<std::int16_t> pcm(std::min<std::size_t>(music.size(), 120 * 44100));
    for (std::size_t i = 0; i < pcm.size(); ++i)
        pcm[i] = static_cast<std::int16_t>(std::lrint(music[i] * 32000.0f));
    auto fp = identify::fingerprintSamples(pcm.data(), pcm.size(), 44100, 1);
    if (!fp)
        std::exit(1);
    return std::move(*fp);
}

// CPU time of this thread (user + sys): the figure that a busy machine does not inflate.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_identify_scale CATALOGUE.db [--queries N] [--runs R]\n");
        return 2;
    }
    int queries = 5, runs = 5;
    bool postingStats = false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--posting-stats") == 0)
            postingStats = true;
        else if (i + 1 < argc && std::strcmp(argv[i], "--queries") == 0)
            queries = std::atoi(argv[++i]);
        else if (i + 1 < argc && std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[++i]);
    }
    bench::MachineGuard guard("bench_identify_scale");
    auto cat = catalogue::Catalogue::open(argv[1]);
    if (!cat) {
        std::fprintf(stderr, "%s\n", cat.error().describe().c_str());
        return 1;
    }
    const std::filesystem::path scratch = std::filesystem::path(argv[1]).parent_path() / "identify-scale";
    std::map<std::string, identify::Fingerprint> files; // copy path -> its fingerprint, computed once
    std::vector<double> ownMs;
    {
        auto tx = storage::Transaction::begin(cat->connection());
        catalogue::CatalogueWriter w(cat->connection());
        for (int q = 0; q < 2 * queries; ++q) {
            const auto seed = static_cast<std::uint64_t>(7'000'000 + q);
            if (q < queries) { // catalogued
                const auto master = masterPrint(seed);
                catalogue::Recording r;
                r.catalogueId = "BENCH-" + std::to_string(q);
                r.title = "Bench piece " + std::to_string(q);
                r.durationMs = 180000;
                r.fingerprint = master.encoded;
                r.fingerprintDurationS = 120;
                if (!w.upsertRecording(r, true))
                    return 1;
            }
            const auto file = scratch / ("q" + std::to_string(q) + ".mp3");
            test::writeCorpusCopy(file, seed, 180.0, {"mp3", 2.0, -3.0});
            const auto t0 = std::chrono::steady_clock::now();
            auto fp = identify::fingerprintFile(file);
            ownMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            if (!fp)
                return 1;
            files[file.string()] = std::move(*fp);
        }
        if (!tx->commit())
            return 1;
    }
    identify::Identifier identifier(
        *cat, [&](const std::filesystem::path& p) -> base::Result<identify::Fingerprint> {
            return files.at(p.string());
        });
    std::vector<double> knownMs, unknownMs, knownCpuMs, unknownCpuMs;
    int found = 0, falseMatches = 0;
    for (int run = 0; run < runs; ++run)
        for (int q = 0; q < 2 * queries; ++q) {
            identify::Evidence e;
            e.path = scratch / ("q" + std::to_string(q) + ".mp3");
            const double c0 = threadCpuMs();
            const auto t0 = std::chrono::steady_clock::now();
            auto id = identifier.identify(e);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            (q < queries ? knownCpuMs : unknownCpuMs).push_back(threadCpuMs() - c0);
            if (!id)
                return 1;
            const std::string got = id->recording ? id->recording->catalogueId : "";
            if (q < queries) {
                knownMs.push_back(ms);
                found += run == 0 && got == "BENCH-" + std::to_string(q);
            } else {
                unknownMs.push_back(ms);
                falseMatches += run == 0 && !got.empty();
            }
        }
    // What each lookup reads (the same for every run): its distinct terms, their posting rows (up to the
    // index's LIMIT kStopPostings + 1), the stop words among them, and every recording with >= 2 votes
    // (fingerprintCandidates with no practical limit).
    std::vector<double> terms, postings, stops, candidates;
    {
        auto st = storage::Statement::prepare(
            cat->connection(), "SELECT count(*) FROM (SELECT 1 FROM fingerprint_keys WHERE key = ? LIMIT ?)");
        if (!st)
            return 1;
        for (const auto& [path, fp] : files) {
            std::vector<std::int64_t> t;
            for (std::size_t i = 0; i + catalogue::kPairGap < fp.raw.size(); ++i)
                t.push_back(catalogue::pairKey(fp.raw.data() + i));
            std::sort(t.begin(), t.end());
            t.erase(std::unique(t.begin(), t.end()), t.end());
            double rowsRead = 0, stopTerms = 0;
            for (std::int64_t term : t) {
                st->reset();
                st->bind(1, term).bind(2, catalogue::FingerprintIndex::kStopPostings + 1);
                if (!st->step())
                    return 1;
                const auto n = st->columnInt(0);
                rowsRead += static_cast<double>(n);
                stopTerms += n > catalogue::FingerprintIndex::kStopPostings ? 1 : 0;
            }
            auto all = cat->fingerprintCandidates(fp.raw, 1'000'000'000);
            if (!all)
                return 1;
            terms.push_back(static_cast<double>(t.size()));
            postings.push_back(rowsRead);
            stops.push_back(stopTerms);
            candidates.push_back(static_cast<double>(all->size()));
        }
    }
    std::string lists = "null";
    if (postingStats) {
        auto st = storage::Statement::prepare(cat->connection(),
                                              "SELECT count(*) FROM fingerprint_keys GROUP BY key");
        std::vector<double> len;
        if (!st || !st->forEachRow([&](storage::Statement& s) { len.push_back(double(s.columnInt(0))); }))
            return 1;
        std::sort(len.begin(), len.end());
        double n = 0, pairs = 0;
        for (double c : len) {
            n += c;
            pairs += c * (c - 1);
        }
        // Posting lists as a query meets them: a row's list length, over all rows (size-biased).
        double acc = 0, rowP50 = 0, rowP99 = 0;
        for (double c : len) {
            acc += c;
            if (rowP50 == 0 && acc >= 0.5 * n)
                rowP50 = c;
            if (rowP99 == 0 && acc >= 0.99 * n)
                rowP99 = c;
        }
        const auto over = static_cast<long long>(
            len.end() - std::upper_bound(len.begin(), len.end(), catalogue::FingerprintIndex::kStopPostings));
        char buf[512];
        std::snprintf(buf, sizeof buf,
                      "{\"terms\": %zu, \"mean\": %.2f, \"median\": %.0f, \"p99\": %.0f, \"max\": %.0f, "
                      "\"row_weighted_median\": %.0f, \"row_weighted_p99\": %.0f, \"stop_terms\": %lld, "
                      "\"same_term_probability\": %.3g}",
                      len.size(), n / std::max<double>(1, double(len.size())), median(len),
                      len.empty() ? 0 : len[len.size() * 99 / 100], len.empty() ? 0 : len.back(), rowP50,
                      rowP99, over, n > 1 ? pairs / (n * (n - 1)) : 0.0);
        lists = buf;
    }
    guard.end();
    std::int64_t rows = -1, bytes = -1, fingerprinted = -1;
    if (auto st = storage::Statement::prepare(cat->connection(), "SELECT count(*) FROM fingerprint_keys");
        st && *st->step())
        rows = st->columnInt(0);
    if (auto st = storage::Statement::prepare(
            cat->connection(), "SELECT sum(pgsize) FROM dbstat WHERE name = 'fingerprint_keys'");
        st && *st->step())
        bytes = st->columnInt(0);
    if (auto s = cat->stats())
        fingerprinted = s->fingerprinted;
    std::printf(
        "{\"fingerprinted\": %lld, \"index_rows\": %lld, \"index_bytes\": %lld, \"queries\": %d, \"runs\": "
        "%d,\n"
        " \"found\": %d, \"false_matches\": %d, \"identify_known_ms_median\": %.3f, "
        "\"identify_unknown_ms_median\": %.3f,\n \"identify_known_cpu_ms_median\": %.3f, "
        "\"identify_unknown_cpu_ms_median\": %.3f, \"own_fingerprint_ms_median\": %.1f, "
        "\"lookup_terms_median\": %.0f, "
        "\"lookup_postings_median\": %.0f, \"lookup_postings_max\": %.0f, \"lookup_stop_terms_median\": "
        "%.0f,\n"
        " \"candidates_median\": %.0f, \"candidates_max\": %.0f, \"posting_lists\": %s, \"loadavg\": "
        "\"%s\", \"machine\": \"%s\"}\n",
        static_cast<long long>(fingerprinted), static_cast<long long>(rows), static_cast<long long>(bytes),
        queries, runs, found, falseMatches, median(knownMs), median(unknownMs), median(knownCpuMs),
        median(unknownCpuMs), median(ownMs), median(terms), median(postings),
        postings.empty() ? 0.0 : *std::max_element(postings.begin(), postings.end()), median(stops),
        median(candidates),
        candidates.empty() ? 0.0 : *std::max_element(candidates.begin(), candidates.end()), lists.c_str(),
        bench::loadAverage().c_str(), guard.note().c_str());
    std::filesystem::remove_all(scratch);
    return 0;
}
