// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/subscriber_snapshot.hpp"

#include <QObject>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class QWidget;

namespace accord::ui {

class PlaylistTracksModel;
class SubscriberPlaylistModel;

/// The subscriber's Playlists section: a sidebar for the library browser (the "Playlists" header with
/// "Offline: N days left" and the last sync time, the synced playlists, the last sync's refusal with its
/// reason code) and the page shown in place of the track table when a playlist is selected (its tracks in
/// order, greyed with the reason where they cannot play; Download with progress in bytes and tracks, and
/// Cancel). The sidebar shows once the device is set up (Settings > Subscription). It shows state and emits
/// requests; UiApplication wires it to the SyncService. The two widgets
/// are owned by whoever they are added to. [GUI thread]
class SubscriberPane : public QObject {
    Q_OBJECT
public:
    explicit SubscriberPane(QObject* parent = nullptr);

    QWidget* sidebar() const noexcept { return m_sidebar; }
    QWidget* page() const noexcept { return m_page; }
    QListView* playlistView() const noexcept { return m_playlists; }
    QTableView* trackView() const noexcept { return m_tracks; }
    QPushButton* downloadButton() const noexcept { return m_download; }
    QPushButton* cancelButton() const noexcept { return m_cancel; }
    QProgressBar* progressBar() const noexcept { return m_progress; }
    QLabel* offlineLabel() const noexcept { return m_offline; }
    QLabel* lastSyncLabel() const noexcept { return m_lastSync; }
    QLabel* errorLabel() const noexcept { return m_error; }
    QLabel* progressLabel() const noexcept { return m_progressText; }
    SubscriberPlaylistModel* playlistModel() const noexcept { return m_playlistModel; }
    PlaylistTracksModel* trackModel() const noexcept { return m_trackModel; }
    /// The playlist shown on the page ("" when none).
    QString currentPlaylist() const;
    /// Selects a playlist by id (as a click would) and shows its page.
    void selectPlaylist(const QString& id);

    void setSnapshot(const SubscriberSnapshot& snapshot);
    void setSyncing(bool syncing);
    /// The last sync's outcome: a refusal shows its code and message; the playlists stay as they were.
    void setSyncResult(bool ok, const QString& code, const QString& message);
    void setDownloadProgress(const QString& playlistId, qint64 bytesDone, qint64 bytesTotal, int tracksDone,
                             int tracksTotal);
    void setDownloadFinished(const QString& playlistId, bool ok, bool cancelled, const QString& message);

Q_SIGNALS:
    void playlistSelected(const QString& id);
    void syncRequested();
    void downloadRequested(const QString& id);
    void cancelRequested();
    /// A downloaded track that may play was activated (double-click, Enter).
    void playRequested(const QString& path);

private:
    void buildSidebar();
    void buildPage();
    void retranslate();
    void showPlaylist(const QString& id);
    void updateDownloadButton();

    QWidget* m_sidebar;
    QWidget* m_page;
    SubscriberPlaylistModel* m_playlistModel;
    PlaylistTracksModel* m_trackModel;
    QLabel* m_header = nullptr;
    QLabel* m_offline = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_syncButton = nullptr;
    QListView* m_playlists = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QTableView* m_tracks = nullptr;
    SubscriberSnapshot m_snapshot;
    QString m_downloading; ///< the playlist being downloaded ("" when none)
    bool m_syncing = false;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace accord::ui
