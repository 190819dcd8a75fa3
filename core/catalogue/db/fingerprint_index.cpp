// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/fingerprint_index.hpp"

#include "catalogue/model/fingerprint_terms.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace accord::catalogue {

namespace {

// (recording, offset) packed into one key: offsets stay within +-2^20 of each other.
std::uint64_t voteKey(std::int64_t recordingId, int offset)
{
    return (static_cast<std::uint64_t>(recordingId) << 22) ^ static_cast<std::uint64_t>(offset + (1 << 21));
}

} // namespace

base::Result<bool> FingerprintIndex::any()
{
    if (!m_any) {
        auto st = storage::Statement::prepare(m_conn, "SELECT EXISTS(SELECT 1 FROM recordings WHERE "
                                                      "fingerprint IS NOT NULL)");
        if (!st.ok())
            return std::move(st).error();
        m_any.emplace(std::move(*st));
    }
    m_any->reset();
    auto row = m_any->step();
    if (!row.ok())
        return std::move(row).error();
    const bool out = *row && m_any->columnInt(0) != 0;
    m_any->reset();
    return out;
}

base::Result<std::vector<FingerprintCandidate>>
FingerprintIndex::candidates(const std::vector<std::uint32_t>& query, std::size_t limit, int minVotes)
{
    if (!m_lookup) {
        auto st = storage::Statement::prepare(
            m_conn, "SELECT recording_id, position FROM fingerprint_keys WHERE key = ? LIMIT ?");
        if (!st.ok())
            return std::move(st).error();
        m_lookup.emplace(std::move(*st));
    }
    // Each distinct key once, with every query position that has it; in key order, so that consecutive
    // descents share the B-tree's upper pages.
    std::vector<std::pair<std::int64_t, int>> terms;
    terms.reserve(query.size());
    for (std::size_t i = 0; i + kPairGap < query.size(); ++i)
        terms.emplace_back(pairKey(query.data() + i), static_cast<int>(i));
    std::sort(terms.begin(), terms.end());
    std::unordered_map<std::uint64_t, std::pair<std::int64_t, int>> votes; // key -> (recording, count)
    std::vector<std::pair<std::int64_t, int>> postings;
    for (std::size_t at = 0; at < terms.size();) {
        std::size_t end = at;
        while (end < terms.size() && terms[end].first == terms[at].first)
            ++end;
        m_lookup->reset();
        m_lookup->bind(1, terms[at].first).bind(2, kStopPostings + 1);
        postings.clear();
        for (;;) {
            auto row = m_lookup->step();
            if (!row.ok())
                return std::move(row).error();
            if (!*row)
                break;
            postings.emplace_back(m_lookup->columnInt(0), static_cast<int>(m_lookup->columnInt(1)));
        }
        if (postings.size() <= static_cast<std::size_t>(kStopPostings)) {
            for (const auto& [recording, position] : postings) {
                for (std::size_t q = at; q < end; ++q) {
                    auto& v = votes[voteKey(recording, position - terms[q].second)];
                    v.first = recording;
                    ++v.second;
                }
            }
        }
        at = end;
    }
    m_lookup->reset();
    // The alignment's votes plus its neighbours' (a re-encoded copy drifts by a frame now and then).
    std::vector<FingerprintCandidate> ranked;
    for (const auto& [key, v] : votes) {
        const int offset = static_cast<int>(key & ((1u << 22) - 1)) - (1 << 21);
        int total = v.second;
        for (int d : {-1, 1})
            if (auto it = votes.find(voteKey(v.first, offset + d)); it != votes.end())
                total += it->second.second;
        if (total >= minVotes)
            ranked.push_back({v.first, offset, total});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        return a.votes != b.votes ? a.votes > b.votes : a.recordingId < b.recordingId;
    });
    // One candidate per recording: its best alignment.
    std::vector<FingerprintCandidate> out;
    for (const FingerprintCandidate& c : ranked) {
        if (out.size() >= limit)
            break;
        if (std::none_of(out.begin(), out.end(),
                         [&](const auto& o) { return o.recordingId == c.recordingId; }))
            out.push_back(c);
    }
    return out;
}

} // namespace accord::catalogue
