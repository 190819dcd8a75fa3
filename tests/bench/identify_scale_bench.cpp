// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_identify_scale CATALOGUE.db [--queries N] [--runs R]: identification time against a big catalogue
// (`accordctl catalogue synth --recordings 1000000`), the file's own fingerprint excluded. Adds N pieces of
// generated music (3 minutes, catalogue::synthMusic) with their masters' fingerprints, then identifies an
// MP3 128k copy of each (cut by 2 s) untagged, and N pieces the catalogue does not have, R times each.
// Prints one JSON object: medians, the index's size (dbstat) and the load average.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
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
#include <fstream>
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

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_identify_scale CATALOGUE.db [--queries N] [--runs R]\n");
        return 2;
    }
    int queries = 5, runs = 5;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--queries") == 0)
            queries = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
    }
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
    std::vector<double> knownMs, unknownMs;
    int found = 0, falseMatches = 0;
    for (int run = 0; run < runs; ++run)
        for (int q = 0; q < 2 * queries; ++q) {
            identify::Evidence e;
            e.path = scratch / ("q" + std::to_string(q) + ".mp3");
            const auto t0 = std::chrono::steady_clock::now();
            auto id = identifier.identify(e);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
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
    std::int64_t rows = -1, bytes = -1, fingerprinted = -1;
    if (auto st = storage::Statement::prepare(cat->connection(), "SELECT count(*) FROM fingerprint_terms");
        st && *st->step())
        rows = st->columnInt(0);
    if (auto st = storage::Statement::prepare(
            cat->connection(), "SELECT sum(pgsize) FROM dbstat WHERE name = 'fingerprint_terms'");
        st && *st->step())
        bytes = st->columnInt(0);
    if (auto s = cat->stats())
        fingerprinted = s->fingerprinted;
    std::printf(
        "{\"fingerprinted\": %lld, \"index_rows\": %lld, \"index_bytes\": %lld, \"queries\": %d, \"runs\": "
        "%d,\n"
        " \"found\": %d, \"false_matches\": %d, \"identify_known_ms_median\": %.3f, "
        "\"identify_unknown_ms_median\": %.3f,\n \"own_fingerprint_ms_median\": %.1f, \"loadavg\": \"%s\"}\n",
        static_cast<long long>(fingerprinted), static_cast<long long>(rows), static_cast<long long>(bytes),
        queries, runs, found, falseMatches, median(knownMs), median(unknownMs), median(ownMs),
        loadAverage().c_str());
    std::filesystem::remove_all(scratch);
    return 0;
}
