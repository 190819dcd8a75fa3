// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/playlist_service.hpp"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;

namespace accord::ui {

class MainWindow;
class PlaylistBrowser;
class PlaylistItemsModel;
class PlaylistView;
class QueueModel;

/// The window's playlists: puts the "Playlists" section under the library browser and the playlist view
/// beside the track table, adds the Playlists menu (new, save the queue, add the selected tracks, rename,
/// delete) and File > Import Playlist / Export Playlist, and carries each request to the service. Names and
/// files are asked for with dialogs; the *Named / *File methods do the same without one. The service works
/// on its own thread, so every request returns at once: its outcome arrives later as one of the signals
/// below (after the status bar says so), a failure as failed(); the browser and the open playlist follow
/// the service's playlistsLoaded() / itemsLoaded(). [GUI thread]
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

    /// Shows playlist `id` in place of the track table (its items once the service has read them:
    /// itemsShown(id)).
    void open(qint64 id);
    /// The playlist shown in place of the track table, 0 when the track table shows.
    qint64 openId() const;
    /// The playlists as last listed by the service.
    const QList<PlaylistRow>& playlists() const noexcept { return m_rows; }
    void saveQueueAs(const QString& name); ///< created(id), then opens it
    void createNamed(const QString& name); ///< created(id), then opens it
    /// Appends `paths` to playlist `id`: added(id). False (nothing asked) when `paths` is empty.
    bool addPaths(qint64 id, const QStringList& paths);
    void renameTo(qint64 id, const QString& name);   ///< renamed(id)
    void deletePlaylist(qint64 id);                  ///< deleted(id)
    void importFile(const QString& file);            ///< imported(id), then opens it
    void exportFile(qint64 id, const QString& file); ///< exported(id, file)
    /// Plays the playlist's library tracks from `row` on (missing and blocked items are skipped).
    void playFrom(int row);

Q_SIGNALS:
    void created(qint64 id);
    void added(qint64 id);
    void renamed(qint64 id);
    void deleted(qint64 id);
    void imported(qint64 id);
    void exported(qint64 id, const QString& file);
    void failed(const QString& message);
    /// The open playlist's items (re)arrived and show.
    void itemsShown(qint64 id);

private:
    void buildMenus();
    void showPlaylists(const QList<PlaylistRow>& rows);
    void showItems(qint64 id, const QList<PlaylistItemRow>& items);
    void showTitle();
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
    QList<PlaylistRow> m_rows; ///< the service's last listing
    qint64 m_openId = 0;       ///< the playlist open (or being opened) in the view
};

} // namespace accord::ui
