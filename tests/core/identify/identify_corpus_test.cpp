// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Precision and recall of identification by fingerprint on 200 catalogued generated pieces and 50 that are
// not: each piece's lossy copy (MP3 128k, Opus 64k or Vorbis 96k in turn, trimmed 1-4 s, -12..+2 dB) is
// identified untagged through the fingerprint index. tests/bench/README.md has the 2,000-piece figures.
#include "identify/fingerprint.hpp"
#include "support/corpus_run.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;

TEST_CASE("identification finds re-encoded copies and takes nothing else for a catalogued piece",
          "[identify][corpus][slow]")
{
    test::TempDir dir;
    test::CorpusOptions o;
    o.workDir = dir.path();
    o.recordings = 200;
    o.unknown = 50;
    o.seconds = 30.0;
    const test::CorpusResult r = test::runCorpus(o);
    for (const auto& m : r.misses)
        UNSCOPED_INFO(m);
    REQUIRE(r.trueQueries == 200);
    REQUIRE(r.unknownQueries == 50);
    // >= 99% found, no false match (0.1% of 250 queries is less than one), no impostor accepted.
    CHECK(r.found >= 198);
    CHECK(r.wrongMatches == 0);
    CHECK(r.unknownMatched == 0);
    CHECK(r.impostorQueries == 50);
    CHECK(r.impostorsAccepted == 0);
}
