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
    beginResetModel();
    m_facet = facet;
    m_entries.clear();
    m_total = 0;
    if (store != nullptr && facet != Facet::None) {
        QHash<std::uint32_t, int> counts;
        for (const TrackRow& row : store->rows()) {
            const std::uint32_t id = facet == Facet::Artist ? row.artistId
                                     : facet == Facet::Album ? row.albumId
                                                             : row.genreId;
            ++counts[id];
        }
        m_entries.reserve(static_cast<std::size_t>(counts.size()));
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            m_entries.push_back({it.key(), it.value(), store->text(it.key())});
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
            if (a.name.isEmpty() != b.name.isEmpty())
                return b.name.isEmpty();  // "Unknown" last
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
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
        case Qt::DisplayRole: return tr("All tracks (%1)").arg(m_total);
        case PoolIdRole: return -1;
        case CountRole: return m_total;
        default: return {};
        }
    }
    const Entry& e = m_entries[static_cast<std::size_t>(index.row() - 1)];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = e.name.isEmpty() ? tr("Unknown") : e.name;
        return QStringLiteral("%1 (%2)").arg(name).arg(e.count);
    }
    case Qt::ToolTipRole: return e.name;
    case PoolIdRole: return static_cast<qint64>(e.poolId);
    case CountRole: return e.count;
    default: return {};
    }
}

} // namespace accord::ui
