// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "models/string_pool.hpp"
#include "models/track_row.hpp"

#include <vector>

namespace accord::ui {

/// The whole library as the UI holds it: a flat vector of compact rows plus their string pool.
/// Built on a worker thread, then handed to the GUI thread as a shared_ptr<const TrackStore> and never
/// changed again (a rescan builds a new store).
class TrackStore {
public:
    void reserve(std::size_t rows) { m_rows.reserve(rows); }
    void add(const TrackRecord& record);
    /// Computes the folded pool strings the filter needs. Call once after the last add().
    void finish();

    const std::vector<TrackRow>& rows() const noexcept { return m_rows; }
    const StringPool& pool() const noexcept { return m_pool; }
    const QString& text(std::uint32_t id) const { return m_pool.at(id); }
    /// Folded form of pool string `id` (valid after finish()).
    const QString& folded(std::uint32_t id) const { return m_folded[id]; }
    std::size_t size() const noexcept { return m_rows.size(); }
    /// Replaces one row's verdict and main reason. [the thread that owns the store]
    void setVerdict(std::size_t index, Verdict verdict, const QString& mainReason);
    /// Row index of a path, or -1 (a hash lookup after finish()).
    qsizetype indexOfPath(const QString& path) const;

private:
    StringPool m_pool;
    std::vector<TrackRow> m_rows;
    std::vector<QString> m_folded;
    QHash<QString, std::uint32_t> m_byPath;
};

} // namespace accord::ui
