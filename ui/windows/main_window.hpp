// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "bridge/now_playing_info.hpp"
#include "stores/track_store.hpp"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;
class QTimer;
class QToolButton;

namespace accord::ui {

class LibraryPane;
class Retranslator;
class NowPlayingPanel;
class QueueModel;
class QueueView;
class TransportBar;
class WhyPanel;

/// One file the scanner could not read, with the reason.
struct UnreadableFile {
    QString path;
    QString reason;
};

/// The main window: now-playing area, filter, library pane, queue, "Why can't I play this?" panel,
/// transport bar and status bar. It only shows state and emits requests; UiApplication wires it to the
/// player, the library and the gate. [GUI thread]
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QueueModel* queue, QWidget* parent = nullptr);

    LibraryPane* library() const noexcept { return m_library; }
    NowPlayingPanel* nowPlaying() const noexcept { return m_nowPlaying; }
    TransportBar* transport() const noexcept { return m_transport; }
    QueueView* queueView() const noexcept { return m_queueView; }
    WhyPanel* whyPanel() const noexcept { return m_why; }
    /// The tabs of the right-hand column: the Queue first; others (Lyrics) add theirs.
    QTabWidget* sideTabs() const noexcept { return m_sideTabs; }
    QLineEdit* filterEdit() const noexcept { return m_filter; }
    QString statusText() const;

    void setLibrary(std::shared_ptr<TrackStore> store);
    void setScanProgress(int done, int total); ///< total 0: no scan running
    void setUnreadable(const QList<UnreadableFile>& files);
    void setContext(const ListenerContext& context); ///< shows the QA banner when context.qa
    void setState(PlayState state);
    void setNowPlaying(const NowPlayingInfo& info);
    void setPosition(qint64 ms);
    void showExplanation(const QString& title, const Explanation& explanation);
    void showMessage(const QString& text, int timeoutMs = 6000);

    /// The tray icon is on screen: closing the window may then keep Accord running (closeEvent()).
    void setTrayShown(bool shown);
    /// What closing the window does while the tray icon is shown: unset asks the listener (once: the answer
    /// comes back as keepRunningInTrayChosen() to be stored), true hides the window, false quits.
    void setKeepRunningInTray(std::optional<bool> keep);

    void saveUiState(AppSettings& settings) const;
    void restoreUiState(const AppSettings& settings);

Q_SIGNALS:
    void playTrackRequested(const QString& path); ///< enqueue and play
    void enqueueRequested(const QStringList& paths, int row);
    void playQueueRowRequested(int row);
    void explainRequested(std::size_t storeIndex);
    void playPauseRequested();
    void stopRequested();
    void nextRequested();
    void previousRequested();
    void seekRequested(qint64 ms);
    void seekRelativeRequested(qint64 deltaMs);
    void volumeRequested(double volume);
    void repeatRequested(accord::ui::RepeatState repeat);
    void settingsRequested();
    void reportRequested(); ///< View > Listening Report...
    void demoRequested();
    void scenarioRequested();       ///< Tools > Run Scenario... (enabled in QA mode)
    void replayGainScanRequested(); ///< Tools > Scan ReplayGain...
    void addFolderRequested(const QString& folder);
    void rescanRequested(); ///< File > Rescan Music Folders (F5, Ctrl+R)
    void syncRequested();   ///< File > Sync Now (Ctrl+Shift+Y): the subscriber's feed
    void closing();
    void keepRunningInTrayChosen(bool keep); ///< the listener's answer to the close question

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildQueuePane();
    void buildMenus();
    void buildStatusBar();
    void updateQueueSummary();
    void updateLibraryStatus();
    void askForFolder();

    QueueModel* m_queue;
    NowPlayingPanel* m_nowPlaying;
    QLineEdit* m_filter;
    QLabel* m_qaBanner;
    LibraryPane* m_library;
    WhyPanel* m_why;
    QueueView* m_queueView;
    QLabel* m_queueSummary;
    QTabWidget* m_sideTabs = nullptr;
    TransportBar* m_transport;
    QLabel* m_libraryStatus;
    QProgressBar* m_scanProgress;
    QToolButton* m_unreadableButton;
    QLabel* m_message = nullptr;
    QTimer* m_messageTimer = nullptr;
    QList<UnreadableFile> m_unreadable;
    std::size_t m_trackCount = 0;
    qint64 m_libraryMs = 0;
    ListenerContext m_context;
    QString m_nowPlayingTitle; ///< "Artist — Title" while a track plays, else empty
    Retranslator* m_tr = nullptr;
    bool m_trayShown = false;
    std::optional<bool> m_keepRunningInTray;
    QAction* m_runScenario = nullptr;
};

} // namespace accord::ui
