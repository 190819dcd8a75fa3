// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/playlist_tracks_model.hpp"

#include "widgets/icons.hpp"

#include <QApplication>
#include <QPalette>

namespace accord::ui {

PlaylistTracksModel::PlaylistTracksModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlaylistTracksModel::setPlaylist(const SubscriberPlaylist& playlist)
{
    beginResetModel();
    m_playlist = playlist;
    endResetModel();
}

void PlaylistTracksModel::clear()
{
    setPlaylist({});
}

const SubscriberTrack* PlaylistTracksModel::track(int row) const
{
    return row >= 0 && row < m_playlist.tracks.size() ? &m_playlist.tracks[row] : nullptr;
}

int PlaylistTracksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_playlist.tracks.size());
}

int PlaylistTracksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistTracksModel::data(const QModelIndex& index, int role) const
{
    const SubscriberTrack* t = index.isValid() ? track(index.row()) : nullptr;
    if (t == nullptr)
        return {};
    // Not downloaded: nothing to play yet, but the licence verdict is still the one that will apply.
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Title:
            return t->title;
        case Artist:
            return t->artist;
        case Licence:
            return verdictName(t->verdict);
        case Offline:
            return t->downloaded     ? tr("Downloaded")
                   : t->downloadable ? tr("Not downloaded")
                                     : tr("Not licensed for download");
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Status ? QVariant(Icons::verdict(t->verdict)) : QVariant();
    case Qt::ToolTipRole: {
        const QString name = verdictName(t->verdict);
        if (t->reason.isEmpty())
            return name;
        return t->reason.startsWith(name, Qt::CaseInsensitive) ? t->reason
                                                               : name + QStringLiteral(": ") + t->reason;
    }
    case Qt::ForegroundRole:
        if (!verdictPlays(t->verdict))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return t->path;
    case RecordingRole:
        return t->recording;
    case ReasonCodeRole:
        return t->reasonCode;
    case VerdictKeyRole:
        return QString::fromLatin1(verdictKey(t->verdict));
    case PlaysRole:
        return t->downloaded && verdictPlays(t->verdict);
    default:
        return {};
    }
}

QVariant PlaylistTracksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return QStringLiteral("#");
    case Title:
        return tr("Title");
    case Artist:
        return tr("Artist");
    case Licence:
        return tr("Licence");
    case Offline:
        return tr("Offline");
    default:
        return {};
    }
}

} // namespace accord::ui
