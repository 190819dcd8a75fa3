// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/track_filter.hpp"

namespace accord::ui {

namespace {

bool facetMatches(const TrackRow& row, const FilterQuery& q)
{
    switch (q.facet) {
    case Facet::None: return true;
    case Facet::Artist: return row.artistId == q.facetId;
    case Facet::Album: return row.albumId == q.facetId;
    case Facet::Genre: return row.genreId == q.facetId;
    }
    return true;
}

} // namespace

std::vector<std::uint32_t> TrackFilter::apply(const TrackStore& store, const std::vector<std::uint32_t>& candidates,
                                              const FilterQuery& query)
{
    if (query.empty())
        return candidates;
    // For each word, which pool strings (artists, albums) contain it: one pass over distinct names.
    const std::size_t poolSize = store.pool().size();
    std::vector<std::vector<char>> poolHits;
    poolHits.reserve(static_cast<std::size_t>(query.words.size()));
    for (const QString& word : query.words) {
        std::vector<char> hits(poolSize, 0);
        for (std::size_t id = 1; id < poolSize; ++id)
            hits[id] = store.folded(static_cast<std::uint32_t>(id)).contains(word) ? 1 : 0;
        poolHits.push_back(std::move(hits));
    }
    std::vector<std::uint32_t> out;
    out.reserve(candidates.size() / 4);
    const auto& rows = store.rows();
    for (const std::uint32_t index : candidates) {
        const TrackRow& row = rows[index];
        if (!facetMatches(row, query))
            continue;
        bool all = true;
        for (qsizetype w = 0; all && w < query.words.size(); ++w) {
            const auto& hits = poolHits[static_cast<std::size_t>(w)];
            all = hits[row.artistId] != 0 || hits[row.albumId] != 0 || row.searchKey.contains(query.words[w]);
        }
        if (all)
            out.push_back(index);
    }
    return out;
}

bool TrackFilter::narrows(const FilterQuery& prev, const FilterQuery& next)
{
    if (prev.facet != next.facet || prev.facetId != next.facetId)
        return false;
    for (const QString& p : prev.words) {
        bool covered = false;
        for (const QString& n : next.words)
            covered = covered || n.contains(p);
        if (!covered)
            return false;
    }
    return true;
}

} // namespace accord::ui
