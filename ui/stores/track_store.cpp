// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "stores/track_store.hpp"

#include "stores/search_fold.hpp"

#include <algorithm>
#include <numeric>
#include <thread>

namespace accord::ui {

namespace {

/// Rank of each text in case-insensitive order; equal texts share a rank.
template <typename KeyOf> std::vector<std::uint32_t> rankBy(std::size_t count, KeyOf keyOf)
{
    std::vector<QString> keys(count);
    for (std::size_t i = 0; i < count; ++i)
        keys[i] = keyOf(i);
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> rank(count);
    std::uint32_t r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && keys[order[i]] != keys[order[i - 1]])
            ++r;
        rank[order[i]] = r;
    }
    return rank;
}

} // namespace

void TrackStore::reserve(std::size_t rows)
{
    m_rows.reserve(rows);
    m_search.reserve(rows, rows * 24);
}

void TrackStore::add(const TrackRecord& r)
{
    TrackRow row;
    row.trackId = r.trackId;
    row.path = r.path;
    row.title = r.title;
    QString key = r.title;
    for (const QString& alias : r.aliases)
        key += u' ' + alias;
    m_search.add(foldForSearch(key));
    row.artistId = m_pool.intern(r.artist);
    row.albumId = m_pool.intern(r.album);
    row.genreId = m_pool.intern(r.genre);
    row.codecId = m_pool.intern(r.codec);
    row.reasonId = m_pool.intern(r.mainReason);
    row.durationMs = r.durationMs;
    row.sampleRate = r.sampleRate;
    row.year = r.year;
    row.trackNumber = r.trackNumber;
    row.discNumber = r.discNumber;
    row.bitsPerSample = r.bitsPerSample;
    row.verdict = r.verdict;
    m_rows.push_back(std::move(row));
}

void TrackStore::finish()
{
    // Two independent halves, one on a helper thread: the pool's folded texts and sort ranks, and the
    // rows' path index and title / path ranks. Both only read m_rows and m_pool.
    std::thread poolHalf([this] {
        std::vector<QString> folded;
        folded.reserve(m_pool.size());
        m_poolSearch = SearchIndex();
        for (std::size_t i = 0; i < m_pool.size(); ++i) {
            folded.push_back(foldForSearch(m_pool.at(static_cast<std::uint32_t>(i))));
            m_poolSearch.add(folded.back());
        }
        m_poolSearch.shrinkToFit();
        m_poolRank = rankBy(m_pool.size(), [&](std::size_t i) { return folded[i]; });
    });
    m_rows.shrink_to_fit();
    m_search.shrinkToFit();
    m_byPath.clear();
    m_byPath.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_byPath.insert(m_rows[i].path, static_cast<std::uint32_t>(i));
    m_titleRank = rankBy(m_rows.size(), [&](std::size_t i) { return m_rows[i].title.toCaseFolded(); });
    // The loader adds rows in path order, so the path rank is usually the row index: check, don't sort.
    bool pathOrder = true;
    for (std::size_t i = 1; pathOrder && i < m_rows.size(); ++i)
        pathOrder = !(m_rows[i].path < m_rows[i - 1].path);
    if (pathOrder) {
        m_pathRank.resize(m_rows.size());
        std::iota(m_pathRank.begin(), m_pathRank.end(), 0U);
    } else {
        m_pathRank = rankBy(m_rows.size(), [&](std::size_t i) { return m_rows[i].path; });
    }
    poolHalf.join();
}

void TrackStore::setVerdict(std::size_t index, Verdict verdict, const QString& mainReason)
{
    TrackRow& row = m_rows[index];
    row.verdict = verdict;
    // The loader hands out one shared QString per distinct reason: consecutive rows with the same text
    // (the usual case) skip the pool's hash. m_lastReason holds a reference, so equal data pointers mean
    // the same text.
    if (mainReason.constData() != m_lastReason.constData() || mainReason.size() != m_lastReason.size()) {
        m_lastReason = mainReason;
        m_lastReasonId = m_pool.intern(mainReason);
    }
    row.reasonId = m_lastReasonId;
}

qsizetype TrackStore::indexOfPath(const QString& path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.constEnd() ? -1 : static_cast<qsizetype>(it.value());
}

} // namespace accord::ui
