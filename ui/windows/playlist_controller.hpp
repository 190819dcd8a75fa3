// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;

namespace accord::ui {

class MainWindow;
class PlaylistBrowser;
class PlaylistItemsModel;
class PlaylistService;
class PlaylistView;
class QueueModel;

/// The window's playlists: puts the "Playlists" section under the library browser and the playlist view
/// beside the track table, adds the Playlists menu (new, save the queue, add the selected tracks, rename,
/// delete) and File > Import Playlist / Export Playlist, and carries each request to the service. Names and
/// files are asked for with dialogs; the *Named / *File methods do the same without one. [GUI thread]
class PlaylistController : public QObject {
    Q_OBJECT
public:
    /// `playPaths` enqueues files and plays the first (UiApplication::enqueue with playFirst).
    PlaylistController(MainWindow* window, QueueModel* queue, PlaylistService* service,
                       std::function<void(const QStringList&)> playPaths);

    PlaylistBrowser* browser() const noexcept { return m_browser; }
    PlaylistView* view() const noexcept { return m_view; }
    PlaylistItemsModel* items() const noexcept { return m_items; }
    PlaylistService* service() const noexcept { return m_service; }

    /// Shows playlist `id` in place of the track table.
    void open(qint64 id);
    qint64 openId() const;
    qint64 saveQueueAs(const QString& name); ///< 0 on failure (the status bar says why)
    qint64 createNamed(const QString& name);
    bool addPaths(qint64 id, const QStringList& paths);
    bool renameTo(qint64 id, const QString& name);
    bool deletePlaylist(qint64 id);
    qint64 importFile(const QString& file);
    bool exportFile(qint64 id, const QString& file);
    /// Plays the playlist's library tracks from `row` on (missing and blocked items are skipped).
    void playFrom(int row);

private:
    void buildMenus();
    void reload(qint64 selectId);
    void refreshOpen();
    QString askName(const QString& title, const QString& initial);
    void report(bool ok, const QString& done);
    MainWindow* m_window;
    QueueModel* m_queue;
    PlaylistService* m_service;
    std::function<void(const QStringList&)> m_playPaths;
    PlaylistItemsModel* m_items;
    PlaylistBrowser* m_browser;
    PlaylistView* m_view;
    QMenu* m_addTo = nullptr;
};

} // namespace accord::ui
