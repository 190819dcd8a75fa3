// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/library_service.hpp"

#include "bridge/demo_cover.hpp"
#include "bridge/qt_convert.hpp"
#include "catalogue/db/catalogue.hpp"
#include "demo/demo_catalogue.hpp"
#include "demo/demo_tracks.hpp"
#include "library/library_db.hpp"
#include "library/library_watcher.hpp"
#include "library/scanner.hpp"
#include "presentation/decision_text.hpp"
#include "stores/search_fold.hpp"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <optional>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace accord::ui {

/// Worker-thread state: one library connection (the listing) and the window's Judge, shared with the
/// player's gate, so every verdict and explanation is exactly what the player applies.
struct LibraryService::Worker {
    std::filesystem::path dataDir;
    std::optional<library::LibraryDb> db;
    std::shared_ptr<judgement::Judge> judge;
    std::unique_ptr<library::LibraryWatcher> watcher; ///< started and stopped on the worker thread
    std::vector<std::filesystem::path> watchedRoots;
    std::atomic<bool> rescanQueued{false}; ///< set by the watcher's thread: one rescan job at a time
    std::size_t lastBadFiles = 0;

    base::Status open()
    {
        if (!db) {
            auto opened = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
            if (!opened.ok())
                return opened.error();
            db.emplace(std::move(*opened));
        }
        return {};
    }
};

namespace {

TrackRecord toRecord(const library::TrackListing& t)
{
    TrackRecord r;
    r.trackId = t.id;
    r.path = fromPath(std::filesystem::path(t.path));
    r.title = t.title.empty() ? QFileInfo(r.path).completeBaseName() : toQString(t.title);
    for (std::size_t i = 0; i < t.artists.size(); ++i)
        r.artist += (i > 0 ? QStringLiteral(", ") : QString()) + toQString(t.artists[i]);
    r.album = toQString(t.album);
    r.genre = toQString(t.genre);
    r.codec = toQString(t.codec).toUpper();
    r.durationMs = static_cast<std::uint32_t>(std::max<std::int64_t>(t.durationMs, 0));
    r.sampleRate = t.sampleRate;
    r.bitsPerSample = static_cast<std::uint8_t>(t.bitDepth);
    r.year = static_cast<std::uint16_t>(QString::fromStdString(t.date.substr(0, 4)).toUInt());
    r.trackNumber = static_cast<std::uint16_t>(t.trackNumber);
    r.discNumber = static_cast<std::uint8_t>(t.discNumber);
    return r;
}

/// How the file was identified, for the "Why can't I play this?" panel.
QString identifiedBy(const judgement::Identity& j, const std::string& isrcTag)
{
    const QString id = toQString(j.catalogueId);
    const int percent = static_cast<int>(std::lround(j.confidence * 100));
    switch (j.method) {
    case identify::Method::Isrc:
        return LibraryService::tr("ISRC tag (%1)").arg(toQString(isrcTag));
    case identify::Method::CatalogueId:
        return LibraryService::tr("catalogue id tag (%1)").arg(id);
    case identify::Method::Fingerprint:
        return LibraryService::tr("audio fingerprint: recording %1 (%2% confidence)").arg(id).arg(percent);
    case identify::Method::TitleArtist:
        return LibraryService::tr("title and artist: recording %1 (%2% confidence)").arg(id).arg(percent);
    case identify::Method::Unidentified:
        break;
    }
    return isrcTag.empty() ? LibraryService::tr("not identified: no ISRC tag, no catalogue match")
                           : LibraryService::tr("not identified: ISRC %1 is not in the catalogue")
                                 .arg(toQString(isrcTag));
}

/// Phase 2's answers, gathered on their own thread while phase 1 reads the rows: each track's judgement
/// reduced to what the window shows (toVerdict reads the decision's verdict and cap, mainReason its
/// reasons), each distinct (verdict, cap, reasons) kept once as a "kind" (a library repeats a few hundred),
/// so that after the rows only a walk over the tracks remains. [filled by the judging thread, read by the
/// worker after it joined]
struct JudgedLibrary {
    struct Track {
        std::int64_t trackId = 0;
        std::int64_t recordingId = -1; ///< -1: none
        std::uint32_t kind = 0;        ///< index into kinds
        bool identified = false;
    };
    std::vector<Track> tracks;            ///< track-id order
    std::vector<licence::Decision> kinds; ///< verdict, cap and reasons only
    std::optional<base::Instant> soonest; ///< the earliest validUntil
    base::Status status;
    bool stopped = false; ///< a newer load asked it to stop, or the rows failed
    double cpuMs = 0;     ///< the judging thread's CPU (ACCORD_PROFILE)
    qint64 doneMs = 0;    ///< when it finished, from the start of the load

    /// Adds one track's judgement. `key` is scratch space reused across calls.
    void add(const judgement::TrackJudgement& j, std::string& key,
             std::unordered_map<std::string, std::uint32_t>& kindOf)
    {
        const licence::Decision& d = j.judgement.decision;
        key.clear();
        key.push_back(static_cast<char>(d.verdict));
        key.push_back(static_cast<char>(d.cap));
        for (const licence::Reason& r : d.reasons) {
            key += r.code;
            key.push_back('\0');
            key += r.text;
            key.push_back('\x1f');
        }
        auto it = kindOf.find(key);
        if (it == kindOf.end()) {
            licence::Decision kind;
            kind.verdict = d.verdict;
            kind.cap = d.cap;
            kind.reasons = d.reasons;
            kinds.push_back(std::move(kind));
            it = kindOf.emplace(key, static_cast<std::uint32_t>(kinds.size() - 1)).first;
        }
        if (d.validUntil && (!soonest || *d.validUntil < *soonest))
            soonest = d.validUntil;
        tracks.push_back({j.trackId, j.judgement.identification.recordingId.value_or(-1), it->second,
                          j.judgement.identification.method != identify::Method::Unidentified});
    }
};

/// mainReason() once per (kind, verdict) rather than once per track: each conversion costs two QStrings, a
/// QLocale and, in a translated window, a regular expression. The QStrings it hands out share their data,
/// so the GUI thread's copies and its StringPool lookups are cheap too. [one thread, for one reload]
class ReasonMemo {
public:
    explicit ReasonMemo(const std::vector<licence::Decision>& kinds)
        : m_kinds(kinds), m_texts(kinds.size() * kVerdicts)
    {
    }

    const QString& operator()(std::uint32_t kind, Verdict verdict)
    {
        std::optional<QString>& text = m_texts[kind * kVerdicts + static_cast<std::size_t>(verdict)];
        if (!text)
            text = mainReason(m_kinds[kind], verdict);
        return *text;
    }

private:
    static constexpr std::size_t kVerdicts = static_cast<std::size_t>(Verdict::Unidentified) + 1;
    const std::vector<licence::Decision>& m_kinds;
    std::vector<std::optional<QString>> m_texts;
};

/// This thread's CPU time, for ACCORD_PROFILE (wall time on a busy machine includes waiting for a core).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// How much nicer than the rest of the process a scan's threads run.
constexpr int kScanNice = 10;

/// Gives memory freed after a large transient load back to the system (glibc keeps it otherwise).
void releaseFreedMemory()
{
    malloc_trim(0);
}

} // namespace

LibraryService::LibraryService(std::filesystem::path dataDir, std::shared_ptr<judgement::Judge> judge,
                               QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_context(new QObject),
      m_worker(std::make_unique<Worker>()), m_redecide(new QTimer(this))
{
    qRegisterMetaType<std::shared_ptr<TrackStore>>();
    qRegisterMetaType<std::vector<VerdictUpdate>>();
    m_worker->dataDir = m_dataDir;
    m_worker->judge = judge ? std::move(judge) : std::make_shared<judgement::Judge>(m_dataDir);
    m_thread.setObjectName(QStringLiteral("accord-library"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    m_redecide->setSingleShot(true);
    connect(m_redecide, &QTimer::timeout, this, &LibraryService::reload);
}

LibraryService::~LibraryService()
{
    // The watcher's thread posts rescans to the worker: stop it first, on the worker thread that owns it.
    Worker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context, [worker] { worker->watcher.reset(); }, Qt::BlockingQueuedConnection);
    // Let queued jobs finish (a scan cannot be interrupted half-written), then drop the worker state
    // on this thread once the worker thread has stopped.
    m_thread.quit();
    m_thread.wait();
}

void LibraryService::post(std::function<void(Worker&)> job)
{
    Worker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context, [worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
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
        // Phase 2 (every track judged as the player judges it: stored identification -> recording ->
        // decision) starts now, on its own thread, while phase 1 reads the rows: both are mostly waiting
        // on SQLite and the decision index, and the verdicts then follow right behind the rows.
        const licence::Context context = toLicenceContext(listener);
        JudgedLibrary judged;
        std::atomic<bool> stopJudging{false};
        std::thread judging([&] {
            std::string key;
            std::unordered_map<std::string, std::uint32_t> kindOf;
            std::size_t seen = 0;
            judged.status = w.judge->judgeLibrary(context, [&](const judgement::TrackJudgement& j) {
                if (++seen % 4096 == 0 && (stopJudging.load() || generation != m_generation.load())) {
                    judged.stopped = true; // a newer context is being decided: this answer is stale
                    return false;
                }
                judged.add(j, key, kindOf);
                return true;
            });
            judged.cpuMs = threadCpuMs();
            judged.doneMs = timer.elapsed();
        });
        // Joined on every way out of this job (the thread refers to this frame).
        struct Joiner {
            std::thread& thread;
            std::atomic<bool>& stop;
            ~Joiner()
            {
                stop = true;
                if (thread.joinable())
                    thread.join();
            }
        } joiner{judging, stopJudging};

        // Phase 1: the rows, without decisions, so the window shows the library as soon as possible.
        std::vector<FileFacts> facts;
        std::vector<std::pair<std::int64_t, std::uint32_t>> rowOfTrack; ///< (track id, store row), by id
        auto store = std::make_shared<TrackStore>();
        const auto listed = w.db->forEachListing([&](const library::TrackListing& t) {
            rowOfTrack.emplace_back(t.id, static_cast<std::uint32_t>(store->size()));
            store->add(toRecord(t));
            facts.push_back(FileFacts::fromLibrary(t.sampleRate, t.bitDepth, t.codec, false));
        });
        if (!listed.ok()) {
            Q_EMIT failed(toQString(listed.error().describe()));
            return;
        }
        store->finish();
        std::sort(rowOfTrack.begin(), rowOfTrack.end());
        releaseFreedMemory(); // the listing's transient strings
        const qint64 rowsMs = timer.elapsed();
        const double rowsCpuMs = threadCpuMs();
        QMetaObject::invokeMethod(
            this, [this, store, rowsMs] { Q_EMIT libraryLoaded(store, rowsMs); }, Qt::QueuedConnection);
        emitUnreadable(w);

        // Phase 2's answers, mapped to the rows (both lists are in track-id order) and delivered in a few
        // large chunks: each chunk is one event on the GUI thread.
        judging.join();
        if (!judged.status.ok()) {
            Q_EMIT failed(toQString(judged.status.error().describe()));
            return;
        }
        if (judged.stopped || generation != m_generation.load())
            return;
        const qint64 judgedWaitMs = timer.elapsed() - rowsMs;
        constexpr std::size_t kChunk = 32768;
        std::vector<VerdictUpdate> updates;
        std::vector<std::pair<std::uint32_t, std::int64_t>> recordingOfRow; ///< for the aliases
        recordingOfRow.reserve(judged.tracks.size());
        const std::size_t rowCount = store->size();
        auto flush = [&] {
            QMetaObject::invokeMethod(
                this,
                [this, generation, u = std::move(updates)] {
                    if (generation == m_generation.load())
                        Q_EMIT verdictsReady(u);
                },
                Qt::QueuedConnection);
            updates = {};
            updates.reserve(kChunk);
        };
        updates.reserve(std::min(kChunk, judged.tracks.size()));
        ReasonMemo reasonOf(judged.kinds);
        auto row = rowOfTrack.begin();
        for (const JudgedLibrary::Track& t : judged.tracks) {
            while (row != rowOfTrack.end() && row->first < t.trackId)
                ++row;
            if (row == rowOfTrack.end() || row->first != t.trackId)
                continue; // added after the rows were read: the next reload shows it
            if (updates.size() == kChunk) {
                if (generation != m_generation.load())
                    return; // a newer context is being decided: this answer is stale
                flush();
            }
            if (t.recordingId >= 0)
                recordingOfRow.emplace_back(row->second, t.recordingId);
            FileFacts f = facts[row->second];
            f.identified = t.identified;
            const Verdict verdict = toVerdict(judged.kinds[t.kind], f);
            updates.push_back({row->second, verdict, reasonOf(t.kind, verdict)});
        }
        if (!updates.empty())
            flush();
        const std::optional<base::Instant> soonest = judged.soonest;
        const auto policy = w.judge->policy();
        if (!policy.ok()) {
            Q_EMIT failed(toQString(policy.error().describe()));
            return;
        }
        const qint64 ms = timer.elapsed();
        if (qEnvironmentVariableIsSet("ACCORD_PROFILE"))
            std::fprintf(stderr,
                         "accord-profile: rows %lld ms; judged beside them in %lld ms (judging thread CPU "
                         "%.0f ms); waited %lld ms for it after the rows; decisions %lld ms after the rows "
                         "(worker thread CPU after the rows %.0f ms)\n",
                         static_cast<long long>(rowsMs), static_cast<long long>(judged.doneMs), judged.cpuMs,
                         static_cast<long long>(judgedWaitMs), static_cast<long long>(ms - rowsMs),
                         threadCpuMs() - rowsCpuMs);
        const QString policyText = policy->unidentifiedPlayable
                                       ? tr("Personal files the catalogue does not know may play")
                                       : tr("Personal files the catalogue does not know may not play");
        const QDateTime next = soonest ? toQDateTime(*soonest) : QDateTime();
        QMetaObject::invokeMethod(
            this,
            [this, generation, ms, next, policyText] {
                if (generation != m_generation.load())
                    return;
                Q_EMIT personalFilePolicy(policyText);
                Q_EMIT decisionsFinished(ms);
                scheduleRedecide(next);
            },
            Qt::QueuedConnection);
        // The Judge's caches and connections hold tens of MiB after judging 100k tracks; its next
        // caller (an explanation, the player, the next reload) opens them again. Released after the window
        // has every verdict, not before it is told so.
        w.judge->releaseMemory();
        releaseFreedMemory();
        // Phase 3: the filter's aliases, now that each row's recording is known.
        QElapsedTimer aliasTimer;
        aliasTimer.start();
        emitAliases(w, generation, recordingOfRow, rowCount);
        if (qEnvironmentVariableIsSet("ACCORD_PROFILE"))
            std::fprintf(stderr, "accord-profile: aliases of %zu identified tracks %lld ms\n",
                         recordingOfRow.size(), static_cast<long long>(aliasTimer.elapsed()));
    });
}

void LibraryService::emitAliases(Worker& w, quint64 generation,
                                 const std::vector<std::pair<std::uint32_t, std::int64_t>>& recordingOfRow,
                                 std::size_t rows)
{
    const std::filesystem::path path = w.dataDir / "catalogue.db";
    std::error_code ec;
    if (recordingOfRow.empty() || !std::filesystem::exists(path, ec))
        return;
    // Aliases only help the filter find a track: without them every verdict still stands, so a catalogue
    // that cannot be read here is not reported twice (the decisions already said so).
    auto cat = catalogue::Catalogue::openForReading(path);
    if (!cat.ok())
        return;
    std::vector<std::pair<std::int64_t, std::uint32_t>> byRecording; ///< one lookup per recording
    byRecording.reserve(recordingOfRow.size());
    for (const auto& [row, recording] : recordingOfRow)
        byRecording.emplace_back(recording, row);
    std::sort(byRecording.begin(), byRecording.end());
    std::vector<QString> folded(rows);
    std::size_t bytes = 0;
    QString text;
    for (std::size_t i = 0; i < byRecording.size(); ++i) {
        if (i % 4096 == 0 && generation != m_generation.load())
            return; // a newer load is on its way
        if (i == 0 || byRecording[i].first != byRecording[i - 1].first) {
            auto aliases = cat->aliasesOf(byRecording[i].first);
            if (!aliases.ok())
                return;
            QStringList words;
            for (const std::string& a : *aliases)
                words << toQString(a);
            text = words.isEmpty() ? QString() : foldForSearch(words.join(u' '));
        }
        if (byRecording[i].second < rows && !text.isEmpty()) {
            folded[byRecording[i].second] = text;
            bytes += static_cast<std::size_t>(text.size()) * 3 + 1;
        }
    }
    if (bytes == 0)
        return;
    auto index = std::make_shared<SearchIndex>();
    index->reserve(rows, bytes);
    for (const QString& f : folded)
        index->add(f);
    QMetaObject::invokeMethod(
        this,
        [this, generation, index] {
            if (generation == m_generation.load())
                Q_EMIT aliasesReady(index);
        },
        Qt::QueuedConnection);
}

void LibraryService::emitUnreadable(Worker& w)
{
    QList<UnreadableFile> bad;
    if (auto badFiles = w.db->badFiles(); badFiles.ok())
        for (const library::BadFile& b : *badFiles)
            bad.push_back({fromPath(std::filesystem::path(b.path)),
                           toQString(library::toString(b.reason)) +
                               (b.detail.empty() ? QString() : QStringLiteral(": ") + toQString(b.detail))});
    QMetaObject::invokeMethod(
        this, [this, bad] { Q_EMIT unreadableFiles(bad); }, Qt::QueuedConnection);
}

void LibraryService::scheduleRedecide(const QDateTime& when)
{
    m_redecide->stop();
    if (!when.isValid() || m_listener.at.isValid()) // a QA clock is frozen: nothing changes by itself
        return;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when) + 1000;
    m_redecide->start(static_cast<int>(std::clamp<qint64>(ms, 1000, 24LL * 3600 * 1000)));
}

void LibraryService::scan(const QStringList& folders)
{
    std::vector<std::filesystem::path> roots;
    for (const QString& f : folders)
        roots.push_back(toPath(f));
    post([this, roots](Worker& w) { scanOnWorker(w, roots, true); });
    reload();
}

void LibraryService::watch(const QStringList& folders)
{
    std::vector<std::filesystem::path> roots;
    for (const QString& f : folders)
        roots.push_back(toPath(f));
    post([this, roots](Worker& w) {
        w.watcher.reset();
        w.watchedRoots = roots;
        m_watchedFolders = 0;
        if (roots.empty())
            return;
        // Watch first, then scan: a file copied meanwhile is either seen by the scan or reported by the
        // watcher (which then asks for another scan).
        Worker* worker = &w;
        auto started = library::LibraryWatcher::start(roots, [this, worker](const std::vector<std::string>&) {
            // [the watcher's thread] One queued rescan covers every change reported before it starts.
            if (worker->rescanQueued.exchange(true))
                return;
            QMetaObject::invokeMethod(
                m_context,
                [this, worker] {
                    worker->rescanQueued = false;
                    scanOnWorker(*worker, worker->watchedRoots, false);
                },
                Qt::QueuedConnection);
        });
        if (started.ok()) {
            w.watcher = std::move(*started);
            m_watchedFolders = w.watcher->watchedFolders();
        } else {
            // No folder could be watched (all missing, or no inotify): the scans on start and on Rescan
            // still find new files.
            qWarning("library: not watching the music folders: %s", started.error().describe().c_str());
        }
        scanOnWorker(w, roots, false);
    });
}

void LibraryService::scanOnWorker(Worker& w, const std::vector<std::filesystem::path>& roots,
                                  bool alwaysReload)
{
    library::Scanner scanner(library::LibraryDb::pathIn(w.dataDir));
    std::optional<base::Result<library::ScanSummary>> outcome;
    // The scan's reader and writer threads run at a lower priority (a thread's nice value is its own on
    // Linux, and the threads it starts inherit it): on a busy machine the GUI thread gets a core first
    // while a burst of copied files is read.
    std::thread background([&] {
        const auto self = static_cast<id_t>(::gettid());
        errno = 0;
        const int nice = ::getpriority(PRIO_PROCESS, self);
        if (errno == 0)
            (void)::setpriority(PRIO_PROCESS, self, std::min(nice + kScanNice, 19));
        outcome = scanner.scan(roots, [this](const library::ScanProgress& p) {
            Q_EMIT scanProgress(static_cast<int>(p.read), static_cast<int>(p.toRead));
        });
    });
    background.join();
    const base::Result<library::ScanSummary>& summary = *outcome;
    Q_EMIT scanProgress(0, 0);
    if (!summary.ok()) {
        Q_EMIT failed(toQString(summary.error().describe()));
        return;
    }
    // A rescan that found nothing new (the usual case on start, or a change the scanner ignores) costs a
    // walk of the folders, never a reload of the window's library.
    const bool changed = summary->added + summary->updated + summary->moved + summary->removed > 0 ||
                         summary->badFiles.size() != w.lastBadFiles;
    w.lastBadFiles = summary->badFiles.size();
    if (!alwaysReload && !changed)
        return;
    Q_EMIT scanFinished(tr("Scan finished: %1 files, %2 added, %3 updated, %4 removed, %5 unreadable")
                            .arg(summary->filesSeen)
                            .arg(summary->added)
                            .arg(summary->updated)
                            .arg(summary->removed)
                            .arg(summary->badFiles.size()));
    if (!alwaysReload)
        QMetaObject::invokeMethod(
            this, [this] { reload(); }, Qt::QueuedConnection);
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
        (void)writeDemoCover(fromPath(dir / "cover.png")); // folder art for the now-playing area; optional
        const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
        if (auto s = demo::installDemoCatalogue(dir / "demo-catalogue.json", w.dataDir / "catalogue.db", now);
            !s.ok()) {
            Q_EMIT failed(toQString(s.error().describe()));
            return;
        }
        w.judge->invalidate(); // the policy and rows changed under the Judge's caches (the player's too)
        const QString folder = fromPath(dir);
        QMetaObject::invokeMethod(
            this, [this, folder] { Q_EMIT demoReady(folder); }, Qt::QueuedConnection);
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
        const licence::Context context = toLicenceContext(listener); // one instant for both
        auto judged = w.judge->judgeFile(toPath(path), context);
        if (!judged.ok()) {
            Q_EMIT failed(toQString(judged.error().describe()));
            return;
        }
        const bool identified = judged->identification.method != identify::Method::Unidentified;
        // What would make it play: the same judgement over the alternatives, here on the worker, for the
        // one track asked about (a few dozen decisions from rights read once).
        auto unlocks = w.judge->unlock(*judged, context);
        if (!unlocks.ok()) {
            Q_EMIT failed(toQString(unlocks.error().describe()));
            return;
        }
        const Explanation e = toExplanation(
            judged->decision,
            FileFacts::fromLibrary(info.audio.sampleRate, info.audio.bitDepth, info.audio.codec, identified),
            identifiedBy(judged->identification, info.tags.isrc), listener, &*unlocks);
        QMetaObject::invokeMethod(
            this, [this, title, e] { Q_EMIT explanationReady(title, e); }, Qt::QueuedConnection);
    });
}

} // namespace accord::ui
