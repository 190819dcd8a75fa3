// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/queue_view.hpp"
#include "widgets/retranslator.hpp"

#include "models/queue_model.hpp"

#include <QDropEvent>
#include <QKeyEvent>
#include <QResizeEvent>

#include <algorithm>

namespace accord::ui {

QueueView::QueueView(QWidget* parent) : QListView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setAlternatingRowColors(true);
    setIconSize(QSize(16, 16));
    (new Retranslator(this))->add([this] { setAccessibleName(tr("Play queue")); });
    connect(this, &QListView::activated, this,
            [this](const QModelIndex& i) { Q_EMIT playRequested(i.row()); });
}

void QueueView::setQueueModel(QueueModel* model)
{
    m_model = model;
    setModel(model);
}

void QueueView::removeSelected()
{
    if (m_model == nullptr)
        return;
    QList<quint64> ids;
    for (const QModelIndex& i : selectionModel()->selectedRows())
        ids.push_back(m_model->data(i, QueueModel::IdRole).toULongLong());
    for (const quint64 id : ids)
        m_model->removeEntry(id);
}

void QueueView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    // Every row exactly as wide as the view: a long "Artist — Title" ends in "…" instead of widening the
    // list and adding a horizontal scroll bar (a narrow queue pane on a 1024 px screen).
    const int row = std::max(iconSize().height(), fontMetrics().height()) + 6;
    setGridSize(QSize(viewport()->width(), row));
}

void QueueView::dropEvent(QDropEvent* event)
{
    // An internal move is done here, as id moves; reporting CopyAction stops QAbstractItemView from
    // "removing the source rows" afterwards.
    if (event->source() == this && m_model != nullptr) {
        const QModelIndex at = indexAt(event->position().toPoint());
        int row = at.isValid() ? at.row() : m_model->rowCount();
        if (at.isValid() && event->position().y() > visualRect(at).center().y())
            ++row;
        m_model->dropMimeData(event->mimeData(), Qt::MoveAction, row, 0, {});
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QListView::dropEvent(event);
}

void QueueView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace accord::ui
