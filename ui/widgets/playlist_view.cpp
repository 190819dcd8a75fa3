// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/playlist_view.hpp"

#include "models/playlist_items_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/retranslator.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace accord::ui {

PlaylistView::PlaylistView(PlaylistItemsModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this)), m_up(new QToolButton(this)), m_down(new QToolButton(this))
{
    setObjectName(QStringLiteral("playlistView"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_up->setObjectName(QStringLiteral("playlistMoveUp"));
    m_down->setObjectName(QStringLiteral("playlistMoveDown"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setIconSize(QSize(16, 16));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(28);
    header->resizeSection(PlaylistItemsModel::Status, 30);
    header->setSectionResizeMode(PlaylistItemsModel::Status, QHeaderView::Fixed);
    header->setSectionResizeMode(PlaylistItemsModel::Title, QHeaderView::Stretch);
    header->resizeSection(PlaylistItemsModel::Artist, 170);
    header->resizeSection(PlaylistItemsModel::Album, 170);
    header->resizeSection(PlaylistItemsModel::Duration, 60);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 4, 0);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    top->addLayout(titles, 1);
    top->addWidget(m_up);
    top->addWidget(m_down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    (new Retranslator(this))->add([this] {
        m_up->setToolTip(tr("Move up"));
        m_down->setToolTip(tr("Move down"));
        m_up->setAccessibleName(tr("Move up"));
        m_down->setAccessibleName(tr("Move down"));
        m_table->setAccessibleName(tr("Playlist items"));
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, PlaylistItemsModel::ColumnCount - 1);
    });
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& i) { Q_EMIT playFromRequested(i.row()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Play from here"), this, [this, row = at.row()] { Q_EMIT playFromRequested(row); });
        menu.addAction(tr("Move up"), this, [this] { moveCurrent(-1); });
        menu.addAction(tr("Move down"), this, [this] { moveCurrent(+1); });
        menu.addSeparator();
        menu.addAction(tr("Remove from playlist"), this, [this] { Q_EMIT removeRequested(selectedRows()); });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void PlaylistView::setTitle(const QString& name, int items, int missing, qint64 durationMs)
{
    m_title->setText(name);
    QString summary =
        tr("%n track(s)", nullptr, items) + QStringLiteral(" \u00b7 ") + formatDuration(durationMs);
    if (missing > 0)
        summary += QStringLiteral(" \u00b7 ") + tr("%n missing", nullptr, missing);
    m_summary->setText(summary);
}

QList<int> PlaylistView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlaylistView::moveCurrent(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    Q_EMIT moveRequested(current.row(), to);
}

} // namespace accord::ui
