// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/playlist_controller.hpp"

#include "bridge/playlist_service.hpp"
#include "models/playlist_items_model.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/playlist_browser.hpp"
#include "widgets/playlist_view.hpp"
#include "widgets/retranslator.hpp"
#include "windows/main_window.hpp"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>

namespace accord::ui {

namespace {

QString playlistFilter()
{
    return PlaylistController::tr("Playlists (*.m3u8 *.m3u *.pls *.xspf)");
}

} // namespace

PlaylistController::PlaylistController(MainWindow* window, QueueModel* queue, PlaylistService* service,
                                       std::function<void(const QStringList&)> playPaths)
    : QObject(window), m_window(window), m_queue(queue), m_service(service),
      m_playPaths(std::move(playPaths)), m_items(new PlaylistItemsModel(this)),
      m_browser(new PlaylistBrowser(window)), m_view(new PlaylistView(m_items, window))
{
    LibraryPane* pane = m_window->library();
    pane->addBrowserSection(m_browser, 1);
    pane->addPage(m_view);
    m_items->setStore(pane->trackModel()->store());
    // The track table's verdicts are the badges' verdicts: follow them as they arrive.
    TrackTableModel* tracks = pane->trackModel();
    connect(tracks, &QAbstractItemModel::dataChanged, m_items, &PlaylistItemsModel::refreshVerdicts);
    connect(tracks, &QAbstractItemModel::modelReset, this, [this, tracks] {
        m_items->setStore(tracks->store());
        refreshOpen(); // a rescan may have brought missing files into the library
    });

    connect(m_service, &PlaylistService::playlistsLoaded, this, &PlaylistController::showPlaylists);
    connect(m_service, &PlaylistService::itemsLoaded, this, &PlaylistController::showItems);
    connect(m_service, &PlaylistService::playlistsChanged, m_service, &PlaylistService::requestPlaylists);
    connect(m_service, &PlaylistService::itemsChanged, this, [this](qint64 id) {
        if (id == openId())
            refreshOpen();
    });
    connect(m_browser, &PlaylistBrowser::opened, this, &PlaylistController::open);
    connect(m_browser, &PlaylistBrowser::playRequested, this, [this](qint64 id) {
        open(id);
        playFrom(0);
    });
    connect(m_browser, &PlaylistBrowser::newRequested, this, [this] {
        const QString name = askName(tr("New Playlist"), tr("New playlist"));
        if (!name.isEmpty())
            createNamed(name);
    });
    connect(m_browser, &PlaylistBrowser::renameRequested, this, [this](qint64 id) {
        open(id);
        const QString name = askName(tr("Rename Playlist"), m_view->titleLabel()->text());
        if (!name.isEmpty())
            renameTo(id, name);
    });
    connect(m_browser, &PlaylistBrowser::deleteRequested, this, &PlaylistController::deletePlaylist);
    connect(m_browser, &PlaylistBrowser::exportRequested, this, [this](qint64 id) {
        const QString file =
            QFileDialog::getSaveFileName(m_window, tr("Export Playlist"), {}, playlistFilter());
        if (!file.isEmpty())
            exportFile(id, file);
    });
    connect(m_items, &PlaylistItemsModel::reorderRequested, this,
            [this](qint64 id, const QList<qint64>& order) {
                m_service->reorder(id, order, this, [this](bool ok) { report(ok, {}); });
            });
    connect(m_view, &PlaylistView::moveRequested, this, [this](int row, int to) {
        const QList<qint64> order = m_items->orderAfterMove({row}, to > row ? to + 1 : to);
        const qint64 id = openId();
        m_service->reorder(id, order, this, [this, id, to](bool ok) {
            if (!ok) {
                report(false, {});
                return;
            }
            // The moved row stays current once the new order has arrived (items are read after the
            // reorder, in the order requests reach the worker).
            auto* once = new QObject(this);
            connect(this, &PlaylistController::itemsShown, once, [this, id, to, once](qint64 shown) {
                if (shown == id)
                    m_view->table()->setCurrentIndex(m_items->index(to, PlaylistItemsModel::Title));
                once->deleteLater();
            });
        });
    });
    connect(m_view, &PlaylistView::removeRequested, this, [this](const QList<int>& rows) {
        QList<qint64> ids;
        for (const int r : rows)
            ids << m_items->items().value(r).id;
        m_service->removeItems(openId(), ids, this, [this](bool ok) { report(ok, {}); });
    });
    connect(m_view, &PlaylistView::playFromRequested, this, &PlaylistController::playFrom);
    // Choosing an artist, album or genre again shows the track table.
    connect(pane->browser(), &QAbstractItemView::clicked, this,
            [this] { m_browser->list()->clearSelection(); });
    buildMenus();
    m_service->requestPlaylists();
}

void PlaylistController::buildMenus()
{
    QMenuBar* bar = m_window->menuBar();
    const QList<QAction*> top = bar->actions();
    // File (first) gets Import / Export above its last separator (before Quit).
    QMenu* file = top.isEmpty() ? nullptr : top.first()->menu();
    QAction* beforeQuit = nullptr;
    if (file)
        for (QAction* a : file->actions())
            if (a->isSeparator())
                beforeQuit = a;
    auto* importAction = new QAction(this);
    importAction->setObjectName(QStringLiteral("importPlaylistAction"));
    auto* exportAction = new QAction(this);
    exportAction->setObjectName(QStringLiteral("exportPlaylistAction"));
    if (file) {
        file->insertAction(beforeQuit, importAction);
        file->insertAction(beforeQuit, exportAction);
    }
    connect(importAction, &QAction::triggered, this, [this] {
        const QString f = QFileDialog::getOpenFileName(m_window, tr("Import Playlist"), {}, playlistFilter());
        if (!f.isEmpty())
            importFile(f);
    });
    connect(exportAction, &QAction::triggered, this, [this] {
        const qint64 id = openId() ? openId() : m_browser->currentId();
        if (!id) {
            m_window->showMessage(tr("Choose a playlist to export first."));
            return;
        }
        const QString f = QFileDialog::getSaveFileName(m_window, tr("Export Playlist"),
                                                       m_view->titleLabel()->text() + QStringLiteral(".m3u8"),
                                                       playlistFilter());
        if (!f.isEmpty())
            exportFile(id, f);
    });

    // The Playlists menu, after File.
    auto* menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("playlistsMenu"));
    bar->insertMenu(top.size() > 1 ? top[1] : nullptr, menu);
    QAction* create = menu->addAction(QString(), this, [this] {
        const QString name = askName(tr("New Playlist"), tr("New playlist"));
        if (!name.isEmpty())
            createNamed(name);
    });
    create->setObjectName(QStringLiteral("newPlaylistAction"));
    QAction* save = menu->addAction(QString(), this, [this] {
        const QString name = askName(tr("Save Queue as Playlist"), tr("Queue"));
        if (!name.isEmpty())
            saveQueueAs(name);
    });
    save->setObjectName(QStringLiteral("saveQueueAsPlaylistAction"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_addTo = menu->addMenu(QString());
    m_addTo->setObjectName(QStringLiteral("addToPlaylistMenu"));
    connect(m_addTo, &QMenu::aboutToShow, this, [this] {
        m_addTo->clear();
        for (const PlaylistRow& p : m_rows)
            m_addTo->addAction(p.name, this,
                               [this, id = p.id] { addPaths(id, m_window->library()->selectedPaths()); });
        m_addTo->addSeparator();
        m_addTo->addAction(tr("New Playlist\u2026"), this, [this] {
            const QString name = askName(tr("New Playlist"), tr("New playlist"));
            if (name.isEmpty())
                return;
            const QStringList paths = m_window->library()->selectedPaths();
            m_service->create(name, paths, this, [this, paths](qint64 id) {
                report(id != 0,
                       tr("Added %n track(s) to the playlist.", nullptr, static_cast<int>(paths.size())));
                if (id) {
                    Q_EMIT created(id);
                    open(id);
                }
            });
        });
    });
    menu->addSeparator();
    QAction* rename = menu->addAction(QString(), this, [this] {
        if (const qint64 id = m_browser->currentId())
            Q_EMIT m_browser->renameRequested(id);
    });
    rename->setObjectName(QStringLiteral("renamePlaylistAction"));
    QAction* remove = menu->addAction(QString(), this, [this] {
        if (const qint64 id = m_browser->currentId())
            deletePlaylist(id);
    });
    remove->setObjectName(QStringLiteral("deletePlaylistAction"));
    menu->addSeparator();
    menu->addAction(importAction);
    menu->addAction(exportAction);

    (new Retranslator(m_window))->add([=, this] {
        menu->setTitle(tr("P&laylists"));
        create->setText(tr("&New Playlist\u2026"));
        save->setText(tr("&Save Queue as Playlist\u2026"));
        m_addTo->setTitle(tr("&Add Selected Tracks To"));
        rename->setText(tr("&Rename Playlist\u2026"));
        remove->setText(tr("&Delete Playlist"));
        importAction->setText(tr("&Import Playlist\u2026"));
        exportAction->setText(tr("&Export Playlist\u2026"));
    });
}

QString PlaylistController::askName(const QString& title, const QString& initial)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, title, tr("Playlist name:"), QLineEdit::Normal, initial, &ok)
            .trimmed();
    return ok ? name : QString();
}

void PlaylistController::report(bool ok, const QString& done)
{
    if (!ok) {
        m_window->showMessage(tr("Playlist: %1").arg(m_service->lastError()), 10000);
        Q_EMIT failed(m_service->lastError());
    } else if (!done.isEmpty()) {
        m_window->showMessage(done);
    }
}

void PlaylistController::showPlaylists(const QList<PlaylistRow>& rows)
{
    m_rows = rows;
    const qint64 open = openId();
    m_browser->setPlaylists(rows, open ? open : m_browser->currentId());
    bool stillThere = false;
    for (const PlaylistRow& p : rows)
        stillThere = stillThere || p.id == open;
    if (open && !stillThere) { // the open playlist was deleted
        m_openId = 0;
        m_items->setItems(0, {});
        m_window->library()->showTracks();
    } else if (open) {
        showTitle();
        refreshOpen();
    }
}

void PlaylistController::showItems(qint64 id, const QList<PlaylistItemRow>& items)
{
    if (id != m_openId) // an answer for a playlist no longer open
        return;
    m_items->setItems(id, items);
    showTitle();
    Q_EMIT itemsShown(id);
}

void PlaylistController::showTitle()
{
    for (const PlaylistRow& p : m_rows)
        if (p.id == m_openId)
            m_view->setTitle(p.name, p.items, p.missing, p.durationMs);
}

void PlaylistController::refreshOpen()
{
    if (const qint64 id = openId())
        m_service->requestItems(id);
}

qint64 PlaylistController::openId() const
{
    return m_window->library()->showingTracks() ? 0 : m_openId;
}

void PlaylistController::open(qint64 id)
{
    if (id != m_items->playlistId())
        m_items->setItems(id, {}); // not another playlist's items under this one's title meanwhile
    m_openId = id;
    m_window->library()->showPage(m_view);
    if (m_browser->currentId() != id) {
        const int row = m_browser->rowOf(id);
        const QSignalBlocker block(m_browser->list());
        m_browser->list()->setCurrentRow(row);
    }
    showTitle();
    m_service->requestItems(id);
}

void PlaylistController::createNamed(const QString& name)
{
    m_service->create(name, {}, this, [this](qint64 id) {
        report(id != 0, {});
        if (id) {
            Q_EMIT created(id);
            open(id);
        }
    });
}

void PlaylistController::saveQueueAs(const QString& name)
{
    QStringList paths;
    for (const QueueEntry& e : m_queue->entries())
        paths << e.path;
    const QString done =
        tr("Saved the queue as \u201c%1\u201d (%n track(s)).", nullptr, static_cast<int>(paths.size()))
            .arg(name);
    m_service->create(name, paths, this, [this, done](qint64 id) {
        report(id != 0, done);
        if (id) {
            Q_EMIT created(id);
            open(id);
        }
    });
}

bool PlaylistController::addPaths(qint64 id, const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    const QString done = tr("Added %n track(s) to the playlist.", nullptr, static_cast<int>(paths.size()));
    m_service->append(id, paths, this, [this, id, done](bool ok) {
        report(ok, done);
        if (ok)
            Q_EMIT added(id);
    });
    return true;
}

void PlaylistController::renameTo(qint64 id, const QString& name)
{
    m_service->rename(id, name, this, [this, id](bool ok) {
        report(ok, {});
        if (ok)
            Q_EMIT renamed(id);
    });
}

void PlaylistController::deletePlaylist(qint64 id)
{
    m_service->remove(id, this, [this, id](bool ok) {
        report(ok, {});
        if (ok)
            Q_EMIT deleted(id);
    });
}

void PlaylistController::importFile(const QString& file)
{
    m_service->importFile(file, this, [this](const std::optional<PlaylistService::Imported>& result) {
        if (!result) {
            report(false, {});
            return;
        }
        m_window->showMessage(
            tr("Imported \u201c%1\u201d: %n entry(s)", nullptr, result->entries).arg(result->name) +
            (result->missing > 0 ? QStringLiteral(", ") + tr("%n missing", nullptr, result->missing)
                                 : QString()));
        Q_EMIT imported(result->id);
        open(result->id);
    });
}

void PlaylistController::exportFile(qint64 id, const QString& file)
{
    m_service->exportFile(id, file, this, [this, id, file](bool ok) {
        report(ok, tr("Exported the playlist to %1.").arg(QFileInfo(file).fileName()));
        if (ok)
            Q_EMIT exported(id, file);
    });
}

void PlaylistController::playFrom(int row)
{
    QStringList paths;
    for (int r = std::max(row, 0); r < m_items->rowCount(); ++r)
        if (m_items->playableAt(r) ||
            (m_items->items()[r].trackId != 0 && m_items->verdictAt(r) == Verdict::Unknown))
            paths << m_items->items()[r].path;
    if (paths.isEmpty()) {
        m_window->showMessage(tr("Nothing in this playlist can play here."));
        return;
    }
    m_playPaths(paths);
}

} // namespace accord::ui
