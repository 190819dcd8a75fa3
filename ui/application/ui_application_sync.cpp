// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The subscriber's part of the composition root: the sync worker, the Playlists section, File > Sync Now.
#include "application/ui_application.hpp"

#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "bridge/sync_service.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/subscriber_pane.hpp"
#include "windows/main_window.hpp"

namespace accord::ui {

namespace {

/// The one place the player's content keys follow a sync or a download: runs on the sync worker after
/// each, never on the decode thread (whose key lookups only read the provider's snapshot). Forced, since
/// a download adds files without changing sync.db and the new files are indexed by their headers.
void refreshContentKeys(sync::LeaseKeyProvider& keys)
{
    (void)keys.refresh(true);
}

} // namespace

void UiApplication::wireSubscription()
{
    m_sync = new SyncService(m_options.dataDir, m_judge, this);
    if (auto keys = m_options.contentKeys)
        m_sync->setAfterSync([keys] { refreshContentKeys(*keys); });
    m_subscriber = new SubscriberPane(m_window.get());
    LibraryPane* library = m_window->library();
    library->addSection(m_subscriber->sidebar(), m_subscriber->page());
    SubscriberPane* pane = m_subscriber;

    connect(pane, &SubscriberPane::playlistSelected, library,
            [library, pane] { library->showSection(pane->page()); });
    connect(pane, &SubscriberPane::syncRequested, m_sync, &SyncService::syncNow);
    connect(m_window.get(), &MainWindow::syncRequested, m_sync, &SyncService::syncNow);
    connect(pane, &SubscriberPane::downloadRequested, m_sync, &SyncService::download);
    connect(pane, &SubscriberPane::cancelRequested, m_sync, &SyncService::cancelDownload);
    connect(pane, &SubscriberPane::playRequested, this, &UiApplication::playTrack);
    connect(m_sync, &SyncService::snapshotChanged, this, [library, pane](const SubscriberSnapshot& s) {
        pane->setSnapshot(s);
        // A subscriber without local files still sees the Playlists section.
        library->setKeepBrowser(s.configured);
    });
    connect(m_sync, &SyncService::syncStarted, pane, [pane] { pane->setSyncing(true); });
    connect(m_sync, &SyncService::syncFinished, this,
            [this, pane](bool ok, const QString& code, const QString& message) {
                pane->setSyncResult(ok, code, message);
                if (ok)
                    m_window->showMessage(tr("Synced"));
                else if (code == QLatin1String("error"))
                    m_window->showMessage(tr("Sync failed: %1").arg(message));
                else
                    m_window->showMessage(tr("Sync refused (%1): %2").arg(code, message));
            });
    connect(m_sync, &SyncService::downloadProgress, pane, &SubscriberPane::setDownloadProgress);
    connect(m_sync, &SyncService::downloadFinished, pane, &SubscriberPane::setDownloadFinished);
    // New deltas or a new lease change what the library's rows and the queued tracks may do.
    connect(m_sync, &SyncService::licencesChanged, this, [this] {
        m_library->reload();
        m_player->player().rejudge();
    });
    // A play on the wall clock raises the highest time seen (clock_rollback), as accordctl's runs do.
    connect(m_player, &PlayerBridge::trackChanged, m_sync, [this] { m_sync->noteWallClockUse(); });
}

} // namespace accord::ui
