// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "stores/search_index.hpp"
#include "stores/string_pool.hpp"
#include "stores/track_row.hpp"

#include <vector>

namespace accord::ui {

/// The whole library as the UI holds it: a flat vector of compact rows plus their string pool, the
/// filter's folded texts and the sort ranks. Built on a worker thread (add() ... finish(), where all the
/// folding and string ranking happens), then handed to the GUI thread as a shared_ptr and changed there
/// only by setVerdict() (a rescan builds a new store).
class TrackStore {
public:
    void reserve(std::size_t rows);
    void add(const TrackRecord& record);
    /// Folds the pool strings and ranks titles, paths and pool strings for sorting. Call once after the
    /// last add(). [the building thread; costs O(n log n) string comparisons]
    void finish();

    const std::vector<TrackRow>& rows() const noexcept { return m_rows; }
    const StringPool& pool() const noexcept { return m_pool; }
    const QString& text(std::uint32_t id) const { return m_pool.at(id); }
    /// Folded title + catalogue aliases of every row, by row index.
    const SearchIndex& search() const noexcept { return m_search; }
    /// Folded catalogue aliases by row index, learnt after the rows (identification comes with the
    /// decisions); empty until setAliases().
    const SearchIndex& aliasSearch() const noexcept { return m_aliasSearch; }
    /// Folded pool strings as of finish() (artists, albums, ...), by pool id.
    const SearchIndex& poolSearch() const noexcept { return m_poolSearch; }
    std::size_t size() const noexcept { return m_rows.size(); }

    /// Sort ranks (valid after finish()): equal strings share a rank, smaller ranks sort first
    /// (case-insensitive). Pool ranks cover artists, albums and genres.
    std::uint32_t titleRank(std::size_t row) const { return m_titleRank[row]; }
    std::uint32_t pathRank(std::size_t row) const { return m_pathRank[row]; }
    std::uint32_t poolRank(std::uint32_t id) const
    {
        return id < m_poolRank.size() ? m_poolRank[id] : UINT32_MAX;
    }

    /// Replaces one row's verdict and main reason. [the thread that owns the store]
    void setVerdict(std::size_t index, Verdict verdict, const QString& mainReason);
    /// Replaces the alias index (one folded text per row, in row order; built off the GUI thread by
    /// the library loader once it knows which recording each row is). [the thread that owns the store]
    void setAliases(SearchIndex aliases) { m_aliasSearch = std::move(aliases); }
    /// Row index of a path, or -1 (a hash lookup after finish()).
    qsizetype indexOfPath(const QString& path) const;

private:
    StringPool m_pool;
    std::vector<TrackRow> m_rows;
    SearchIndex m_search;
    SearchIndex m_poolSearch;
    SearchIndex m_aliasSearch;
    std::vector<std::uint32_t> m_titleRank;
    std::vector<std::uint32_t> m_pathRank;
    std::vector<std::uint32_t> m_poolRank;
    QHash<QString, std::uint32_t> m_byPath;
    QString m_lastReason; ///< setVerdict()'s last reason and its pool id
    std::uint32_t m_lastReasonId = 0;
};

} // namespace accord::ui
