// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::test {

/// The identification precision/recall run shared by the corpus test and bench_fingerprint_corpus:
/// `recordings` generated pieces are catalogued (their original's fingerprint, ISRC, title), `unknown`
/// more are not. Every piece gets lossy copies (corpusCopyFor: trimmed, level-shifted; all three codecs,
/// or one per piece in turn when !allCodecs), each identified untagged through a real Catalogue and
/// identify::Identifier (the fingerprint index, then the aligned comparison). Copies of unknown pieces are
/// also identified carrying a catalogued piece's ISRC (impostors: same tags, different audio).
struct CorpusOptions {
    std::filesystem::path workDir; ///< catalogue.db and fingerprints.txt (a cache of computed prints)
    int recordings = 200;
    int unknown = 50;
    double seconds = 30.0;
    bool allCodecs = false;
    unsigned threads = 2;
};

struct CorpusResult {
    int trueQueries = 0, found = 0, wrongMatches = 0; ///< copies of catalogued pieces
    int unknownQueries = 0, unknownMatched = 0;       ///< copies of pieces not in the catalogue
    int impostorQueries = 0, impostorsAccepted = 0;   ///< unknown audio tagged with a catalogued ISRC
    std::vector<double> trueScores;                   ///< confidence of each correct match (0 when missed)
    std::vector<double> wrongScores; ///< the best score any wrong recording reached per query (0 if none)
    double importSeconds = 0, fingerprintSeconds = 0;
    std::vector<double> identifyMs;  ///< per query, own fingerprint excluded
    std::vector<std::string> misses; ///< "seed codec: note" for each missed or wrong query
};

/// Runs it; throws std::runtime_error on a setup failure (encoder missing, DB error).
CorpusResult runCorpus(const CorpusOptions& options);

} // namespace accord::test
