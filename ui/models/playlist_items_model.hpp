// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/playlist_service.hpp"
#include "stores/track_store.hpp"

#include <QAbstractTableModel>

namespace accord::ui {

/// One playlist's items in order, each with its availability badge: a library track shows the verdict
/// the track table shows for it (same icon, tooltip and greying, read from the TrackStore), a missing item
/// a warning badge whose tooltip is the reason it is missing. Rows can be dragged within the view; a drop
/// announces the new order with reorderRequested() and changes nothing itself (the service stores it and
/// the model is refilled). [GUI thread]
class PlaylistItemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Title, Artist, Album, Duration, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, PathRole, AvailableRole, VerdictRole, MissingReasonRole };

    explicit PlaylistItemsModel(QObject* parent = nullptr);

    void setItems(qint64 playlistId, QList<PlaylistItemRow> items);
    void setStore(const TrackStore* store); ///< may be null; verdicts are read on demand
    /// The store's verdicts changed: tell the views to ask again.
    void refreshVerdicts();
    qint64 playlistId() const noexcept { return m_playlistId; }
    const QList<PlaylistItemRow>& items() const noexcept { return m_items; }
    /// The verdict of row `row` (Unknown for a missing item or a track the store does not hold).
    Verdict verdictAt(int row) const;
    /// True when the row's track is in the library and may play.
    bool playableAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// The item ids in order after moving the rows `rows` to stand before `beforeRow`.
    QList<qint64> orderAfterMove(QList<int> rows, int beforeRow) const;

Q_SIGNALS:
    void reorderRequested(qint64 playlistId, const QList<qint64>& itemIds);

private:
    const TrackRow* trackRow(int row) const;
    qint64 m_playlistId = 0;
    QList<PlaylistItemRow> m_items;
    const TrackStore* m_store = nullptr;
};

} // namespace accord::ui
