// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/catalogue.hpp"
#include "identify/fingerprint.hpp"
#include "identify/identification.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace accord::identify {

/// Links a file to a catalogue recording, most trustworthy evidence first:
///  1. ISRC tag (confidence 1.0 when the audio confirms it, 0.95 when the recording has no fingerprint);
///  2. catalogue id tag (0.98 / 0.93);
///  3. acoustic fingerprint: the catalogue's fingerprint index proposes up to kCandidates recordings and
///     their alignment, matchScore() at that alignment decides (confidence = the score);
///  4. normalised title (and aliases) + main artist with a duration tolerance of max(3 s, 3%) (0.5-0.7).
/// The fingerprint wins over contradicting tags: when the recording named by the ISRC/id/title has a
/// fingerprint and the file's audio does not match it, that recording is refused; the file is then
/// whatever its fingerprint matches, or unidentified. The file is decoded only when a fingerprint can
/// decide something (the catalogue has fingerprints).
/// [one thread: the catalogue's] Nothing is loaded up front: each search costs a few index lookups.
class Identifier {
public:
    /// `fingerprinter` defaults to fingerprintFile; tests and benchmarks may count or cache calls.
    using FingerprintFn = std::function<base::Result<Fingerprint>(const std::filesystem::path&)>;

    explicit Identifier(catalogue::Catalogue& catalogue, FingerprintFn fingerprinter = {});

    base::Result<Identification> identify(const Evidence& evidence);

    /// How many of the index's candidates are compared in full.
    static constexpr std::size_t kCandidates = 8;

private:
    const Fingerprint* fileFingerprint(const Evidence& e, std::string& note);
    std::optional<double> verify(const catalogue::Recording& r, const Evidence& e, std::string& note);
    base::Result<std::optional<Identification>> searchFingerprint(const Evidence& e, std::int64_t exclude,
                                                                  std::string& note);
    base::Result<std::optional<Identification>> searchTitle(const Evidence& e, std::string& note);

    catalogue::Catalogue& m_catalogue;
    FingerprintFn m_fingerprinter;
    // Per identify() call: the file's fingerprint, computed at most once.
    std::optional<base::Result<Fingerprint>> m_current;
};

} // namespace accord::identify
