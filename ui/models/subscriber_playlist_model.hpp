// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/subscriber_snapshot.hpp"

#include <QAbstractListModel>

namespace accord::ui {

/// The subscriber's synced playlists (the last verified lease's, in its order): "Title" with
/// "downloaded of tracks" beside it. Kept apart from the library browser and the local playlists: these
/// come from the service, change only with a sync, and download. [GUI thread]
class SubscriberPlaylistModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TracksRole, DownloadedRole };

    explicit SubscriberPlaylistModel(QObject* parent = nullptr);
    /// Replaces the playlists; rows that keep their id keep their place (a selection survives a sync).
    void setPlaylists(const QList<SubscriberPlaylist>& playlists);
    const SubscriberPlaylist* playlist(const QString& id) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<SubscriberPlaylist> m_playlists;
};

} // namespace accord::ui
