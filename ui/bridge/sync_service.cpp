// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/sync_service.hpp"

#include "bridge/qt_convert.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/model/recording.hpp"
#include "licence/reason.hpp"
#include "presentation/decision_text.hpp"
#include "sync/device_key.hpp"
#include "sync/feed_types.hpp"
#include "sync/offline_terms_loader.hpp"
#include "sync/refusal.hpp"
#include "sync/sync_client.hpp"
#include "sync/sync_store.hpp"

#include <QElapsedTimer>
#include <QTimer>

#include <map>
#include <optional>

namespace accord::ui {

struct SyncService::Worker {
    std::filesystem::path dataDir;
    std::shared_ptr<judgement::Judge> judge;
    std::function<void()> afterSync;
    std::optional<catalogue::Catalogue> catalogue; ///< titles and artists; reopened after a sync

    std::filesystem::path storePath() const { return dataDir / "sync.db"; }
    std::filesystem::path keyPath() const { return dataDir / "sync" / "device.key"; }
    std::filesystem::path contentDir() const { return dataDir / "sync" / "content"; }

    /// The last verified lease; nullopt without one (or when sync.db cannot be read).
    std::optional<sync::Lease> lease(SubscriberSnapshot* s = nullptr)
    {
        std::error_code ec;
        if (!std::filesystem::exists(storePath(), ec))
            return std::nullopt; // opening would create it: the data dir was never set up
        auto store = sync::SyncStore::open(storePath());
        if (!store.ok())
            return std::nullopt;
        auto state = store->load();
        if (!state.ok() || !*state)
            return std::nullopt;
        if (s) {
            s->url = toQString((*state)->url);
            if ((*state)->lastOnline)
                s->lastOnline = toQDateTime(*(*state)->lastOnline);
        }
        if (!(*state)->leaseText)
            return std::nullopt;
        auto parsed = sync::parseLease(*(*state)->leaseText);
        return parsed.ok() ? std::optional<sync::Lease>(std::move(*parsed)) : std::nullopt;
    }
};

namespace {

namespace reason = licence::reason;

/// The code of the reason a row shows for a verdict that does not fully play ("" for one that does).
QString limitingCode(const licence::Decision& d, Verdict verdict)
{
    if (verdict != Verdict::Blocked && verdict != Verdict::Preview)
        return {};
    for (const licence::Reason& r : d.reasons)
        if (r.code != reason::kLicensed && r.code != reason::kPurchased &&
            r.code != reason::kUnidentifiedAllowed && r.code != reason::kHiresRequiresTier)
            return toQString(r.code);
    return d.reasons.empty() ? QString() : toQString(d.reasons.front().code);
}

QString describe(const base::Error& e)
{
    return toQString(e.describe());
}

} // namespace

SyncService::SyncService(std::filesystem::path dataDir, std::shared_ptr<judgement::Judge> judge,
                         QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_context(new QObject),
      m_worker(std::make_unique<Worker>()), m_timer(new QTimer(this))
{
    qRegisterMetaType<SubscriberSnapshot>();
    m_worker->dataDir = m_dataDir;
    m_worker->judge = judge ? std::move(judge) : std::make_shared<judgement::Judge>(m_dataDir);
    m_thread.setObjectName(QStringLiteral("accord-sync"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    connect(m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    // A download stops at its next write; a sync runs to its end (it is one transaction).
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncService::post(std::function<void(Worker&)> job)
{
    Worker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context, [worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void SyncService::setAfterSync(std::function<void()> hook)
{
    post([hook = std::move(hook)](Worker& w) { w.afterSync = hook; });
}

void SyncService::setContext(const ListenerContext& context)
{
    if (context == m_listener) {
        refresh();
        return;
    }
    m_listener = context;
    // A new clock (QA on or off): the Judge read the highest time seen with the lease, and the wall clock
    // may have raised it since (clock_rollback must apply to a clock set back before it).
    post([listener = context, this](Worker& w) {
        w.judge->invalidate();
        judgeOnWorker(w, listener);
    });
}

void SyncService::setInterval(int minutes)
{
    m_intervalMinutes = std::max(0, minutes);
    if (m_intervalMinutes == 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(m_intervalMinutes * 60 * 1000);
}

void SyncService::refresh()
{
    const ListenerContext listener = m_listener;
    post([this, listener](Worker& w) { judgeOnWorker(w, listener); });
}

void SyncService::noteWallClockUse()
{
    if (m_listener.at.isValid())
        return; // a QA clock is not the time: it must not move the stored highest time
    const base::Instant now = toLicenceContext(m_listener).at; // the wall clock, in whole seconds
    post([now](Worker& w) { (void)sync::raiseHighestSeen(w.dataDir, now); });
}

void SyncService::setUp(const QString& url, const QString& rootFile, const QString& caFile)
{
    const ListenerContext listener = m_listener;
    post([this, listener, url, rootFile, caFile](Worker& w) {
        auto made = sync::SyncClient::init(w.dataDir, toUtf8(url.trimmed()), toPath(rootFile), toUtf8(caFile),
                                           toLicenceContext(listener).at);
        const bool ok = made.ok();
        const QString message = ok ? QString() : describe(made.error());
        judgeOnWorker(w, listener);
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                Q_EMIT setUpFinished(ok, message);
                if (ok)
                    syncNow();
            },
            Qt::QueuedConnection);
    });
}

void SyncService::syncNow()
{
    if (m_syncing)
        return;
    m_syncing = true;
    Q_EMIT syncStarted();
    const ListenerContext listener = m_listener;
    post([this, listener](Worker& w) {
        auto report = sync::SyncClient::sync(w.dataDir, toLicenceContext(listener).at);
        QString code;
        QString message;
        bool changed = false;
        if (report.ok()) {
            changed = !report->upToDate;
            // The player's content keys and the Judge's lease, catalogue and downloads follow the new
            // sync.db here, off the decode thread.
            if (w.afterSync)
                w.afterSync();
            w.judge->invalidate();
            w.catalogue.reset();
        } else {
            code = toQString(sync::refusalCode(report.error()));
            if (code.isEmpty())
                code = QStringLiteral("error");
            message = describe(report.error());
        }
        judgeOnWorker(w, listener);
        QMetaObject::invokeMethod(
            this,
            [this, ok = report.ok(), code, message, changed] {
                m_syncing = false;
                m_lastErrorCode = code;
                m_lastAttempt = QDateTime::currentDateTimeUtc();
                Q_EMIT syncFinished(ok, code, message);
                if (changed)
                    Q_EMIT licencesChanged();
            },
            Qt::QueuedConnection);
    });
}

void SyncService::download(const QString& playlistId)
{
    if (downloading())
        return;
    m_cancel = false;
    m_downloading = playlistId;
    const ListenerContext listener = m_listener;
    post([this, listener, playlistId](Worker& w) {
        // The plan: the playlist's leased tracks, their sizes, and which are on disk already.
        std::map<std::string, std::int64_t> sizeOf; // recording -> bytes still to fetch
        int tracksTotal = 0;
        int tracksDone = 0;
        qint64 bytesTotal = 0;
        qint64 bytesDone = 0;
        const std::string id = toUtf8(playlistId);
        if (auto lease = w.lease()) {
            for (const sync::Playlist& p : lease->playlists) {
                if (p.id != id)
                    continue;
                for (const std::string& r : p.recordings)
                    for (const sync::LeaseTrack& t : lease->tracks) {
                        if (t.recording != r || sizeOf.count(r))
                            continue;
                        std::error_code ec;
                        const bool present = std::filesystem::exists(w.contentDir() / t.sha256, ec);
                        sizeOf[r] = present ? 0 : t.size;
                        ++tracksTotal;
                        bytesTotal += t.size;
                        tracksDone += present ? 1 : 0;
                        bytesDone += present ? t.size : 0;
                    }
            }
        }
        auto emitProgress = [this, playlistId, &bytesTotal, &tracksTotal](qint64 done, int tracks) {
            QMetaObject::invokeMethod(
                this,
                [this, playlistId, done, total = bytesTotal, tracks, tracksTotal] {
                    Q_EMIT downloadProgress(playlistId, done, total, tracks, tracksTotal);
                },
                Qt::QueuedConnection);
        };
        emitProgress(bytesDone, tracksDone);
        QElapsedTimer sinceEmit;
        sinceEmit.start();
        qint64 finishedBytes = bytesDone;
        auto progress = [&](const std::string& recording, std::int64_t done, std::int64_t total) {
            const bool complete = done >= total;
            if (complete) {
                finishedBytes += total;
                ++tracksDone;
                sizeOf[recording] = 0;
            }
            // A few updates a second are plenty for a progress bar; each file's end is always shown.
            if (complete || sinceEmit.elapsed() >= 100) {
                sinceEmit.restart();
                emitProgress(complete ? finishedBytes : finishedBytes + done, tracksDone);
            }
        };
        auto report = sync::SyncClient::download(w.dataDir, {id}, progress, &m_cancel);
        const bool cancelled = !report.ok() && report.error().code == base::ErrorCode::Cancelled;
        const QString message = report.ok() ? QString() : describe(report.error());
        if (report.ok())
            emitProgress(bytesTotal, tracksTotal);
        if (w.afterSync)
            w.afterSync();     // the player's content keys index the new files
        w.judge->invalidate(); // the Judge identifies downloaded files by the lease's hashes
        judgeOnWorker(w, listener);
        QMetaObject::invokeMethod(
            this,
            [this, playlistId, ok = report.ok(), cancelled, message] {
                m_downloading.clear();
                Q_EMIT downloadFinished(playlistId, ok, cancelled, message);
            },
            Qt::QueuedConnection);
    });
}

void SyncService::cancelDownload()
{
    m_cancel = true;
}

void SyncService::judgeOnWorker(Worker& w, const ListenerContext& listener)
{
    const licence::Context ctx = toLicenceContext(listener);
    SubscriberSnapshot s;
    s.now = toQDateTime(ctx.at);
    std::error_code ec;
    s.configured = std::filesystem::exists(w.storePath(), ec) && std::filesystem::exists(w.keyPath(), ec);
    if (s.configured) {
        if (auto device = sync::DeviceKey::load(w.keyPath()); device.ok()) {
            s.deviceId = toQString(device->deviceId());
            s.publicKey = toQString(device->publicKeyBase64());
        }
    }
    const std::optional<sync::Lease> lease = s.configured ? w.lease(&s) : std::nullopt;
    if (lease) {
        s.hasLease = true;
        s.revoked = lease->revoked;
        s.offlineUntil = toQDateTime(lease->offlineUntil);
        if (!w.catalogue) {
            auto opened = catalogue::Catalogue::openForReading(w.dataDir / "catalogue.db");
            if (opened.ok())
                w.catalogue.emplace(std::move(*opened));
        }
        for (const sync::Playlist& p : lease->playlists) {
            SubscriberPlaylist pl;
            pl.id = toQString(p.id);
            pl.title = toQString(p.title);
            pl.version = p.version;
            for (const std::string& r : p.recordings) {
                SubscriberTrack t;
                t.recording = toQString(r);
                t.title = t.recording;
                if (w.catalogue)
                    if (auto rec = w.catalogue->findByCatalogueId(r); rec.ok() && *rec) {
                        t.title = toQString((*rec)->title);
                        t.artist = toQString(catalogue::joinArtists((*rec)->artists));
                    }
                for (const sync::LeaseTrack& lt : lease->tracks)
                    if (lt.recording == r) {
                        t.downloadable = true;
                        const auto file = w.contentDir() / lt.sha256;
                        if (std::filesystem::exists(file, ec)) {
                            t.downloaded = true;
                            t.path = toQString(file.string());
                        }
                    }
                // The library's path: the file the player would judge, else the recording itself.
                std::optional<judgement::Judgement> judged;
                if (t.downloaded) {
                    if (auto j = w.judge->judgeFile(toPath(t.path), ctx); j.ok())
                        judged = std::move(*j);
                } else if (auto j = w.judge->judgeCatalogueId(r, ctx); j.ok() && *j) {
                    judged = std::move(**j);
                }
                if (judged) {
                    FileFacts facts;
                    facts.identified = true;
                    t.verdict = toVerdict(judged->decision, facts);
                    t.reasonCode = limitingCode(judged->decision, t.verdict);
                    t.reason = mainReason(judged->decision, t.verdict);
                }
                pl.tracks.push_back(t);
            }
            s.playlists.push_back(pl);
        }
    }
    if (!listener.at.isValid() && s.hasLease)
        (void)sync::raiseHighestSeen(w.dataDir, ctx.at); // a judgement on the wall clock
    QMetaObject::invokeMethod(
        this,
        [this, s] {
            m_snapshot = s;
            Q_EMIT snapshotChanged(m_snapshot);
        },
        Qt::QueuedConnection);
}

} // namespace accord::ui
