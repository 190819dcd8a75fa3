// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/catalogue.hpp"

#include <cstdint>
#include <functional>

namespace accord::catalogue {

struct SynthOptions {
    std::int64_t recordings = 1000;
    std::uint64_t seed = 1;
    std::int64_t batchRecordings = 50'000; ///< recordings per committed transaction
    /// Recordings that get a fingerprint (SynthPrints), the first ones; -1 = all, 0 = none.
    std::int64_t fingerprinted = -1;
};

struct SynthReport {
    std::int64_t recordings = 0;
    std::int64_t releases = 0;
    std::int64_t deals = 0;
    std::int64_t sublicences = 0;
    std::int64_t takedowns = 0;
    std::int64_t purchases = 0;
    std::int64_t aliases = 0;
    std::int64_t parties = 0; ///< the labels and the two licensees, written once
    std::int64_t fingerprints = 0;
    std::int64_t fingerprintPoolItems = 0; ///< sub-fingerprints in SynthPrints' pool of real prints
    double fingerprintPoolSeconds = 0;     ///< fingerprinting that pool
    std::int64_t fingerprintIndexRows = 0; ///< fingerprint_keys rows after the bulk build
    double fingerprintIndexSeconds = 0;    ///< the bulk build of fingerprint_keys (FingerprintBulkLoad)
};

/// Writes a synthetic catalogue of realistic shape through CatalogueWriter (the importers' write path):
/// 20 labels (parties, the licensors of the release deals) and two licensees, albums of 10 tracks, release
/// deals over territory subsets or Worldwide-minus-exclusions with windows between 2010 and 2030 (some
/// open-ended), a second deal on a quarter of the albums, sublicences on a fifth, preview-only deals,
/// takedowns with transition periods, purchases and title aliases, and fingerprints (SynthPrints: real
/// Chromaprint output of generated music, recombined per recording). The fingerprint index is built once
/// at the end (FingerprintBulkLoad: the triggers are dropped while writing, the table is built sorted),
/// leaving the same rows the triggers would have.
/// Deterministic for a seed. Commits every batchRecordings (a synthetic catalogue is not an import, so
/// it does not need to be all-or-nothing). ISRCs are unique up to 200 million recordings.
/// progress (optional) is called after each batch with the recordings written so far.
/// [the catalogue's thread]
base::Result<SynthReport> synthesiseCatalogue(Catalogue& catalogue, const SynthOptions& options,
                                              const std::function<void(std::int64_t)>& progress = {});

/// The ISRC the synthesiser gives recording number i (0-based), for benchmarks that look them up.
std::string synthIsrc(std::int64_t index);

} // namespace accord::catalogue
