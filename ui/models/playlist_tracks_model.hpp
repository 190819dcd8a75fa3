// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/subscriber_snapshot.hpp"

#include <QAbstractTableModel>

namespace accord::ui {

/// The tracks of one synced playlist, in the lease's order: number, title, artist, verdict and whether it
/// is downloaded. A track that cannot play is greyed, its tooltip the verdict and reason, exactly as a
/// library row (the same Judge decided it). [GUI thread]
class PlaylistTracksModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Status, Number, Title, Artist, Licence, Offline, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, RecordingRole, ReasonCodeRole, VerdictKeyRole, PlaysRole };

    explicit PlaylistTracksModel(QObject* parent = nullptr);
    void setPlaylist(const SubscriberPlaylist& playlist);
    void clear();
    const QString& playlistId() const noexcept { return m_playlist.id; }
    const SubscriberTrack* track(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SubscriberPlaylist m_playlist;
};

} // namespace accord::ui
