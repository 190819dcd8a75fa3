// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace accord::catalogue {

/// A recording the index proposes for a query fingerprint: the query's item i lines up with the
/// recording's item i + offset; votes is how many query items met an indexed term at that alignment.
struct FingerprintCandidate {
    std::int64_t recordingId = 0;
    int offset = 0;
    int votes = 0;
};

/// Candidate selection over the fingerprint_terms table (migration 6; README.md "Fingerprint index").
/// Each of the query's sub-fingerprints is looked up by its term; every posting votes for (recording,
/// catalogue position - query position); the recordings with the most votes at one alignment (counting
/// the neighbouring alignments too) are the candidates, best first. Terms with more than kStopPostings
/// postings say nothing about a recording (silence, a held chord common to thousands) and are skipped.
/// Cost: one B-tree descent per distinct query term, independent of the catalogue's size except through
/// the posting lists' lengths. [the connection's thread] Must not outlive the connection.
class FingerprintIndex {
public:
    static constexpr int kStopPostings = 1000;

    explicit FingerprintIndex(storage::Connection& conn) : m_conn(conn) {}

    /// Up to `limit` candidates with at least `minVotes` votes, most votes first.
    base::Result<std::vector<FingerprintCandidate>> candidates(const std::vector<std::uint32_t>& query,
                                                               std::size_t limit, int minVotes = 2);
    /// Whether any recording has a fingerprint (one partial-index probe).
    base::Result<bool> any();

private:
    storage::Connection& m_conn;
    std::optional<storage::Statement> m_lookup;
    std::optional<storage::Statement> m_any;
};

} // namespace accord::catalogue
