// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "bridge/subscriber_snapshot.hpp"
#include "judgement/judge.hpp"

#include <QObject>
#include <QThread>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>

class QTimer;

namespace accord::ui {

/// The subscriber's side of the signed feed for the window (core/sync's SyncClient), on one worker thread
/// ("accord-sync"): set-up (`sync init`), syncs on demand and on a timer, downloads of a playlist's tracks
/// with progress and cancel, and the snapshot the Playlists section shows (the verified lease's playlists,
/// each track judged by the window's one judgement::Judge, exactly as a library row). The GUI thread never
/// waits on the network, the disk or SQLite: every result arrives as a signal. The clock is the listener's
/// (a QA clock override included), so a sync, its refusals and "Offline: N days left" follow it.
/// A refused sync (rollback, bad_signature...) leaves sync.db as it was (SyncClient's contract): the
/// snapshot shown before stays.
/// [GUI thread for every method; work runs on the "accord-sync" thread]
class SyncService : public QObject {
    Q_OBJECT
public:
    /// `judge` is the window's one Judge (shared with the library worker and the player's gate).
    SyncService(std::filesystem::path dataDir, std::shared_ptr<judgement::Judge> judge,
                QObject* parent = nullptr);
    ~SyncService() override;

    /// The listener (its QA clock decides "now"); judges the playlists again (a changed listener after the
    /// Judge re-read the lease and the highest time seen).
    void setContext(const ListenerContext& context);
    /// Syncs every `minutes` (0: only on demand). The first timed sync is `minutes` from now.
    void setInterval(int minutes);
    int intervalMinutes() const noexcept { return m_intervalMinutes; }
    QTimer* timer() const noexcept { return m_timer; }
    /// Runs on the worker after every successful sync and after every download, before the playlists are
    /// judged again: the player's content keys are refreshed there (never on the decode thread). Set
    /// once, before the first sync.
    void setAfterSync(std::function<void()> hook);

    /// Reads sync.db again and judges the playlists (snapshotChanged()).
    void refresh();
    /// `accordctl sync init --url --root [--ca-file]`: creates the device key and sync.db, then syncs.
    void setUp(const QString& url, const QString& rootFile, const QString& caFile);
    /// A sync now, unless one is running (then nothing: its result is on its way).
    void syncNow();
    /// Downloads the playlist's leased tracks (resumed where a cancelled one stopped). One at a time.
    void download(const QString& playlistId);
    void cancelDownload(); ///< [any thread]
    /// A play or a judgement on the wall clock: raises the highest time seen (clock_rollback). Nothing in
    /// QA mode with a fixed clock.
    void noteWallClockUse();

    bool syncing() const noexcept { return m_syncing; }
    bool downloading() const noexcept { return !m_downloading.isEmpty(); }
    QString downloadingPlaylist() const { return m_downloading; }
    const SubscriberSnapshot& snapshot() const noexcept { return m_snapshot; }
    /// The last sync's outcome: "" after a success, else the refusal code or "error".
    QString lastErrorCode() const { return m_lastErrorCode; }
    QDateTime lastAttempt() const { return m_lastAttempt; }

Q_SIGNALS:
    void snapshotChanged(const accord::ui::SubscriberSnapshot& snapshot);
    void syncStarted();
    /// `code` "" on success, else the refusal code (refusal.hpp: rollback, bad_signature...) or "error".
    void syncFinished(bool ok, const QString& code, const QString& message);
    void setUpFinished(bool ok, const QString& message);
    void downloadProgress(const QString& playlistId, qint64 bytesDone, qint64 bytesTotal, int tracksDone,
                          int tracksTotal);
    void downloadFinished(const QString& playlistId, bool ok, bool cancelled, const QString& message);
    /// A sync changed the catalogue or the lease: library decisions are stale.
    void licencesChanged();

private:
    struct Worker;
    void post(std::function<void(Worker&)> job);
    void judgeOnWorker(Worker& w, const ListenerContext& listener);

    std::filesystem::path m_dataDir;
    QThread m_thread;
    QObject* m_context;
    std::unique_ptr<Worker> m_worker;
    QTimer* m_timer;
    ListenerContext m_listener;
    SubscriberSnapshot m_snapshot;
    int m_intervalMinutes = 0;
    bool m_syncing = false;
    QString m_downloading;
    QString m_lastErrorCode;
    QDateTime m_lastAttempt;
    std::atomic<bool> m_cancel{false};
};

} // namespace accord::ui
