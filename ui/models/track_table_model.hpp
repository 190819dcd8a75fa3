// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "models/track_filter.hpp"
#include "stores/track_store.hpp"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace accord::ui {

/// The library's track table: every row of a TrackStore, sorted and filtered without a proxy model
/// (the visible rows are a vector of indices; typing one more letter filters the previous result).
/// data() formats lazily, so 100k rows cost only their compact TrackRows. [GUI thread]
class TrackTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Title, Artist, Album, TrackNo, Year, Genre, Duration, Format, Path, ColumnCount };
    enum Role { TrackIdRole = Qt::UserRole + 1, PathRole, VerdictRole, SortRole };

    explicit TrackTableModel(QObject* parent = nullptr);

    void setStore(std::shared_ptr<TrackStore> store);
    const TrackStore* store() const noexcept { return m_store.get(); }
    /// Updates one row's verdict (a re-decision after valid_until, or QA mode). Emits dataChanged.
    void setVerdict(std::size_t storeIndex, Verdict verdict, const QString& mainReason);
    /// Many at once (a chunk of decisions): one dataChanged for the status and text columns.
    void setVerdicts(const std::vector<VerdictUpdate>& updates);

    /// Gives the store its catalogue aliases (TrackStore::setAliases) and filters again, so a query typed
    /// before they arrived finds its aliases too.
    void setAliases(SearchIndex aliases);

    void setFilterText(const QString& text);
    void setFacet(Facet facet, std::uint32_t poolId);
    const FilterQuery& query() const noexcept { return m_query; }

    /// The store row behind a visible row.
    const TrackRow* rowAt(int visibleRow) const;
    std::size_t storeIndexAt(int visibleRow) const { return m_visible[static_cast<std::size_t>(visibleRow)]; }
    int visibleRowOfStoreIndex(std::size_t storeIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

Q_SIGNALS:
    void filterApplied(int visibleRows, qint64 microseconds);

private:
    void refilter(bool fromScratch = false);
    const TrackStore* ensureStore();
    std::vector<std::uint64_t> sortKeys(int column) const;
    /// Reorders store indices by `column` (stable: ties keep their current order).
    void sortIndices(std::vector<std::uint32_t>& indices, int column, Qt::SortOrder order) const;
    QString formatText(const TrackRow& row) const;

    std::shared_ptr<TrackStore> m_store;
    std::vector<std::uint32_t> m_sorted;  ///< every store index, in the current sort order
    std::vector<std::uint32_t> m_visible; ///< the filtered subset of m_sorted, same order
    FilterQuery m_query;
    FilterQuery m_appliedQuery;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/// "3:07", "1:02:03". [any thread]
QString formatDuration(qint64 ms);

} // namespace accord::ui
