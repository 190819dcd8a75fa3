// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/subscriber_playlist_model.hpp"

namespace accord::ui {

SubscriberPlaylistModel::SubscriberPlaylistModel(QObject* parent) : QAbstractListModel(parent) {}

void SubscriberPlaylistModel::setPlaylists(const QList<SubscriberPlaylist>& playlists)
{
    bool sameIds = playlists.size() == m_playlists.size();
    for (int i = 0; sameIds && i < playlists.size(); ++i)
        sameIds = playlists[i].id == m_playlists[i].id;
    if (sameIds) {
        // Same rows: update in place, so the view keeps its selection and scroll position.
        m_playlists = playlists;
        if (!m_playlists.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_playlists = playlists;
    endResetModel();
}

const SubscriberPlaylist* SubscriberPlaylistModel::playlist(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_playlists[row];
}

int SubscriberPlaylistModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_playlists.size(); ++i)
        if (m_playlists[i].id == id)
            return i;
    return -1;
}

int SubscriberPlaylistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_playlists.size());
}

QVariant SubscriberPlaylistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SubscriberPlaylist& p = m_playlists[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        //: A synced playlist in the browser: its title, then downloaded/total tracks.
        return tr("%1 (%2/%3)").arg(p.title).arg(p.downloaded()).arg(p.tracks.size());
    case Qt::ToolTipRole:
        return tr("Tracks: %1, downloaded: %2").arg(p.tracks.size()).arg(p.downloaded());
    case IdRole:
        return p.id;
    case TracksRole:
        return static_cast<int>(p.tracks.size());
    case DownloadedRole:
        return p.downloaded();
    default:
        return {};
    }
}

} // namespace accord::ui
