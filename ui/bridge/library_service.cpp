// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/library_service.hpp"

#include "bridge/decision_text.hpp"
#include "bridge/qt_convert.hpp"
#include "demo/demo_catalogue.hpp"
#include "demo/demo_tracks.hpp"
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "licence/licence_gate.hpp"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <malloc.h>
#include <optional>

namespace accord::ui {

/// Worker-thread state: one library connection and one gate, opened lazily.
struct LibraryService::Worker {
    std::filesystem::path dataDir;
    std::optional<library::LibraryDb> db;
    std::optional<licence::LicenceGate> gate;

    base::Status open()
    {
        if (!db) {
            auto opened = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
            if (!opened.ok())
                return opened.error();
            db.emplace(std::move(*opened));
        }
        if (!gate) {
            auto opened = licence::LicenceGate::open(dataDir / "catalogue.db");
            if (!opened.ok())
                return opened.error();
            gate.emplace(std::move(*opened));
        }
        return {};
    }

    licence::Decision decide(const library::TrackInfo& info, const licence::Context& ctx, bool& identified)
    {
        identified = false;
        if (!info.tags.isrc.empty()) {
            auto d = gate->decideIsrc(info.tags.isrc, ctx);
            if (d.ok() && d->has_value()) {
                identified = true;
                return **d;
            }
        }
        return gate->decideUnidentified(ctx);
    }
};

namespace {

TrackRecord toRecord(const library::StoredTrack& t)
{
    const auto& tags = t.info.tags;
    const auto& audio = t.info.audio;
    TrackRecord r;
    r.trackId = t.id;
    r.path = fromPath(std::filesystem::path(t.path));
    r.title = tags.title.empty() ? QFileInfo(r.path).completeBaseName() : toQString(tags.title);
    QStringList artists;
    for (const std::string& a : tags.artists)
        artists << toQString(a);
    r.artist = artists.join(QStringLiteral(", "));
    r.album = toQString(tags.album);
    r.genre = toQString(tags.genre);
    r.codec = toQString(audio.codec).toUpper();
    r.durationMs = static_cast<std::uint32_t>(std::max<std::int64_t>(audio.durationMs, 0));
    r.sampleRate = audio.sampleRate;
    r.bitsPerSample = static_cast<std::uint8_t>(audio.bitDepth);
    r.year = static_cast<std::uint16_t>(QString::fromStdString(tags.date.substr(0, 4)).toUInt());
    r.trackNumber = static_cast<std::uint16_t>(tags.trackNumber.value_or(0));
    r.discNumber = static_cast<std::uint8_t>(tags.discNumber.value_or(0));
    return r;
}

/// Gives memory freed after a large transient load back to the system (glibc keeps it otherwise).
void releaseFreedMemory()
{
    malloc_trim(0);
}

} // namespace

LibraryService::LibraryService(std::filesystem::path dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_context(new QObject), m_worker(std::make_unique<Worker>()),
      m_redecide(new QTimer(this))
{
    qRegisterMetaType<std::shared_ptr<TrackStore>>();
    qRegisterMetaType<std::vector<VerdictUpdate>>();
    m_worker->dataDir = m_dataDir;
    m_thread.setObjectName(QStringLiteral("accord-library"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    m_redecide->setSingleShot(true);
    connect(m_redecide, &QTimer::timeout, this, &LibraryService::reload);
}

LibraryService::~LibraryService()
{
    // Let queued jobs finish (a scan cannot be interrupted half-written), then drop the worker state
    // on this thread once the worker thread has stopped.
    m_thread.quit();
    m_thread.wait();
}

void LibraryService::post(std::function<void(Worker&)> job)
{
    Worker* worker = m_worker.get();
    QMetaObject::invokeMethod(m_context, [worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void LibraryService::setContext(const ListenerContext& context)
{
    m_listener = context;
    reload();
}

void LibraryService::reload()
{
    const ListenerContext listener = m_listener;
    const quint64 generation = ++m_generation;
    post([this, listener, generation](Worker& w) {
        QElapsedTimer timer;
        timer.start();
        if (auto s = w.open(); !s.ok()) {
            Q_EMIT failed(toQString(s.error().describe()));
            return;
        }
        // Phase 1: the rows, without decisions, so the window shows the library as soon as possible.
        std::vector<std::string> isrcs;
        std::vector<FileFacts> facts;
        auto store = std::make_shared<TrackStore>();
        {
            auto tracks = w.db->tracks();
            if (!tracks.ok()) {
                Q_EMIT failed(toQString(tracks.error().describe()));
                return;
            }
            store->reserve(tracks->size());
            isrcs.reserve(tracks->size());
            facts.reserve(tracks->size());
            for (const library::StoredTrack& t : *tracks) {
                store->add(toRecord(t));
                isrcs.push_back(t.info.tags.isrc);
                facts.push_back({t.info.audio.sampleRate, t.info.audio.bitDepth, false});
            }
        }
        store->finish();
        releaseFreedMemory();  // the StoredTracks were large and transient
        const qint64 rowsMs = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, store, rowsMs] { Q_EMIT libraryLoaded(store, rowsMs); },
                                  Qt::QueuedConnection);
        emitUnreadable(w);

        // Phase 2: decisions in chunks (one read transaction each), delivered as verdict updates.
        const licence::Context ctx = toLicenceContext(listener);
        const licence::Decision unidentified = w.gate->decideUnidentified(ctx);
        std::optional<base::Instant> soonest;
        constexpr std::size_t kChunk = 8192;
        for (std::size_t first = 0; first < isrcs.size(); first += kChunk) {
            if (generation != m_generation.load())
                return;  // a newer context is being decided: this answer is stale
            const std::size_t last = std::min(isrcs.size(), first + kChunk);
            const std::vector<std::string> chunk(isrcs.begin() + static_cast<std::ptrdiff_t>(first),
                                                 isrcs.begin() + static_cast<std::ptrdiff_t>(last));
            auto decisions = w.gate->decideIsrcs(chunk, ctx);
            if (!decisions.ok()) {
                Q_EMIT failed(toQString(decisions.error().describe()));
                return;
            }
            std::vector<VerdictUpdate> updates;
            updates.reserve(chunk.size());
            for (std::size_t i = 0; i < chunk.size(); ++i) {
                const bool identified = (*decisions)[i].has_value();
                const licence::Decision& d = identified ? *(*decisions)[i] : unidentified;
                if (d.validUntil && (!soonest || *d.validUntil < *soonest))
                    soonest = d.validUntil;
                FileFacts f = facts[first + i];
                f.identified = identified;
                updates.push_back({static_cast<std::uint32_t>(first + i), toVerdict(d, f), mainReason(d)});
            }
            QMetaObject::invokeMethod(this, [this, generation, u = std::move(updates)] {
                if (generation == m_generation.load())
                    Q_EMIT verdictsReady(u);
            }, Qt::QueuedConnection);
        }
        releaseFreedMemory();
        const qint64 ms = timer.elapsed();
        if (qEnvironmentVariableIsSet("ACCORD_PROFILE"))
            std::fprintf(stderr, "accord-profile: rows %lld ms, decisions %lld ms\n", static_cast<long long>(rowsMs),
                         static_cast<long long>(ms - rowsMs));
        const auto policy = w.gate->policy();
        const QString policyText = policy.unidentifiedPlayable
                                       ? tr("Personal files the catalogue does not know may play")
                                       : tr("Personal files the catalogue does not know may not play");
        const QDateTime next = soonest ? toQDateTime(*soonest) : QDateTime();
        QMetaObject::invokeMethod(this, [this, generation, ms, next, policyText] {
            if (generation != m_generation.load())
                return;
            Q_EMIT personalFilePolicy(policyText);
            Q_EMIT decisionsFinished(ms);
            scheduleRedecide(next);
        }, Qt::QueuedConnection);
    });
}

void LibraryService::emitUnreadable(Worker& w)
{
    QList<UnreadableFile> bad;
    if (auto badFiles = w.db->badFiles(); badFiles.ok())
        for (const library::BadFile& b : *badFiles)
            bad.push_back({fromPath(std::filesystem::path(b.path)),
                           toQString(library::toString(b.reason)) +
                               (b.detail.empty() ? QString() : QStringLiteral(": ") + toQString(b.detail))});
    QMetaObject::invokeMethod(this, [this, bad] { Q_EMIT unreadableFiles(bad); }, Qt::QueuedConnection);
}

void LibraryService::scheduleRedecide(const QDateTime& when)
{
    m_redecide->stop();
    if (!when.isValid() || m_listener.at.isValid())  // a QA clock is frozen: nothing changes by itself
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when) + 1000;
    m_redecide->start(static_cast<int>(std::clamp<qint64>(ms, 1000, 24LL * 3600 * 1000)));
}

void LibraryService::scan(const QStringList& folders)
{
    std::vector<std::filesystem::path> roots;
    for (const QString& f : folders)
        roots.push_back(toPath(f));
    post([this, roots](Worker& w) {
        library::Scanner scanner(library::LibraryDb::pathIn(w.dataDir));
        auto summary = scanner.scan(roots, [this](const library::ScanProgress& p) {
            Q_EMIT scanProgress(static_cast<int>(p.read), static_cast<int>(p.toRead));
        });
        Q_EMIT scanProgress(0, 0);
        if (!summary.ok()) {
            Q_EMIT failed(toQString(summary.error().describe()));
            return;
        }
        Q_EMIT scanFinished(tr("Scan finished: %1 files, %2 added, %3 updated, %4 removed, %5 unreadable")
                                .arg(summary->filesSeen).arg(summary->added).arg(summary->updated)
                                .arg(summary->removed).arg(summary->badFiles.size()));
    });
    reload();
}

void LibraryService::installDemo()
{
    const std::filesystem::path dir = m_dataDir / "demo";
    post([this, dir](Worker& w) {
        auto files = demo::writeDemoTracks(dir);
        if (!files.ok()) {
            Q_EMIT failed(toQString(files.error().describe()));
            return;
        }
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        if (auto s = demo::installDemoCatalogue(dir / "demo-catalogue.json", w.dataDir / "catalogue.db", now); !s.ok()) {
            Q_EMIT failed(toQString(s.error().describe()));
            return;
        }
        if (w.gate)
            (void)w.gate->invalidate();  // the policy and rows changed under the gate's cache
        const QString folder = fromPath(dir);
        QMetaObject::invokeMethod(this, [this, folder] { Q_EMIT demoReady(folder); }, Qt::QueuedConnection);
    });
}

void LibraryService::explain(const QString& path, const QString& title)
{
    const ListenerContext listener = m_listener;
    post([this, path, title, listener](Worker& w) {
        if (auto s = w.open(); !s.ok()) {
            Q_EMIT failed(toQString(s.error().describe()));
            return;
        }
        auto track = w.db->trackByPath(toPath(path).string());
        if (!track.ok() || !track->has_value())
            return;
        const library::TrackInfo& info = (*track)->info;
        bool identified = false;
        const licence::Decision d = w.decide(info, toLicenceContext(listener), identified);
        const QString by = identified ? tr("ISRC tag (%1)").arg(toQString(info.tags.isrc))
                                      : (info.tags.isrc.empty() ? tr("not identified: no ISRC tag, no catalogue match")
                                                                : tr("not identified: ISRC %1 is not in the catalogue")
                                                                      .arg(toQString(info.tags.isrc)));
        const Explanation e = toExplanation(d, {info.audio.sampleRate, info.audio.bitDepth, identified}, by, listener);
        QMetaObject::invokeMethod(this, [this, title, e] { Q_EMIT explanationReady(title, e); }, Qt::QueuedConnection);
    });
}

} // namespace accord::ui
