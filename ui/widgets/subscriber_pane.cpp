// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/subscriber_pane.hpp"

#include "models/playlist_tracks_model.hpp"
#include "models/subscriber_playlist_model.hpp"
#include "widgets/retranslator.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace accord::ui {

SubscriberPane::SubscriberPane(QObject* parent)
    : QObject(parent), m_sidebar(new QWidget), m_page(new QWidget), m_playlistModel(nullptr),
      m_trackModel(nullptr)
{
    // The models live with the views that show them: whoever owns the widgets owns them.
    m_playlistModel = new SubscriberPlaylistModel(m_sidebar);
    m_trackModel = new PlaylistTracksModel(m_page);
    buildSidebar();
    buildPage();
    m_sidebar->hide(); // until a snapshot says the device is set up: no empty section for non-subscribers
    (new Retranslator(m_sidebar))->add([this] { retranslate(); });
}

void SubscriberPane::buildSidebar()
{
    m_header = new QLabel(m_sidebar);
    QFont bold = m_header->font();
    bold.setWeight(QFont::DemiBold);
    m_header->setFont(bold);
    m_syncButton = new QToolButton(m_sidebar);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setAutoRaise(true);
    m_offline = new QLabel(m_sidebar);
    m_offline->setObjectName(QStringLiteral("offlineLabel"));
    m_lastSync = new QLabel(m_sidebar);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_error = new QLabel(m_sidebar);
    m_error->setObjectName(QStringLiteral("syncErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    for (QLabel* l : {m_offline, m_lastSync}) {
        l->setWordWrap(true);
        QFont small = l->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        l->setFont(small);
    }
    m_playlists = new QListView(m_sidebar);
    m_playlists->setObjectName(QStringLiteral("subscriberPlaylists"));
    m_playlists->setModel(m_playlistModel);
    m_playlists->setUniformItemSizes(true);
    m_playlists->setTabKeyNavigation(false);
    m_playlists->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_header, 1);
    head->addWidget(m_syncButton);
    auto* layout = new QVBoxLayout(m_sidebar);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_offline);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_error);
    layout->addWidget(m_playlists, 1);

    connect(m_syncButton, &QToolButton::clicked, this, &SubscriberPane::syncRequested);
    connect(m_playlists->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid())
                    showPlaylist(i.data(SubscriberPlaylistModel::IdRole).toString());
            });
    // A click on the row already current shows its page again (after the browser showed the table).
    connect(m_playlists, &QListView::clicked, this, [this](const QModelIndex& i) {
        showPlaylist(i.data(SubscriberPlaylistModel::IdRole).toString());
    });
}

void SubscriberPane::buildPage()
{
    m_title = new QLabel(m_page);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    m_title->setFont(f);
    m_download = new QPushButton(m_page);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_cancel = new QPushButton(m_page);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancel->hide();
    m_progress = new QProgressBar(m_page);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->hide();
    m_progressText = new QLabel(m_page);
    m_progressText->setObjectName(QStringLiteral("downloadProgressText"));
    m_tracks = new QTableView(m_page);
    m_tracks->setObjectName(QStringLiteral("subscriberTracks"));
    m_tracks->setModel(m_trackModel);
    m_tracks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tracks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tracks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracks->setAlternatingRowColors(true);
    m_tracks->setShowGrid(false);
    m_tracks->setWordWrap(false);
    m_tracks->setTabKeyNavigation(false);
    m_tracks->verticalHeader()->hide();
    m_tracks->verticalHeader()->setDefaultSectionSize(m_tracks->fontMetrics().height() + 8);
    m_tracks->setIconSize(QSize(16, 16));
    QHeaderView* header = m_tracks->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(28);
    header->resizeSection(PlaylistTracksModel::Status, 30);
    header->setSectionResizeMode(PlaylistTracksModel::Status, QHeaderView::Fixed);
    header->resizeSection(PlaylistTracksModel::Number, 36);
    header->setSectionResizeMode(PlaylistTracksModel::Title, QHeaderView::Stretch);
    header->resizeSection(PlaylistTracksModel::Artist, 160);
    header->resizeSection(PlaylistTracksModel::Licence, 110);
    header->resizeSection(PlaylistTracksModel::Offline, 150);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_download);
    bar->addWidget(m_cancel);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressText);
    auto* layout = new QVBoxLayout(m_page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addLayout(progress);
    layout->addWidget(m_tracks, 1);

    connect(m_download, &QPushButton::clicked, this, [this] {
        if (!currentPlaylist().isEmpty())
            Q_EMIT downloadRequested(currentPlaylist());
    });
    connect(m_cancel, &QPushButton::clicked, this, &SubscriberPane::cancelRequested);
    connect(m_tracks, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (i.data(PlaylistTracksModel::PlaysRole).toBool())
            Q_EMIT playRequested(i.data(PlaylistTracksModel::PathRole).toString());
    });
}

QString SubscriberPane::currentPlaylist() const
{
    return m_trackModel->playlistId();
}

void SubscriberPane::selectPlaylist(const QString& id)
{
    const int row = m_playlistModel->rowOf(id);
    if (row < 0)
        return;
    m_playlists->setCurrentIndex(m_playlistModel->index(row));
    showPlaylist(id);
}

void SubscriberPane::showPlaylist(const QString& id)
{
    const SubscriberPlaylist* p = m_playlistModel->playlist(id);
    if (p == nullptr)
        return;
    if (p->id != m_trackModel->playlistId())
        m_progressText->clear();
    m_trackModel->setPlaylist(*p);
    m_title->setText(p->title);
    updateDownloadButton();
    Q_EMIT playlistSelected(id);
}

void SubscriberPane::setSnapshot(const SubscriberSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_sidebar->setVisible(snapshot.configured);
    m_playlistModel->setPlaylists(snapshot.playlists);
    const QString shown = currentPlaylist();
    if (const SubscriberPlaylist* p = m_playlistModel->playlist(shown)) {
        m_trackModel->setPlaylist(*p);
        m_title->setText(p->title);
    }
    retranslate();
}

void SubscriberPane::setSyncing(bool syncing)
{
    m_syncing = syncing;
    retranslate();
}

void SubscriberPane::setSyncResult(bool ok, const QString& code, const QString& message)
{
    m_syncing = false;
    m_errorCode = ok ? QString() : code;
    m_errorMessage = ok ? QString() : message;
    retranslate();
}

void SubscriberPane::setDownloadProgress(const QString& playlistId, qint64 bytesDone, qint64 bytesTotal,
                                         int tracksDone, int tracksTotal)
{
    m_downloading = playlistId;
    updateDownloadButton();
    if (playlistId != currentPlaylist())
        return;
    m_progress->show();
    m_progress->setValue(bytesTotal > 0 ? static_cast<int>(bytesDone * 1000 / bytesTotal) : 0);
    const QLocale locale;
    //: Download progress: "1.2 MB of 3.4 MB · 1 of 2 tracks"
    m_progressText->setText(
        tr("%1 of %2 \u00b7 %3 of %4 tracks")
            .arg(locale.formattedDataSize(bytesDone), locale.formattedDataSize(bytesTotal))
            .arg(tracksDone)
            .arg(tracksTotal));
}

void SubscriberPane::setDownloadFinished(const QString& playlistId, bool ok, bool cancelled,
                                         const QString& message)
{
    m_downloading.clear();
    updateDownloadButton();
    if (playlistId != currentPlaylist())
        return;
    m_progress->hide();
    if (ok)
        m_progressText->setText(tr("Downloaded"));
    else if (cancelled)
        m_progressText->setText(tr("Download cancelled"));
    else
        m_progressText->setText(tr("Download failed: %1").arg(message));
}

void SubscriberPane::updateDownloadButton()
{
    const bool busy = !m_downloading.isEmpty();
    const bool mine = busy && m_downloading == currentPlaylist();
    // Nothing left to fetch: every track the lease licenses for download is on disk.
    bool complete = true;
    if (const SubscriberPlaylist* p = m_playlistModel->playlist(currentPlaylist()))
        for (const SubscriberTrack& t : p->tracks)
            complete = complete && (t.downloaded || !t.downloadable);
    m_download->setEnabled(!busy && !currentPlaylist().isEmpty() && !m_snapshot.revoked && !complete);
    m_cancel->setVisible(mine);
    if (!mine)
        m_progress->hide();
}

void SubscriberPane::retranslate()
{
    m_header->setText(tr("Service playlists"));
    m_syncButton->setText(m_syncing ? tr("Syncing\u2026") : tr("Sync now"));
    m_syncButton->setEnabled(!m_syncing && m_snapshot.configured);
    m_playlists->setAccessibleName(tr("Synced playlists"));
    m_tracks->setAccessibleName(tr("Playlist tracks"));
    m_download->setText(tr("Download"));
    m_cancel->setText(tr("Cancel"));
    if (!m_snapshot.configured) {
        m_offline->setText(tr("Not set up: enter your service's feed in Settings > Subscription."));
        m_lastSync->clear();
    } else if (!m_snapshot.hasLease) {
        m_offline->setText(tr("No lease yet: register this device with your service, then sync."));
    } else if (m_snapshot.revoked) {
        m_offline->setText(tr("This device was revoked."));
    } else {
        // Spelled out rather than a %n plural: the English plural forms are not compiled into every build.
        const int days = m_snapshot.offlineDaysLeft();
        m_offline->setText(days == 1 ? tr("Offline: 1 day left") : tr("Offline: %1 days left").arg(days));
        m_offline->setToolTip(
            tr("Offline play lasts until %1; a sync renews it.")
                .arg(QLocale().toString(m_snapshot.offlineUntil.toLocalTime(), QLocale::ShortFormat)));
    }
    if (m_snapshot.configured)
        m_lastSync->setText(
            m_snapshot.lastOnline.isValid()
                ? tr("Last sync: %1")
                      .arg(QLocale().toString(m_snapshot.lastOnline.toLocalTime(), QLocale::ShortFormat))
                : tr("Last sync: never"));
    m_error->setVisible(!m_errorCode.isEmpty());
    if (m_errorCode == QLatin1String("error"))
        m_error->setText(
            tr("Sync failed: %1 The playlists shown are from the last good sync.").arg(m_errorMessage));
    else if (!m_errorCode.isEmpty())
        //: A refused sync: its reason code (rollback, bad_signature...) and the details.
        m_error->setText(tr("Sync refused (%1): %2 The playlists shown are from the last good sync.")
                             .arg(m_errorCode, m_errorMessage));
    updateDownloadButton();
}

} // namespace accord::ui
