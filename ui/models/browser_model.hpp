// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "models/track_filter.hpp"

#include <QAbstractListModel>

#include <memory>

namespace accord::ui {

/// The library browser list: every artist, album or genre with its track count, sorted by name, and an
/// "All" row first. [GUI thread]
class BrowserModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PoolIdRole = Qt::UserRole + 1, CountRole };

    explicit BrowserModel(QObject* parent = nullptr);
    /// Rebuilds the list for `facet` (Artist, Album or Genre) from `store` (may be null).
    void rebuild(const TrackStore* store, Facet facet);
    Facet facet() const noexcept { return m_facet; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        std::uint32_t poolId;
        int count;
        QString name;
    };
    std::vector<Entry> m_entries;
    int m_total = 0;
    Facet m_facet = Facet::Artist;
};

} // namespace accord::ui
