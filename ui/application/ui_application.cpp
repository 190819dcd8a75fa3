// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "application/ui_application.hpp"

#include "application/data_dir_key.hpp"
#include "application/translations.hpp"
#include "diagnostics/process_stats.hpp"
#include "diagnostics/stall_meter.hpp"

#include "audio/output_device.hpp"
#include "bridge/audio_paths.hpp"
#include "bridge/file_tags.hpp"
#include "bridge/history_service.hpp"
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "bridge/playlist_service.hpp"
#include "bridge/qt_convert.hpp"
#include "bridge/replaygain_service.hpp"
#include "bridge/sync_service.hpp"
#include "bridge/test_tone.hpp"
#include "desktop/mpris_service.hpp"
#include "desktop/tray_icon.hpp"
#include "library/library_db.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "presentation/decision_text.hpp"
#include "presentation/reason_text.hpp"
#include "widgets/cover_view.hpp"
#include "widgets/icons.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/transport_bar.hpp"
#include "windows/history_tab.hpp"
#include "windows/lyrics_controller.hpp"
#include "windows/main_window.hpp"
#include "windows/playlist_controller.hpp"
#include "windows/replaygain_dialog.hpp"
#include "windows/report_window.hpp"
#include "windows/settings_dialog.hpp"
#include "windows/subscription_tab.hpp"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <future>
#include <memory>

#include <unistd.h>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace accord::ui {

void UiApplication::reportProfile(qint64 ms, bool decided)
{
    // ACCORD_PROFILE=1: launch figures when the library is on screen and when every verdict is in;
    // ACCORD_PROFILE=quit also exits after the second.
    m_window->repaint();
    std::fprintf(stderr,
                 "accord-profile: %s tracks=%zu since_launch_ms=%lld worker_ms=%lld rss_mib=%lld "
                 "max_gui_block_ms=%.1f\n",
                 decided ? "all-verdicts-shown" : "library-shown", m_store ? m_store->size() : 0,
                 static_cast<long long>(processUptimeMs()), static_cast<long long>(ms),
                 static_cast<long long>(residentMiB()), m_stalls ? m_stalls->maxBlockMs() : -1.0);
    if (decided && qEnvironmentVariable("ACCORD_PROFILE") == QLatin1String("quit"))
        QTimer::singleShot(0, qApp, &QApplication::quit);
}

UiApplication::UiApplication(playback::Player& player, AppSettings& settings, Options options,
                             QObject* parent)
    : QObject(parent), m_settings(settings), m_options(std::move(options)), m_queue(new QueueModel(this)),
      m_player(new PlayerBridge(player, this)),
      m_judge(std::make_shared<judgement::Judge>(m_options.dataDir)), // opens on first use, off this thread
      m_library(new LibraryService(m_options.dataDir, m_judge, this)),
      m_gate(std::make_shared<playback::JudgeTrackGate>(m_judge, judgement::Listener{})),
      m_window(std::make_unique<MainWindow>(m_queue)), m_fileTags(new FileTags(this))
{
    m_settings.setSessionScope(dataDirKey(m_options.dataDir)); // each data folder has its own queue
    if (qEnvironmentVariableIsSet("ACCORD_PROFILE")) {
        // The longest the event loop is blocked from here to the last verdict (reportProfile()).
        m_stalls = new StallMeter(4, this);
        m_stalls->start();
    }
    player.setGate(m_gate);
    m_window->nowPlaying()->cover()->setDataDir(m_options.dataDir);
    wirePlayer();
    wireWindow();
    // Playlists (issue 16): their section, view and menus in the window, on the same library.db.
    m_playlists =
        new PlaylistController(m_window.get(), m_queue, new PlaylistService(m_options.dataDir, this),
                               [this](const QStringList& paths) { enqueue(paths, -1, true); });
    // Synced lyrics (issue 16): the Lyrics tab beside the queue, following the frames played.
    m_lyrics = new LyricsController(m_window.get(), m_player, m_settings);
    wireSubscription();
    // The listening history (issue 16): the recorder hears the player's events through the bridge; plays
    // are written on the history's own thread into library.db. Local only.
    m_history = new HistoryService(m_options.dataDir, this);
    m_history->setEnabled(m_settings.keepHistory());
    m_player->setObserver(&m_history->recorder());
    connect(m_window.get(), &MainWindow::reportRequested, this, &UiApplication::openReport);
    if (m_options.registerMpris) {
        m_mpris = new MprisService(this);
        m_mpris->registerOnBus();
        wireMpris();
    }
    if (m_options.trayIcon) {
        m_tray = new TrayIcon(m_window.get(), m_player, this);
        m_window->setTrayShown(m_tray->available());
    }
    connect(m_window.get(), &MainWindow::keepRunningInTrayChosen, this,
            [this](bool keep) { m_settings.setKeepRunningInTray(keep); });
    m_window->restoreUiState(m_settings);
    m_language = m_settings.language(); // main() installed it before the window was built
    applySettings();
    if (m_options.restoreSession)
        restoreSession();
    // Output devices for the settings dialog. The player lists them on its control thread, the one thread
    // that calls PortAudio; a pool thread only waits for the answer so that the GUI thread never does.
    auto* devices = new QFutureWatcher<QStringList>(this);
    connect(devices, &QFutureWatcherBase::finished, this, [this, devices] {
        m_devices = devices->result();
        devices->deleteLater();
    });
    m_deviceListing = QtConcurrent::run(
        [listing = std::make_shared<std::future<base::Result<std::vector<audio::OutputDevice>>>>(
             player.listDevices())] {
            QStringList names;
            try {
                if (auto listed = listing->get(); listed.ok())
                    for (const audio::OutputDevice& d : *listed)
                        names << toQString(d.name);
            } catch (const std::future_error&) {
                // The player went away first: no devices to offer.
            }
            return names;
        });
    devices->setFuture(m_deviceListing);
}

UiApplication::~UiApplication()
{
    // The recorder must not hear the player once it is gone: take it off first (a fence on the control
    // thread), then let the history record the play in progress and write what is queued.
    m_player->setObserver(nullptr);
    delete m_history;
    m_history = nullptr;
    // The pool thread waiting for the player's device listing must not outlive us.
    m_deviceListing.waitForFinished();
}

void UiApplication::show()
{
    m_window->show();
}

void UiApplication::wirePlayer()
{
    MainWindow* w = m_window.get();
    connect(m_player, &PlayerBridge::stateChanged, w, &MainWindow::setState);
    connect(m_player, &PlayerBridge::positionChanged, w, &MainWindow::setPosition);
    connect(m_player, &PlayerBridge::volumeChanged, w->transport(), &TransportBar::setVolume);
    connect(m_player, &PlayerBridge::trackChanged, this, &UiApplication::showNowPlaying);
    connect(m_fileTags, &FileTags::tagsRead, this, [this](const QStringList& paths) {
        refreshQueue();
        if (m_nowPlaying.valid() && paths.contains(m_nowPlaying.path))
            showNowPlaying(m_nowPlaying); // a file from outside the library: its title instead of its name
    });
    connect(m_player, &PlayerBridge::trackSkipped, w,
            [w](int, const QString& path, const QString& code, const QString& text) {
                w->showMessage(
                    tr("Skipped %1: %2").arg(QFileInfo(path).fileName(), localisedReason(code, text)));
            });
    connect(m_player, &PlayerBridge::errorOccurred, w, [w](const QString& m) { w->showMessage(m, 10000); });
    connect(m_player, &PlayerBridge::queueFinished, w, [this, w] {
        m_nowPlaying = {}; // tags read later must not bring back a track that ended
        w->setNowPlaying({});
    });

    connect(m_library, &LibraryService::libraryLoaded, this,
            [this, w](std::shared_ptr<TrackStore> store, qint64 ms) {
                m_store = store;
                m_libraryLoaded = true;
                w->setLibrary(store);
                refreshQueue(); // entries restored or dropped before the library was loaded get their tags
                QStringList outside; // ... and those from outside it, from their files
                for (const QueueEntry& e : m_queue->entries())
                    if (!store || store->indexOfPath(e.path) < 0)
                        outside << e.path;
                m_fileTags->request(outside);
                if (qEnvironmentVariableIsSet("ACCORD_PROFILE"))
                    QTimer::singleShot(0, this, [this, ms] { reportProfile(ms, false); });
                if (m_options.demoIfEmpty && (!store || store->size() == 0)) {
                    m_options.demoIfEmpty = false; // once
                    m_library->installDemo();
                }
                qDebug("library: %zu tracks loaded and decided in %lld ms", store ? store->size() : 0,
                       static_cast<long long>(ms));
            });
    connect(m_library, &LibraryService::verdictsReady, this,
            [this, w](const std::vector<VerdictUpdate>& updates) {
                w->library()->trackModel()->setVerdicts(updates);
                refreshQueue();
            });
    connect(m_library, &LibraryService::decisionsFinished, this, [this](qint64 ms) {
        if (qEnvironmentVariableIsSet("ACCORD_PROFILE"))
            reportProfile(ms, true);
    });
    connect(m_library, &LibraryService::unreadableFiles, w, &MainWindow::setUnreadable);
    connect(m_library, &LibraryService::scanProgress, w, &MainWindow::setScanProgress);
    connect(m_library, &LibraryService::scanFinished, w, [w](const QString& s) { w->showMessage(s, 8000); });
    connect(m_library, &LibraryService::failed, w, [w](const QString& m) { w->showMessage(m, 10000); });
    connect(m_library, &LibraryService::explanationReady, w, &MainWindow::showExplanation);
    connect(m_library, &LibraryService::personalFilePolicy, this,
            [this](const QString& t) { m_personalFilePolicy = t; });
    connect(m_library, &LibraryService::demoReady, this, [this](const QString& folder) {
        QStringList folders = m_settings.libraryFolders();
        if (!folders.contains(folder))
            folders << folder;
        m_settings.setLibraryFolders(folders);
        m_player->player().rejudge(); // the demo catalogue was just imported
        m_library->scan({folder});
        watchFolders();
    });
    connect(m_library, &LibraryService::aliasesReady, w, [w](const std::shared_ptr<SearchIndex>& aliases) {
        w->library()->trackModel()->setAliases(*aliases);
    });
}

void UiApplication::wireWindow()
{
    MainWindow* w = m_window.get();
    connect(w, &MainWindow::playTrackRequested, this, &UiApplication::playTrack);
    connect(w, &MainWindow::enqueueRequested, this,
            [this](const QStringList& p, int row) { enqueue(p, row); });
    connect(w, &MainWindow::playQueueRowRequested, m_player, [this](int row) { m_player->playIndex(row); });
    connect(w, &MainWindow::explainRequested, this, [this](std::size_t storeIndex) {
        if (m_store && storeIndex < m_store->size()) {
            const TrackRow& row = m_store->rows()[storeIndex];
            m_library->explain(row.path, row.title);
        }
    });
    connect(w, &MainWindow::playPauseRequested, this, [this] {
        if (m_player->state() == PlayState::Stopped && m_resumeIndex >= 0 &&
            m_resumeIndex < m_queue->rowCount()) {
            m_player->playIndex(m_resumeIndex, m_resumeMs); // continue where the last session stopped
            m_resumeIndex = -1;
            return;
        }
        m_player->playPause();
    });
    connect(w, &MainWindow::stopRequested, m_player, &PlayerBridge::stop);
    connect(w, &MainWindow::nextRequested, m_player, &PlayerBridge::next);
    connect(w, &MainWindow::previousRequested, m_player, &PlayerBridge::previous);
    connect(w, &MainWindow::seekRequested, m_player, &PlayerBridge::seekMs);
    connect(w, &MainWindow::seekRelativeRequested, this,
            [this](qint64 d) { m_player->seekMs(m_player->positionMs() + d); });
    connect(w, &MainWindow::volumeRequested, m_player, &PlayerBridge::setVolume);
    connect(w, &MainWindow::repeatRequested, m_player, &PlayerBridge::setRepeat);
    connect(w, &MainWindow::settingsRequested, this, &UiApplication::openSettings);
    connect(w, &MainWindow::demoRequested, m_library, &LibraryService::installDemo);
    connect(w, &MainWindow::scenarioRequested, this, &UiApplication::askForScenario);
    connect(w, &MainWindow::replayGainScanRequested, this, &UiApplication::openReplayGainScan);
    connect(w, &MainWindow::addFolderRequested, this, [this](const QString& folder) {
        QStringList folders = m_settings.libraryFolders();
        if (!folders.contains(folder))
            folders << folder;
        m_settings.setLibraryFolders(folders);
        m_library->scan({folder});
        watchFolders();
    });
    connect(w, &MainWindow::rescanRequested, this, [this, w] {
        const QStringList folders = m_settings.libraryFolders();
        if (folders.isEmpty())
            w->showMessage(tr("No music folders to rescan: add one first"));
        else
            m_library->scan(folders);
    });
    connect(w, &MainWindow::closing, this, &UiApplication::saveSession);
    connect(m_queue, &QueueModel::userMoved, m_player, &PlayerBridge::move);
    connect(m_queue, &QueueModel::userRemoved, m_player, &PlayerBridge::remove);
    connect(m_queue, &QueueModel::userCleared, m_player, &PlayerBridge::clear);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &UiApplication::updateCanGo);
    connect(m_queue, &QAbstractItemModel::rowsRemoved, this, &UiApplication::updateCanGo);
    connect(m_queue, &QAbstractItemModel::rowsMoved, this, &UiApplication::updateCanGo);
}

void UiApplication::wireMpris()
{
    connect(m_player, &PlayerBridge::stateChanged, m_mpris, &MprisService::setState);
    connect(m_player, &PlayerBridge::positionChanged, m_mpris, &MprisService::setPosition);
    connect(m_player, &PlayerBridge::seeked, m_mpris, &MprisService::notifySeeked);
    connect(m_player, &PlayerBridge::volumeChanged, m_mpris, &MprisService::setVolume);
    connect(m_player, &PlayerBridge::repeatChanged, m_mpris, &MprisService::setRepeat);
    connect(m_window->nowPlaying()->cover(), &CoverView::coverChanged, m_mpris, &MprisService::setArtFile);
    connect(m_mpris, &MprisService::playRequested, m_player, &PlayerBridge::play);
    connect(m_mpris, &MprisService::pauseRequested, m_player, &PlayerBridge::pause);
    connect(m_mpris, &MprisService::playPauseRequested, m_window.get(), &MainWindow::playPauseRequested);
    connect(m_mpris, &MprisService::stopRequested, m_player, &PlayerBridge::stop);
    connect(m_mpris, &MprisService::nextRequested, m_player, &PlayerBridge::next);
    connect(m_mpris, &MprisService::previousRequested, m_player, &PlayerBridge::previous);
    connect(m_mpris, &MprisService::seekRequested, m_player, &PlayerBridge::seekMs);
    connect(m_mpris, &MprisService::volumeRequested, this, [this](double v) {
        m_player->setVolume(v);
        m_window->transport()->setVolume(v);
        m_mpris->setVolume(v);
    });
    connect(m_mpris, &MprisService::repeatRequested, this, [this](RepeatState r) {
        m_player->setRepeat(r);
        m_window->transport()->setRepeat(r);
    });
    connect(m_mpris, &MprisService::raiseRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_mpris, &MprisService::quitRequested, qApp, &QApplication::quit);
    connect(m_mpris, &MprisService::openUriRequested, this, [this](const QString& uri) {
        enqueue({QUrl(uri).isLocalFile() ? QUrl(uri).toLocalFile() : uri}, -1, true);
    });
}

void UiApplication::showNowPlaying(NowPlayingInfo info)
{
    m_nowPlaying = info;
    // Tags the player did not read come from the library, or for a file outside it from its own tags.
    const qsizetype i = m_store ? m_store->indexOfPath(info.path) : -1;
    if (i >= 0) {
        const TrackRow& row = m_store->rows()[static_cast<std::size_t>(i)];
        if (info.title.isEmpty())
            info.title = row.title;
        if (info.artist.isEmpty())
            info.artist = m_store->text(row.artistId);
        if (info.album.isEmpty())
            info.album = m_store->text(row.albumId);
        if (info.durationMs == 0)
            info.durationMs = row.durationMs;
    } else if (const FileTagInfo* tags = m_fileTags->find(info.path)) {
        if (info.title.isEmpty())
            info.title = tags->title;
        if (info.artist.isEmpty())
            info.artist = tags->artist;
        if (info.album.isEmpty())
            info.album = tags->album;
        if (info.durationMs == 0)
            info.durationMs = tags->durationMs;
    } else if (m_fileTags->pending(info.path)) {
        return; // its tags are being read: tagsRead shows it in a moment, by its title, not its file name
    }
    m_window->setNowPlaying(info);
    if (m_mpris != nullptr)
        m_mpris->setTrack(info, {});
    updateCanGo();
}

void UiApplication::refreshQueue()
{
    m_queue->refreshEntries([this](QueueEntry& e) {
        const QueueEntry fresh = entryFor(e.id, e.path);
        if (!fresh.title.isEmpty()) {
            e.title = fresh.title;
            e.artist = fresh.artist;
            e.durationMs = fresh.durationMs;
        }
        e.verdict = fresh.verdict;
    });
}

QueueEntry UiApplication::entryFor(quint64 id, const QString& path) const
{
    QueueEntry e;
    e.id = id;
    e.path = path;
    const qsizetype i = m_store ? m_store->indexOfPath(path) : -1;
    if (i >= 0) {
        const TrackRow& row = m_store->rows()[static_cast<std::size_t>(i)];
        e.title = row.title;
        e.artist = m_store->text(row.artistId);
        e.durationMs = row.durationMs;
        e.verdict = row.verdict;
    } else if (const FileTagInfo* tags = m_fileTags->find(path)) {
        e.title = tags->title;
        e.artist = tags->artist;
        e.durationMs = tags->durationMs;
    }
    return e;
}

void UiApplication::enqueue(const QStringList& paths, int row, bool playFirst)
{
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, row, playFirst] {
        watcher->deleteLater();
        addResolved(watcher->result(), row, playFirst);
    });
    watcher->setFuture(QtConcurrent::run(expandPaths, paths));
}

void UiApplication::playTrack(const QString& path)
{
    // A track already in the queue plays where it stands (the entry after the playing one first, so
    // a track queued twice plays its next occurrence). Otherwise it goes right after the playing entry
    // (the end of the queue when nothing plays) and plays now: what was queued next still follows it.
    const int current = m_queue->rowOfId(m_queue->currentId());
    const QList<QueueEntry>& entries = m_queue->entries();
    int queued = -1;
    for (qsizetype i = 0; i < entries.size() && queued < 0; ++i) {
        const int row = static_cast<int>((std::max(current, 0) + i) % entries.size());
        if (entries[row].path == path)
            queued = row;
    }
    if (queued >= 0) {
        m_resumeIndex = -1;
        m_player->playIndex(queued);
        return;
    }
    enqueue({path}, current >= 0 ? current + 1 : -1, true);
}

void UiApplication::addResolved(const QStringList& files, int row, bool playFirst)
{
    if (files.isEmpty())
        return;
    if (row < 0 || row > m_queue->rowCount())
        row = m_queue->rowCount();
    // Library files go to the player with their track ids: its gate then judges them by the stored
    // identification, as the table did, instead of identifying the file again.
    QList<qint64> trackIds;
    trackIds.reserve(files.size());
    QStringList outside; // not in the library: their tags are read from the files
    for (const QString& f : files) {
        const qsizetype i = m_store ? m_store->indexOfPath(f) : -1;
        trackIds << (i >= 0 ? m_store->rows()[static_cast<std::size_t>(i)].trackId : 0);
        if (i < 0)
            outside << f;
    }
    // Before the library is loaded, libraryLoaded asks for the files it does not hold. Once it is, even an
    // empty library (no store) leaves nobody else to ask: the files' tags are read now.
    if (m_libraryLoaded)
        m_fileTags->request(outside);
    const QList<quint64> ids = row == m_queue->rowCount() ? m_player->append(files, trackIds)
                                                          : m_player->insert(row, files, trackIds);
    QList<QueueEntry> entries;
    for (qsizetype i = 0; i < ids.size() && i < files.size(); ++i)
        entries << entryFor(ids[i], files[i]);
    m_queue->insertEntries(row, entries);
    if (playFirst)
        m_player->playIndex(row);
    Q_EMIT enqueued(static_cast<int>(entries.size()));
}

void UiApplication::updateCanGo()
{
    if (m_mpris == nullptr)
        return;
    const int current = m_queue->rowOfId(m_queue->currentId());
    m_mpris->setCanGoNext(current >= 0 && current + 1 < m_queue->rowCount());
    m_mpris->setCanGoPrevious(current >= 0);
}

void UiApplication::restoreSession()
{
    const QStringList queue = m_settings.sessionQueue();
    QStringList existing;
    for (const QString& p : queue)
        existing << p; // missing files are reported by the player when reached
    if (!existing.isEmpty())
        addResolved(existing, -1, false);
    m_resumeIndex = m_settings.sessionIndex();
    m_resumeMs = m_settings.sessionPositionMs();
    const RepeatState repeat = m_settings.sessionRepeat();
    m_player->setRepeat(repeat);
    m_window->transport()->setRepeat(repeat);
}

void UiApplication::saveSession()
{
    QStringList paths;
    for (const QueueEntry& e : m_queue->entries())
        paths << e.path;
    const int index = m_queue->rowOfId(m_queue->currentId());
    m_settings.saveSession(paths, index >= 0 ? index : m_resumeIndex,
                           index >= 0 ? m_player->positionMs() : m_resumeMs, m_player->repeat());
    m_settings.setVolume(m_player->volume());
    m_window->saveUiState(m_settings);
    m_settings.raw().sync();
}

void UiApplication::openSettings()
{
    SettingsDialog dialog(m_settings, m_devices, m_personalFilePolicy, m_window.get());
    connect(&dialog, &SettingsDialog::applied, this, &UiApplication::applySettings);
    connect(&dialog, &SettingsDialog::testToneRequested, this, &UiApplication::playTestTone);
    dialog.addPage([this](SettingsDialog* d) { return new SubscriptionTab(*m_sync, m_settings, d); });
    dialog.addPage([this](SettingsDialog* d) { return new HistoryTab(*m_history, m_settings, d); });
    dialog.exec();
}

ReportWindow* UiApplication::openReport()
{
    if (!m_reportWindow)
        m_reportWindow = new ReportWindow(*m_history, m_window.get());
    else
        m_reportWindow->refresh();
    m_reportWindow->show();
    m_reportWindow->raise();
    m_reportWindow->activateWindow();
    return m_reportWindow;
}

void UiApplication::playTestTone(const QString& device)
{
    // A 2 s 440 Hz tone written on a worker thread, played beside the queue on the chosen device by the
    // player's control thread (the one thread that calls PortAudio); the queue is left alone.
    const std::filesystem::path file = m_options.dataDir / "test-tone-440.wav";
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, device, file] {
        watcher->deleteLater();
        if (!watcher->result().isEmpty()) {
            m_window->showMessage(watcher->result());
            return;
        }
        m_player->player().playTone(file, toUtf8(device));
    });
    watcher->setFuture(QtConcurrent::run([file] { return writeTestTone(file); }));
}

void UiApplication::watchFolders()
{
    // The first call (at start) rescans every folder, so files copied while Accord was closed appear;
    // later calls follow the folder list (added in the settings, the demo). Both on the worker thread.
    const QStringList folders = m_settings.libraryFolders();
    if (folders == m_watching)
        return;
    m_watching = folders;
    m_library->watch(folders);
}

void UiApplication::applySettings()
{
    if (m_settings.language() != m_language) {
        // A live switch: the widgets retranslate on QEvent::LanguageChange; the verdict reasons and
        // explanations come translated from the worker, so the library is decided again.
        m_language = m_settings.language();
        installTranslations(m_language);
        m_library->reload();
    }
    m_window->setKeepRunningInTray(m_settings.keepRunningInTray());
    const ListenerContext context = m_settings.effectiveContext();
    m_window->setContext(context);
    m_library->setContext(context);
    m_gate->setListener(toListener(context));
    m_player->player().rejudge(); // queued entries were judged for the old context
    m_sync->setContext(context);
    m_sync->setInterval(m_settings.syncIntervalMinutes());
    watchFolders();
    m_player->setDevice(m_settings.outputDevice());
    m_player->setFixedRate(m_settings.fixedRate());
    const ReplayGainMode rg = m_settings.replayGain();
    m_player->setReplayGain({rg == ReplayGainMode::Track   ? playback::ReplayGainMode::Track
                             : rg == ReplayGainMode::Album ? playback::ReplayGainMode::Album
                                                           : playback::ReplayGainMode::Off,
                             m_settings.preventClipping(),
                             // tracks without ReplayGain tags play with the values Accord's scan stored
                             library::LibraryDb::pathIn(m_options.dataDir)});
    m_player->setVolume(m_settings.volume());
    m_window->transport()->setVolume(m_settings.volume());
}

ReplayGainDialog* UiApplication::openReplayGainScan()
{
    if (!m_replayGain)
        m_replayGain = new ReplayGainService(m_options.dataDir, this);
    // A fresh dialog for the current selection, unless a scan is still running in the open one.
    if (m_replayGainDialog && !m_replayGain->running()) {
        m_replayGainDialog->deleteLater();
        m_replayGainDialog = nullptr;
    }
    if (!m_replayGainDialog)
        m_replayGainDialog =
            new ReplayGainDialog(m_replayGain, m_window->library()->selectedPaths(), m_window.get());
    m_replayGainDialog->show();
    m_replayGainDialog->raise();
    return m_replayGainDialog;
}

} // namespace accord::ui
