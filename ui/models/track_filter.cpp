// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/track_filter.hpp"

namespace accord::ui {

namespace {

bool facetMatches(const TrackRow& row, const FilterQuery& q)
{
    switch (q.facet) {
    case Facet::None:
        return true;
    case Facet::Artist:
        return row.artistId == q.facetId;
    case Facet::Album:
        return row.albumId == q.facetId;
    case Facet::Genre:
        return row.genreId == q.facetId;
    }
    return true;
}

} // namespace

std::vector<std::uint32_t> TrackFilter::apply(const TrackStore& store,
                                              const std::vector<std::uint32_t>& candidates,
                                              const FilterQuery& query)
{
    if (query.empty())
        return candidates;
    const auto& rows = store.rows();
    std::vector<std::uint32_t> current;
    const std::vector<std::uint32_t>* in = &candidates;
    if (query.facet != Facet::None) {
        current.reserve(candidates.size() / 8);
        for (const std::uint32_t index : candidates)
            if (facetMatches(rows[index], query))
                current.push_back(index);
        in = &current;
    }
    // Word by word, each narrowing the previous word's result. Artists and albums are matched once per
    // distinct pool string; titles and aliases through the store's contiguous SearchIndex: one linear
    // scan when many rows are left, else a search in each remaining row's own text.
    const SearchIndex& search = store.search();
    std::vector<std::uint8_t> poolHits;
    std::vector<std::uint8_t> rowHits;
    std::vector<std::uint8_t> aliasHits;
    for (const QString& folded : query.words) {
        const QByteArray utf8 = folded.toUtf8();
        const std::string_view word(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        store.poolSearch().scan(word, poolHits);
        // Artists and albums interned after finish() (none: only verdict reasons are) cannot match.
        poolHits.resize(store.pool().size(), 0);
        const bool scanAll = in->size() * 8 > rows.size();
        // Aliases learnt after the rows (TrackStore::setAliases) have their own index, one text per row.
        const SearchIndex& aliases = store.aliasSearch();
        const bool withAliases = aliases.size() == rows.size() && rows.size() > 0;
        if (scanAll) {
            search.scan(word, rowHits);
            if (withAliases)
                aliases.scan(word, aliasHits);
        }
        std::vector<std::uint32_t> out;
        out.reserve(in->size() / 4);
        for (const std::uint32_t index : *in) {
            const TrackRow& row = rows[index];
            if (poolHits[row.artistId] != 0 || poolHits[row.albumId] != 0 ||
                (scanAll ? rowHits[index] != 0 : search.contains(index, word)) ||
                (withAliases && (scanAll ? aliasHits[index] != 0 : aliases.contains(index, word))))
                out.push_back(index);
        }
        current = std::move(out);
        in = &current;
    }
    return current;
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
