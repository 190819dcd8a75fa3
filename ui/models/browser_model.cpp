// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/browser_model.hpp"

#include <QHash>
#include <QIcon>

#include <algorithm>

namespace accord::ui {

BrowserModel::BrowserModel(QObject* parent) : QAbstractListModel(parent) {}

void BrowserModel::rebuild(const TrackStore* store, Facet facet)
{
    // O(rows) counting into a vector by pool id, then an integer sort by the ranks the loader computed:
    // no string comparison on the GUI thread, even with 100k distinct albums.
    beginResetModel();
    m_facet = facet;
    m_entries.clear();
    m_total = 0;
    if (store != nullptr && facet != Facet::None) {
        std::vector<int> counts(store->pool().size(), 0);
        for (const TrackRow& row : store->rows())
            ++counts[facet == Facet::Artist  ? row.artistId
                     : facet == Facet::Album ? row.albumId
                                             : row.genreId];
        std::size_t distinct = 0;
        for (const int c : counts)
            distinct += c > 0 ? 1 : 0;
        m_entries.reserve(distinct);
        for (std::size_t id = 0; id < counts.size(); ++id)
            if (counts[id] > 0)
                m_entries.push_back({static_cast<std::uint32_t>(id), counts[id],
                                     store->text(static_cast<std::uint32_t>(id))});
        std::sort(m_entries.begin(), m_entries.end(), [store](const Entry& a, const Entry& b) {
            if ((a.poolId == 0) != (b.poolId == 0))
                return b.poolId == 0; // "Unknown" (the empty string, pool id 0) last
            return store->poolRank(a.poolId) < store->poolRank(b.poolId);
        });
        m_total = static_cast<int>(store->size());
    }
    endResetModel();
}

int BrowserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size()) + 1;
}

QVariant BrowserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() > static_cast<int>(m_entries.size()))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All tracks (%1)").arg(m_total);
        case PoolIdRole:
            return -1;
        case CountRole:
            return m_total;
        default:
            return {};
        }
    }
    const Entry& e = m_entries[static_cast<std::size_t>(index.row() - 1)];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = e.name.isEmpty() ? tr("Unknown") : e.name;
        return QStringLiteral("%1 (%2)").arg(name).arg(e.count);
    }
    case Qt::ToolTipRole:
        return e.name;
    case PoolIdRole:
        return static_cast<qint64>(e.poolId);
    case CountRole:
        return e.count;
    default:
        return {};
    }
}

} // namespace accord::ui
