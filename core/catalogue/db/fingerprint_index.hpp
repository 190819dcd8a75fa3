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

/// Candidate selection over the fingerprint_keys table (migration 7; README.md "Fingerprint index").
/// The key of each of the query's pairs of items (fingerprint_terms.hpp) is looked up, in key order, each
/// distinct key once; every posting votes for (recording, catalogue position - query position); the
/// recordings with the most votes at one alignment (counting the neighbouring alignments too) are the
/// candidates, best first. Keys with more than kStopPostings postings (silence, a held chord shared by
/// hundreds of recordings) say nothing about a recording and are skipped.
/// Cost: one B-tree descent per distinct query key (~1000 for a 120 s query) plus the postings read, which
/// for pair keys are those of the matching recording and rarely others, whatever the catalogue's size.
/// [the connection's thread] Must not outlive the connection.
class FingerprintIndex {
public:
    static constexpr int kStopPostings = 256;

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
