// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/queue_model.hpp"

#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"

#include <QApplication>
#include <QDataStream>
#include <QFileInfo>
#include <QFont>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

#include <algorithm>
#include <random>

namespace accord::ui {

QueueModel::QueueModel(QObject* parent) : QAbstractListModel(parent) {}

void QueueModel::setEntries(const QList<QueueEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void QueueModel::insertEntries(int row, const QList<QueueEntry>& entries)
{
    if (entries.isEmpty())
        return;
    if (row < 0 || row > m_entries.size())
        row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row + static_cast<int>(entries.size()) - 1);
    for (qsizetype i = 0; i < entries.size(); ++i)
        m_entries.insert(row + i, entries[i]);
    endInsertRows();
}

int QueueModel::rowOfId(quint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return static_cast<int>(i);
    return -1;
}

void QueueModel::moveEntry(quint64 id, int toRow)
{
    const int from = rowOfId(id);
    if (from < 0)
        return;
    toRow = std::clamp(toRow, 0, static_cast<int>(m_entries.size()) - 1);
    if (from == toRow)
        return;
    // beginMoveRows takes the destination before the move; QList::move takes the final index.
    beginMoveRows({}, from, from, {}, toRow > from ? toRow + 1 : toRow);
    m_entries.move(from, toRow);
    endMoveRows();
    Q_EMIT userMoved(id, toRow);
}

void QueueModel::removeEntry(quint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT userRemoved(id);
}

void QueueModel::clearEntries()
{
    beginResetModel();
    m_entries.clear();
    m_currentId = 0;
    endResetModel();
    Q_EMIT userCleared();
}

void QueueModel::shuffleEntries(quint32 seed)
{
    QList<quint64> order;
    for (const QueueEntry& e : m_entries)
        if (e.id != m_currentId)
            order.push_back(e.id);
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    if (rowOfId(m_currentId) >= 0)
        order.prepend(m_currentId);
    for (qsizetype i = 0; i < order.size(); ++i)
        moveEntry(order[i], static_cast<int>(i));
}

void QueueModel::refreshEntries(const std::function<void(QueueEntry& entry)>& update)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        QueueEntry& e = m_entries[i];
        const QueueEntry before = e;
        update(e);
        if (e.title != before.title || e.artist != before.artist || e.durationMs != before.durationMs ||
            e.verdict != before.verdict)
            Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
    }
}

void QueueModel::setCurrentId(quint64 id)
{
    const int before = rowOfId(m_currentId);
    m_currentId = id;
    const int after = rowOfId(id);
    for (const int row : {before, after})
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
}

qint64 QueueModel::totalDurationMs() const
{
    qint64 total = 0;
    for (const QueueEntry& e : m_entries)
        total += e.durationMs;
    return total;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_entries.size())
        return {};
    const QueueEntry& e = m_entries[index.row()];
    const bool current = e.id == m_currentId && m_currentId != 0;
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = e.title.isEmpty() ? QFileInfo(e.path).completeBaseName() : e.title;
        QString text = e.artist.isEmpty() ? title : QStringLiteral("%1 \u2014 %2").arg(e.artist, title);
        if (e.durationMs > 0)
            text += QStringLiteral("  (%1)").arg(formatDuration(e.durationMs));
        return text;
    }
    case Qt::DecorationRole:
        return current ? Icons::get(Icons::Play) : Icons::verdict(e.verdict);
    case Qt::ToolTipRole:
        return e.path;
    case Qt::FontRole:
        if (current) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (!verdictPlays(e.verdict))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return e.id;
    case PathRole:
        return e.path;
    case VerdictRole:
        return static_cast<int>(e.verdict);
    case CurrentRole:
        return current;
    default:
        return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions QueueModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList QueueModel::mimeTypes() const
{
    return {QString::fromLatin1(kIdsMime), QStringLiteral("text/uri-list")};
}

QMimeData* QueueModel::mimeData(const QModelIndexList& indexes) const
{
    QByteArray ids;
    QDataStream out(&ids, QIODevice::WriteOnly);
    QList<QUrl> urls;
    for (const QModelIndex& i : indexes) {
        if (!i.isValid())
            continue;
        out << m_entries[i.row()].id;
        urls.push_back(QUrl::fromLocalFile(m_entries[i.row()].path));
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kIdsMime), ids);
    mime->setUrls(urls);
    return mime;
}

bool QueueModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex&) const
{
    return data != nullptr && (data->hasFormat(QString::fromLatin1(kIdsMime)) || data->hasUrls());
}

bool QueueModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                              const QModelIndex& parent)
{
    if (data == nullptr || action == Qt::IgnoreAction)
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : static_cast<int>(m_entries.size());
    if (data->hasFormat(QString::fromLatin1(kIdsMime))) {
        QByteArray raw = data->data(QString::fromLatin1(kIdsMime));
        QDataStream in(&raw, QIODevice::ReadOnly);
        QList<quint64> ids;
        while (!in.atEnd()) {
            quint64 id = 0;
            in >> id;
            ids.push_back(id);
        }
        // Entries keep their relative order and land before the entry that was at `row`.
        for (const quint64 id : ids) {
            const int from = rowOfId(id);
            if (from < 0)
                continue;
            const int to = from < row ? row - 1 : row;
            moveEntry(id, to);
            row = to + 1;
        }
        return true;
    }
    QStringList paths;
    for (const QUrl& url : data->urls())
        if (url.isLocalFile())
            paths.push_back(url.toLocalFile());
    if (paths.isEmpty())
        return false;
    Q_EMIT filesDropped(row, paths);
    return true;
}

} // namespace accord::ui
