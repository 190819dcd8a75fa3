// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/playlist_browser.hpp"

#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"
#include "widgets/retranslator.hpp"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace accord::ui {

PlaylistBrowser::PlaylistBrowser(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_add(new QToolButton(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("playlistBrowser"));
    QFont f = m_heading->font();
    f.setWeight(QFont::DemiBold);
    m_heading->setFont(f);
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    m_add->setObjectName(QStringLiteral("newPlaylistButton"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTabKeyNavigation(false);

    auto* head = new QHBoxLayout;
    head->setContentsMargins(4, 0, 0, 0);
    head->addWidget(m_heading, 1);
    head->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);

    (new Retranslator(this))->add([this] {
        m_heading->setText(tr("Playlists"));
        m_add->setToolTip(tr("New playlist"));
        m_add->setAccessibleName(tr("New playlist"));
        m_list->setAccessibleName(tr("Playlists"));
    });
    connect(m_add, &QToolButton::clicked, this, &PlaylistBrowser::newRequested);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT opened(id);
    });
    connect(m_list, &QListWidget::itemClicked, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT opened(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const qint64 id = currentId())
            Q_EMIT playRequested(id);
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QListWidgetItem* item = m_list->itemAt(pos);
        if (!item)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        QMenu menu(this);
        menu.addAction(Icons::get(Icons::Play), tr("Play"), this, [this, id] { Q_EMIT playRequested(id); });
        menu.addAction(tr("Rename\u2026"), this, [this, id] { Q_EMIT renameRequested(id); });
        menu.addAction(tr("Export\u2026"), this, [this, id] { Q_EMIT exportRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, id] { Q_EMIT deleteRequested(id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
}

void PlaylistBrowser::setPlaylists(const QList<PlaylistRow>& rows, qint64 currentId)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    // Every row gets an icon (a transparent one when nothing is missing) so that the names line up.
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QPixmap blank(m_list->iconSize());
    blank.fill(Qt::transparent);
    for (const PlaylistRow& p : rows) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        QString tip =
            tr("%n track(s)", nullptr, p.items) + QStringLiteral(", ") + formatDuration(p.durationMs);
        if (p.missing > 0) {
            item->setIcon(warning);
            tip += QStringLiteral("\n") + tr("%n missing", nullptr, p.missing);
        } else {
            item->setIcon(QIcon(blank));
        }
        item->setToolTip(tip);
        if (p.id == currentId)
            m_list->setCurrentItem(item);
    }
}

qint64 PlaylistBrowser::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

int PlaylistBrowser::rowOf(qint64 id) const
{
    for (int r = 0; r < m_list->count(); ++r)
        if (m_list->item(r)->data(Qt::UserRole).toLongLong() == id)
            return r;
    return -1;
}

} // namespace accord::ui
