// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "judgement/judge.hpp"
#include "playback/judge_track_gate.hpp"
#include "playback/player.hpp"
#include "stores/track_store.hpp"
#include "sync/lease_key_provider.hpp"

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <filesystem>
#include <memory>

namespace accord::ui {

class FileTags;
class HistoryService;
class ReportWindow;
class LibraryService;
class TrayIcon;
class StallMeter;
class MainWindow;
class MprisService;
class PlayerBridge;
class LyricsController;
class PlaylistController;
class QueueModel;
class ReplayGainDialog;
class ReplayGainService;
class ScenarioDialog;
class SubscriberPane;
class SyncService;
struct QueueEntry;

/// The UI's composition root: owns the bridges, models, window, MPRIS service and tray icon, and wires
/// them to each other. Nothing else connects them. [GUI thread]
class UiApplication : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::filesystem::path dataDir; ///< library.db, catalogue.db, demo/
        bool registerMpris = true;
        bool trayIcon = true;
        bool restoreSession = true;
        bool demoIfEmpty = false; ///< install the demo when the first load finds no tracks
        /// The player's content keys (the same object as PlayerOptions::contentKeys): refreshed on the
        /// sync worker after every sync and download (refreshContentKeys()). May be null (no player keys to
        /// refresh).
        std::shared_ptr<sync::LeaseKeyProvider> contentKeys;
    };

    UiApplication(playback::Player& player, AppSettings& settings, Options options,
                  QObject* parent = nullptr);
    ~UiApplication() override;

    MainWindow* window() const noexcept { return m_window.get(); }
    PlayerBridge* player() const noexcept { return m_player; }
    LibraryService* library() const noexcept { return m_library; }
    MprisService* mpris() const noexcept { return m_mpris; }
    QueueModel* queue() const noexcept { return m_queue; }
    SyncService* subscription() const noexcept { return m_sync; }
    SubscriberPane* subscriberPane() const noexcept { return m_subscriber; }
    PlaylistController* playlists() const noexcept { return m_playlists; }
    LyricsController* lyrics() const noexcept { return m_lyrics; }
    HistoryService* history() const noexcept { return m_history; }
    /// View > Listening Report…: opens (or raises) the report window.
    ReportWindow* openReport();
    void show();
    /// Enqueues files and folders (folders are expanded on a worker thread). `row` -1 appends.
    void enqueue(const QStringList& paths, int row = -1, bool playFirst = false);
    /// A track activated in the library (double-click, Enter, "Play"): the queued entry plays where it
    /// stands, else it is inserted after the playing entry (appended when nothing plays) and played.
    void playTrack(const QString& path);
    void saveSession();
    /// Tools > Run Scenario... on `file`: shows the scenario dialog (one, made on first use) and starts the
    /// run; its "load context" puts that context into QA mode. Returns the dialog.
    ScenarioDialog* runScenario(const QString& file);
    /// Tools > Scan ReplayGain...: shows the scan dialog (one, made on first use) for the library's selected
    /// tracks or the whole library. Returns the dialog.
    ReplayGainDialog* openReplayGainScan();

Q_SIGNALS:
    /// Emitted after enqueued paths reached the queue (tests wait for it).
    void enqueued(int count);

private:
    void wirePlayer();
    void wireWindow();
    void wireMpris();
    void wireSubscription(); ///< ui_application_sync.cpp
    void restoreSession();
    void openSettings();
    void applySettings();
    void watchFolders(); ///< watches (and rescans) the settings' library folders when they changed
    QueueEntry entryFor(quint64 id, const QString& path) const;
    void addResolved(const QStringList& files, int row, bool playFirst);
    void updateCanGo();
    void refreshQueue();
    void showNowPlaying(NowPlayingInfo info);
    void reportProfile(qint64 ms, bool decided);
    void playTestTone(const QString& device);
    void askForScenario();

    AppSettings& m_settings;
    Options m_options;
    QueueModel* m_queue;
    PlayerBridge* m_player;
    /// The one judgement path of the window, shared by the library worker (table, why panel) and the
    /// player's gate: one catalogue gate, one answer.
    std::shared_ptr<judgement::Judge> m_judge;
    LibraryService* m_library;
    std::shared_ptr<playback::JudgeTrackGate> m_gate;
    MprisService* m_mpris = nullptr;
    TrayIcon* m_tray = nullptr;
    StallMeter* m_stalls = nullptr; ///< with ACCORD_PROFILE only
    QString m_language;             ///< the UI language installed ("" = system)
    std::unique_ptr<MainWindow> m_window;
    FileTags* m_fileTags;        ///< tags of queued files from outside the library
    NowPlayingInfo m_nowPlaying; ///< as the player reported it (before tags were filled in)
    std::shared_ptr<TrackStore> m_store;
    bool m_libraryLoaded = false; ///< libraryLoaded came (its store may be null: an empty library)
    QString m_personalFilePolicy;
    QStringList m_watching; ///< the library folders last given to LibraryService::watch()
    QStringList m_devices;
    QFuture<QStringList> m_deviceListing;       ///< waited for on destruction: no PortAudio work outlives us
    ScenarioDialog* m_scenarioDialog = nullptr; ///< child of the window
    SyncService* m_sync = nullptr;              ///< the subscriber's feed (sync worker)
    SubscriberPane* m_subscriber = nullptr;     ///< the Playlists section (child of the window)
    int m_resumeIndex = -1;
    PlaylistController* m_playlists = nullptr;      ///< child of the window
    LyricsController* m_lyrics = nullptr;           ///< child of the window
    ReplayGainService* m_replayGain = nullptr;      ///< the ReplayGain scan worker (child of this)
    ReplayGainDialog* m_replayGainDialog = nullptr; ///< child of the window
    qint64 m_resumeMs = 0;
    HistoryService* m_history = nullptr;    ///< the listening history (recorder, writer, reports)
    ReportWindow* m_reportWindow = nullptr; ///< child of the window, made on first use
};

} // namespace accord::ui
