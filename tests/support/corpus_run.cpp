// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/corpus_run.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/synth/synth_audio.hpp"
#include "catalogue/synth/synthesiser.hpp"
#include "identify/fingerprint.hpp"
#include "identify/fingerprinter.hpp"
#include "identify/identifier.hpp"
#include "storage/transaction.hpp"
#include "support/fingerprint_corpus.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace accord::test {

namespace {

constexpr int kCorpusRate = 44100; // as fingerprint_corpus.cpp writes the copies

struct Print {
    std::string encoded;
    double durationS = 0;
};

// "seed/kind" -> fingerprint; kind is "orig" or a codec name. Cached in a text file so a rerun with other
// thresholds does not encode thousands of files again.
using PrintMap = std::map<std::string, Print>;

std::string keyOf(int seed, const std::string& kind)
{
    return std::to_string(seed) + "/" + kind;
}

PrintMap loadCache(const std::filesystem::path& file)
{
    PrintMap out;
    std::ifstream in(file);
    std::string key, encoded;
    double d = 0;
    while (in >> key >> d >> encoded)
        out[key] = {encoded, d};
    return out;
}

// Catalogued pieces are seeds 0..recordings-1, unknown ones kUnknownBase + 0..unknown-1 (the same pieces
// whatever the catalogue's size), interleaved so that an interrupted run has cached some of each.
constexpr int kUnknownBase = 1'000'000;

std::vector<int> pieceOrder(const CorpusOptions& o)
{
    std::vector<int> order;
    int u = 0;
    for (int r = 0; r < o.recordings || u < o.unknown; ++r) {
        if (r < o.recordings)
            order.push_back(r);
        while (u < o.unknown &&
               static_cast<long>(u) * std::max(1, o.recordings) <= static_cast<long>(r) * o.unknown)
            order.push_back(kUnknownBase + u++);
    }
    return order;
}

void computePrints(const CorpusOptions& o, PrintMap& prints)
{
    struct Job {
        int seed;
        std::string kind;
    };
    std::vector<Job> jobs;
    for (const int seed : pieceOrder(o)) {
        if (seed < o.recordings && !prints.count(keyOf(seed, "orig")))
            jobs.push_back({seed, "orig"});
        for (int c = 0; c < 3; ++c) {
            if (!o.allCodecs && c != seed % 3)
                continue;
            const std::string codec = corpusCopyFor(static_cast<std::uint64_t>(seed), c).codec;
            if (!prints.count(keyOf(seed, codec)))
                jobs.push_back({seed, codec});
        }
    }
    std::mutex lock;
    std::atomic<std::size_t> next{0};
    std::string failure;
    std::ofstream cache(o.workDir / "fingerprints.txt", std::ios::app);
    auto work = [&](unsigned worker) {
        const auto scratch = o.workDir / ("scratch" + std::to_string(worker));
        std::filesystem::create_directories(scratch);
        for (std::size_t k; (k = next.fetch_add(1)) < jobs.size();) {
            const Job& j = jobs[k];
            const auto seed = static_cast<std::uint64_t>(j.seed);
            std::filesystem::path file;
            std::optional<base::Result<identify::Fingerprint>> fp;
            try {
                if (j.kind == "orig") {
                    // The catalogue's print comes from the master: the generated samples, in memory.
                    const auto music = catalogue::synthMusic(seed, o.seconds, kCorpusRate);
                    std::vector<std::int16_t> pcm(music.size());
                    for (std::size_t i = 0; i < music.size(); ++i)
                        pcm[i] = static_cast<std::int16_t>(std::lrint(music[i] * 32000.0f));
                    fp.emplace(identify::fingerprintSamples(pcm.data(), pcm.size(), kCorpusRate, 1));
                } else {
                    const int c = j.kind == "mp3" ? 0 : j.kind == "opus" ? 1 : 2;
                    file = scratch / ("copy." + j.kind);
                    writeCorpusCopy(file, seed, o.seconds, corpusCopyFor(seed, c));
                    fp.emplace(identify::fingerprintFile(file));
                    std::filesystem::remove(file);
                }
            } catch (const std::exception& e) {
                const std::lock_guard g(lock);
                failure = e.what();
                return;
            }
            const std::lock_guard g(lock);
            if (!*fp) {
                failure = fp->error().describe();
                return;
            }
            prints[keyOf(j.seed, j.kind)] = {(*fp)->encoded, (*fp)->durationS};
            cache << keyOf(j.seed, j.kind) << ' ' << (*fp)->durationS << ' ' << (*fp)->encoded << std::endl;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < std::max(1u, o.threads); ++t)
        pool.emplace_back(work, t);
    for (auto& t : pool)
        t.join();
    if (!failure.empty())
        throw std::runtime_error("corpus: " + failure);
}

} // namespace

CorpusResult runCorpus(const CorpusOptions& o)
{
    std::filesystem::create_directories(o.workDir);
    CorpusResult res;
    PrintMap prints = loadCache(o.workDir / "fingerprints.txt");
    auto t0 = std::chrono::steady_clock::now();
    computePrints(o, prints);
    res.fingerprintSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    std::filesystem::remove(o.workDir / "catalogue.db");
    std::filesystem::remove(o.workDir / "catalogue.db-wal");
    std::filesystem::remove(o.workDir / "catalogue.db-shm");
    auto cat = catalogue::Catalogue::open(o.workDir / "catalogue.db");
    if (!cat)
        throw std::runtime_error(cat.error().describe());
    t0 = std::chrono::steady_clock::now();
    {
        auto tx = storage::Transaction::begin(cat->connection());
        if (!tx)
            throw std::runtime_error(tx.error().describe());
        catalogue::CatalogueWriter w(cat->connection());
        for (int seed = 0; seed < o.recordings; ++seed) {
            const Print& p = prints.at(keyOf(seed, "orig"));
            catalogue::Recording r;
            r.catalogueId = "corpus-" + std::to_string(seed);
            r.isrc = catalogue::synthIsrc(seed);
            r.title = "Corpus piece " + std::to_string(seed);
            r.artists = {"Corpus"};
            r.durationMs = static_cast<std::int64_t>(o.seconds * 1000);
            r.fingerprint = p.encoded;
            r.fingerprintDurationS = static_cast<std::int64_t>(p.durationS + 0.5);
            if (auto id = w.upsertRecording(r, true); !id)
                throw std::runtime_error(id.error().describe());
        }
        if (auto st = tx->commit(); !st)
            throw std::runtime_error(st.error().describe());
    }
    res.importSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    // The file "path" names the cached print; the identifier never decodes anything itself.
    identify::Identifier identifier(
        *cat, [&](const std::filesystem::path& p) -> base::Result<identify::Fingerprint> {
            const Print& print = prints.at(p.string());
            auto raw = identify::decodeFingerprint(print.encoded);
            if (!raw)
                return std::move(raw).error();
            identify::Fingerprint fp;
            fp.raw = std::move(*raw);
            fp.encoded = print.encoded;
            fp.durationS = print.durationS;
            return fp;
        });
    auto query = [&](int seed, const std::string& codec, const std::string& isrc) {
        identify::Evidence e;
        e.path = keyOf(seed, codec);
        e.isrc = isrc;
        const auto start = std::chrono::steady_clock::now();
        auto id = identifier.identify(e);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!id)
            throw std::runtime_error(id.error().describe());
        return std::make_pair(std::move(*id), ms);
    };
    for (const int seed : pieceOrder(o)) {
        for (int c = 0; c < 3; ++c) {
            if (!o.allCodecs && c != seed % 3)
                continue;
            const std::string codec = corpusCopyFor(static_cast<std::uint64_t>(seed), c).codec;
            auto [id, ms] = query(seed, codec, "");
            const std::string want = seed < o.recordings ? "corpus-" + std::to_string(seed) : "";
            const std::string got = id.recording ? id.recording->catalogueId : "";
            const std::string tag = std::to_string(seed) + " " + codec + ": ";
            if (seed < o.recordings) {
                ++res.trueQueries;
                res.identifyMs.push_back(ms);
                if (got == want) {
                    ++res.found;
                    res.trueScores.push_back(id.confidence);
                } else {
                    res.trueScores.push_back(0);
                    res.misses.push_back(tag + (got.empty() ? "missed" : "taken for " + got) + " (" +
                                         id.note + ")");
                    if (!got.empty())
                        ++res.wrongMatches;
                }
            } else {
                ++res.unknownQueries;
                res.identifyMs.push_back(ms);
                if (!got.empty()) {
                    ++res.unknownMatched;
                    res.misses.push_back(tag + "unknown piece taken for " + got + " (" + id.note + ")");
                }
                // The same audio tagged with a catalogued piece's ISRC.
                ++res.impostorQueries;
                auto [imp, ms2] = query(seed, codec, catalogue::synthIsrc(seed % o.recordings));
                (void)ms2;
                if (imp.recording) {
                    ++res.impostorsAccepted;
                    res.misses.push_back(tag + "impostor accepted as " + imp.recording->catalogueId + " (" +
                                         imp.note + ")");
                }
            }
            // The best score of a wrong recording among the index's candidates.
            auto raw = identify::decodeFingerprint(prints.at(keyOf(seed, codec)).encoded);
            auto cands = cat->fingerprintCandidates(*raw, identify::Identifier::kCandidates);
            double wrong = 0;
            for (const auto& cand : cands ? *cands : std::vector<catalogue::FingerprintCandidate>{}) {
                auto rec = cat->findById(cand.recordingId);
                if (!rec || !*rec || (*rec)->catalogueId == want)
                    continue;
                auto stored = identify::decodeFingerprint(*(*rec)->fingerprint);
                wrong = std::max(wrong, identify::matchScore(*raw, *stored, cand.offset));
            }
            res.wrongScores.push_back(wrong);
        }
    }
    return res;
}

} // namespace accord::test
