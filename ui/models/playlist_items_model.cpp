// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/playlist_items_model.hpp"

#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QStyle>

#include <algorithm>

namespace accord::ui {

namespace {

const QString kRowsMime = QStringLiteral("application/x-accord-playlist-rows");

} // namespace

PlaylistItemsModel::PlaylistItemsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlaylistItemsModel::setItems(qint64 playlistId, QList<PlaylistItemRow> items)
{
    beginResetModel();
    m_playlistId = playlistId;
    m_items = std::move(items);
    endResetModel();
}

void PlaylistItemsModel::setStore(const TrackStore* store)
{
    m_store = store;
    refreshVerdicts();
}

void PlaylistItemsModel::refreshVerdicts()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const TrackRow* PlaylistItemsModel::trackRow(int row) const
{
    if (!m_store || row < 0 || row >= m_items.size() || m_items[row].trackId == 0)
        return nullptr;
    const qsizetype i = m_store->indexOfPath(m_items[row].path);
    return i < 0 ? nullptr : &m_store->rows()[static_cast<std::size_t>(i)];
}

Verdict PlaylistItemsModel::verdictAt(int row) const
{
    const TrackRow* t = trackRow(row);
    return t ? t->verdict : Verdict::Unknown;
}

bool PlaylistItemsModel::playableAt(int row) const
{
    return row >= 0 && row < m_items.size() && m_items[row].trackId != 0 && verdictPlays(verdictAt(row));
}

int PlaylistItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PlaylistItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistItemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PlaylistItemRow& item = m_items[index.row()];
    const bool missing = item.trackId == 0;
    const TrackRow* track = trackRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            if (!item.title.isEmpty())
                return item.title;
            return item.path.section(QLatin1Char('/'), -1);
        case Artist:
            return item.artist;
        case Album:
            // A missing item says why in the row itself, not only in its badge's tooltip.
            return missing ? tr("Missing: %1").arg(item.missingReason) : item.album;
        case Duration:
            return item.durationMs < 0 ? QString() : formatDuration(item.durationMs);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != Status)
            return {};
        if (missing)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return Icons::verdict(track ? track->verdict : Verdict::Unknown);
    case Qt::ToolTipRole: {
        if (missing)
            return tr("Missing: %1").arg(item.missingReason);
        if (!track)
            return verdictName(Verdict::Unknown);
        // The track table's tooltip: the verdict, and its main reason unless the reason says it already.
        const QString tip = verdictName(track->verdict);
        const QString& reason = m_store->text(track->reasonId);
        if (reason.isEmpty())
            return tip;
        return reason.startsWith(tip, Qt::CaseInsensitive) ? reason : tip + QStringLiteral(": ") + reason;
    }
    case Qt::ForegroundRole:
        if (missing || (track && !verdictPlays(track->verdict)))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case PathRole:
        return item.path;
    case AvailableRole:
        return !missing;
    case VerdictRole:
        return static_cast<int>(track ? track->verdict : Verdict::Unknown);
    case MissingReasonRole:
        return item.missingReason;
    default:
        return {};
    }
}

QVariant PlaylistItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return QString();
    case Title:
        return tr("Title");
    case Artist:
        return tr("Artist");
    case Album:
        return tr("Album");
    case Duration:
        return tr("Time");
    default:
        return {};
    }
}

Qt::ItemFlags PlaylistItemsModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions PlaylistItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PlaylistItemsModel::mimeTypes() const
{
    return {kRowsMime};
}

QMimeData* PlaylistItemsModel::mimeData(const QModelIndexList& indexes) const
{
    QList<int> rows;
    for (const QModelIndex& i : indexes)
        if (!rows.contains(i.row()))
            rows << i.row();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_playlistId << rows;
    auto* mime = new QMimeData;
    mime->setData(kRowsMime, bytes);
    return mime;
}

bool PlaylistItemsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                      const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kRowsMime))
        return false;
    QDataStream in(data->data(kRowsMime));
    qint64 from = 0;
    QList<int> rows;
    in >> from >> rows;
    if (in.status() != QDataStream::Ok || from != m_playlistId || rows.isEmpty())
        return false;
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    Q_EMIT reorderRequested(m_playlistId, orderAfterMove(rows, before));
    // The view must not remove the dragged rows itself: the refill after the store's change moves them.
    return false;
}

QList<qint64> PlaylistItemsModel::orderAfterMove(QList<int> rows, int beforeRow) const
{
    std::sort(rows.begin(), rows.end());
    QList<qint64> moved;
    QList<qint64> rest;
    int insertAt = 0;
    for (int r = 0; r < m_items.size(); ++r) {
        if (rows.contains(r)) {
            moved << m_items[r].id;
        } else {
            if (r < beforeRow)
                ++insertAt;
            rest << m_items[r].id;
        }
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        rest.insert(insertAt + i, moved[i]);
    return rest;
}

} // namespace accord::ui
