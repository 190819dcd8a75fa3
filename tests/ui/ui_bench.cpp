// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_ui: the UI's performance figures on a generated library (on demand, not a CTest test).
//   bench_ui generate DIR N   library.db with N tracks (90% with ISRCs of a synthetic N-recording
//                             catalogue.db, 10% personal files), written through the library's BatchWriter
//   bench_ui interact DIR     loads DIR through the real LibraryService + gate into the main window (the
//                             longest GUI-thread block meanwhile), then measures filter keystroke -> repaint,
//                             clearing the filter, scrolling and sorting: wall time and GUI-thread CPU
//   bench_ui burst WORK [N] [RUNS]
//                             a burst of N (default 1000) audio files copied into a watched music folder
//                             by another thread (as a file manager would): time from the first copy until
//                             the window's table shows all N, and the longest GUI-thread block meanwhile;
//                             RUNS (default 5) runs, medians, and the load average
//   bench_ui verdicts DIR [RUNS]
//                             from the window showing DIR's rows to it showing every verdict (issue 18 item
//                             5, goal 500 ms at 100k), RUNS (default 5) runs after a warm-up, medians, load
// Launch time and RSS come from the real binary: ACCORD_PROFILE=quit accord --data-dir DIR.
#include "audio/pcm_writer.hpp"
#include "bridge/library_service.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/synth/synthesiser.hpp"
#include "diagnostics/stall_meter.hpp"
#include "library/batch_writer.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <random>
#include <thread>

#include <stdlib.h>

using namespace accord;

namespace {

const char* const kWords[] = {"Blue",         "Night",       "River",        "Golden",       "Summer",
                              "Echo",         "Paper",       "Silver",       "Harbour",      "Quiet",
                              "Electric",     "Velvet",      "Northern",     "Glass",        "Wild",
                              "Morning",      "Ocean",       "\u6674\u5929", "\u661f\u7a7a", "\u8fdc\u65b9",
                              "\u6708\u5149", "\u6d77\u6d6a"};

std::string phrase(std::mt19937& rng, int words)
{
    std::string out;
    for (int i = 0; i < words; ++i) {
        if (i)
            out += ' ';
        out += kWords[rng() % std::size(kWords)];
    }
    return out;
}

int generate(const std::filesystem::path& dir, std::int64_t n)
{
    std::filesystem::create_directories(dir);
    {
        auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
        if (!cat.ok())
            return std::fprintf(stderr, "%s\n", cat.error().describe().c_str()), 1;
        catalogue::SynthOptions options;
        options.recordings = n;
        auto report = catalogue::synthesiseCatalogue(*cat, options);
        if (!report.ok())
            return std::fprintf(stderr, "%s\n", report.error().describe().c_str()), 1;
    }
    auto writer = library::BatchWriter::start(dir / "library.db", {});
    if (!writer.ok())
        return std::fprintf(stderr, "%s\n", writer.error().describe().c_str()), 1;
    std::mt19937 rng(7);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t artist = i / 40; // ~2,500 artists, 10-track albums
        const std::int64_t album = i / 10;
        library::ReadTask task;
        task.file.path = "/bench/Artist " + std::to_string(artist) + "/Album " + std::to_string(album) + "/" +
                         std::to_string(i) + ".flac";
        task.file.size = 20'000'000 + i;
        task.file.mtimeNs = 1'700'000'000'000'000'000 + i;
        library::ReadOutcome outcome;
        outcome.contentHash = static_cast<std::uint64_t>(i) * 2654435761u + 1;
        library::TrackInfo info;
        info.tags.title = phrase(rng, 1 + static_cast<int>(rng() % 3));
        info.tags.artists = {"Artist " + std::to_string(artist) + " " + phrase(rng, 1)};
        info.tags.album = "Album " + std::to_string(album) + " " + phrase(rng, 2);
        info.tags.genre = kWords[album % 8];
        info.tags.trackNumber = static_cast<int>(i % 10 + 1);
        info.tags.date = std::to_string(1960 + album % 60);
        if (i % 10 != 9)
            info.tags.isrc = catalogue::synthIsrc(i);
        info.audio.durationMs = 120'000 + (i * 7919) % 300'000;
        info.audio.sampleRate = i % 20 == 0 ? 96000 : 44100;
        info.audio.bitDepth = i % 20 == 0 ? 24 : 16;
        info.audio.channels = 2;
        info.audio.codec = "flac";
        outcome.track = std::move(info);
        (*writer)->submit(std::move(task), std::move(outcome));
    }
    auto stats = (*writer)->finish(false);
    if (!stats.ok())
        return std::fprintf(stderr, "%s\n", stats.error().describe().c_str()), 1;
    std::printf("generated %zu tracks in %s\n", stats->added, dir.c_str());
    return 0;
}

/// CPU time of this thread in ms: unlike wall time, not inflated when other processes share the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats summarise(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

/// Counts paint events of one widget, so a measurement knows the repaint really happened.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// One keystroke the way the window receives it: a key press and release on the filter field, then the
/// event loop's pending work (the table's repaint and the flush to the X server).
void typeKey(QWidget* target, QChar c)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

void report(const char* what, const std::vector<double>& wall, const std::vector<double>& cpu)
{
    const Stats w = summarise(wall);
    const Stats c = summarise(cpu);
    std::printf(
        "%s (%zu samples): wall median %.2f ms, p95 %.2f ms, max %.2f ms; GUI-thread CPU median %.2f ms, "
        "p95 %.2f ms, max %.2f ms\n",
        what, wall.size(), w.median, w.p95, w.max, c.median, c.p95, c.max);
}

int interact(const std::filesystem::path& dir)
{
    ui::QueueModel queue;
    ui::MainWindow window(&queue);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    QTableView* table = window.library()->table();
    ui::TrackTableModel* model = window.library()->trackModel();

    // The library arrives as in the application: rows first, verdicts in chunks, all on the worker;
    // the GUI thread only takes them in. The stall meter sees every block of the event loop meanwhile.
    ui::LibraryService library(dir);
    std::shared_ptr<ui::TrackStore> store;
    ui::StallMeter stalls;
    double intoWindowMs = 0;
    qint64 decidedMs = -1;
    QObject::connect(&library, &ui::LibraryService::libraryLoaded, &window,
                     [&](std::shared_ptr<ui::TrackStore> s, qint64) {
                         QElapsedTimer k;
                         k.start();
                         store = s;
                         window.setLibrary(s);
                         window.repaint();
                         intoWindowMs = static_cast<double>(k.nsecsElapsed()) / 1e6;
                     });
    QObject::connect(&library, &ui::LibraryService::verdictsReady, model,
                     [&](const std::vector<ui::VerdictUpdate>& u) { model->setVerdicts(u); });
    QObject::connect(&library, &ui::LibraryService::decisionsFinished, &window,
                     [&](qint64 ms) { decidedMs = ms; });
    QElapsedTimer t;
    t.start();
    stalls.start();
    library.setContext({});
    while (decidedMs < 0 && t.elapsed() < 600000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    stalls.stop();
    if (!store || decidedMs < 0)
        return std::fprintf(stderr, "library did not load\n"), 1;
    std::printf("library: %zu tracks; rows + verdicts on the worker %lld ms; libraryLoaded -> window painted "
                "%.1f ms; "
                "max GUI-thread block during the whole load %.1f ms\n",
                store->size(), static_cast<long long>(decidedMs), intoWindowMs, stalls.maxBlockMs());

    QLineEdit* filter = window.filterEdit();
    filter->setFocus();
    PaintCounter painted;
    table->viewport()->installEventFilter(&painted);
    std::vector<double> keys;
    std::vector<double> keysCpu;
    std::vector<double> filterOnly;
    QObject::connect(model, &ui::TrackTableModel::filterApplied,
                     [&](int, qint64 us) { filterOnly.push_back(static_cast<double>(us) / 1000.0); });
    int missedPaints = 0;
    const int rounds = std::max(1, qEnvironmentVariableIntValue("BENCH_UI_ROUNDS")); // for profiling
    for (int round = 0; round < rounds; ++round)
        for (const char* query :
             {"harbour", "night river", "artist 12", "\u6674\u5929", "golden ocean", "zzzz", "e"}) {
            filter->clear();
            QApplication::processEvents();
            for (const QChar c : QString::fromUtf8(query)) {
                const int before = painted.paints;
                const std::size_t appliedBefore = filterOnly.size();
                QElapsedTimer k;
                k.start();
                const double cpu0 = threadCpuMs();
                typeKey(filter, c);
                keysCpu.push_back(threadCpuMs() - cpu0);
                keys.push_back(static_cast<double>(k.nsecsElapsed()) / 1e6);
                // A keystroke that leaves the words unchanged (a space) needs no table repaint.
                missedPaints += painted.paints == before && filterOnly.size() != appliedBefore ? 1 : 0;
            }
        }
    std::vector<double> clearWall;
    std::vector<double> clearCpu;
    for (int i = 0; i < 5; ++i) {
        filter->setText(QStringLiteral("night"));
        QApplication::processEvents();
        QElapsedTimer k;
        k.start();
        const double cpu0 = threadCpuMs();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::ControlModifier); // select all, then delete
        QApplication::sendEvent(filter, &press);
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QApplication::sendEvent(filter, &del);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        clearCpu.push_back(threadCpuMs() - cpu0);
        clearWall.push_back(static_cast<double>(k.nsecsElapsed()) / 1e6);
    }
    if (!filter->text().isEmpty() || missedPaints > 0)
        return std::fprintf(stderr, "the keystrokes did not reach the filter or did not repaint (%d)\n",
                            missedPaints),
               1;
    report("filter keystroke -> repaint", keys, keysCpu);
    const Stats fo = summarise(filterOnly);
    std::printf("  of which the model's filter + reset: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                fo.median, fo.p95, fo.max);
    report("clear filter (100k rows back) -> repaint", clearWall, clearCpu);

    std::vector<double> frames;
    std::vector<double> framesCpu;
    QScrollBar* bar = table->verticalScrollBar();
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer f;
        f.start();
        const double cpu0 = threadCpuMs();
        bar->setValue(bar->value() + (i % 50 == 49 ? bar->pageStep() * 40 : 3)); // wheel steps, some jumps
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        framesCpu.push_back(threadCpuMs() - cpu0);
        frames.push_back(static_cast<double>(f.nsecsElapsed()) / 1e6);
    }
    report("scroll step -> repaint", frames, framesCpu);
    std::vector<double> sortWall;
    std::vector<double> sortCpu;
    for (const int column :
         {ui::TrackTableModel::Title, ui::TrackTableModel::Artist, ui::TrackTableModel::Album,
          ui::TrackTableModel::Duration, ui::TrackTableModel::Title}) {
        QElapsedTimer k;
        k.start();
        const double cpu0 = threadCpuMs();
        table->sortByColumn(column, sortWall.size() % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        sortCpu.push_back(threadCpuMs() - cpu0);
        sortWall.push_back(static_cast<double>(k.nsecsElapsed()) / 1e6);
    }
    report("sort by a column (title, artist, album, length) -> repaint", sortWall, sortCpu);
    return 0;
}

struct BurstRun {
    double appearMs = -1;    ///< first copy -> the table shows every file
    double copyMs = 0;       ///< first copy -> last copy closed
    double maxBlockMs = 0;   ///< longest GUI-thread block from the first copy until all appeared
    double idleBlockMs = 0;  ///< the same over one idle second before: the machine's scheduling noise
    double handlerMs = 0;    ///< the longest the window took to take in new rows or verdicts (wall)
    double handlerCpuMs = 0; ///< the same in GUI-thread CPU time: work, not waiting for a core
};

BurstRun burstOnce(const std::filesystem::path& work, const std::filesystem::path& staging, int n, int run)
{
    const std::filesystem::path dataDir = work / ("data-" + std::to_string(run));
    const std::filesystem::path music = work / ("music-" + std::to_string(run));
    std::filesystem::remove_all(dataDir);
    std::filesystem::remove_all(music);
    std::filesystem::create_directories(music);
    ui::QueueModel queue;
    ui::MainWindow window(&queue);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    ui::TrackTableModel* model = window.library()->trackModel();
    ui::LibraryService library(dataDir);
    BurstRun out;
    // The GUI thread's own work: taking in the new rows and their verdicts, then repainting.
    auto timed = [&](const std::function<void()>& step) {
        QElapsedTimer k;
        k.start();
        const double cpu0 = threadCpuMs();
        step();
        window.repaint();
        out.handlerCpuMs = std::max(out.handlerCpuMs, threadCpuMs() - cpu0);
        out.handlerMs = std::max(out.handlerMs, static_cast<double>(k.nsecsElapsed()) / 1e6);
    };
    QObject::connect(
        &library, &ui::LibraryService::libraryLoaded, &window,
        [&](std::shared_ptr<ui::TrackStore> s, qint64) { timed([&] { window.setLibrary(s); }); });
    QObject::connect(&library, &ui::LibraryService::verdictsReady, model,
                     [&](const std::vector<ui::VerdictUpdate>& u) { timed([&] { model->setVerdicts(u); }); });
    library.setContext({});
    library.watch({QString::fromStdString(music.string())});
    QElapsedTimer wait;
    wait.start();
    while (library.watchedFolders() == 0 && wait.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QTest::qWait(300);
    out = {};

    ui::StallMeter idle;
    idle.start();
    QTest::qWait(1000);
    idle.stop();
    out.idleBlockMs = idle.maxBlockMs();
    ui::StallMeter stalls;
    stalls.start();
    QElapsedTimer t;
    t.start();
    std::thread copier([&] {
        for (int i = 0; i < n; ++i) {
            const std::string name = "track-" + std::to_string(i) + ".wav";
            std::filesystem::copy_file(staging / name, music / name);
        }
        out.copyMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    });
    while (model->rowCount() < n && t.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    if (model->rowCount() >= n)
        out.appearMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    stalls.stop();
    copier.join();
    out.maxBlockMs = stalls.maxBlockMs();
    return out;
}

int burst(const std::filesystem::path& work, int n, int runs)
{
    // Distinct files (a different signal and title each), written once before any run.
    const std::filesystem::path staging = work / "staging";
    std::filesystem::create_directories(staging);
    for (int i = 0; i < n; ++i) {
        const auto file = staging / ("track-" + std::to_string(i) + ".wav");
        if (std::filesystem::exists(file))
            continue;
        const auto samples =
            audio::synthesizeSignal(44100, 2, 16, 44100 / 2, static_cast<std::uint32_t>(i) + 1);
        const audio::PcmFileSpec spec{audio::Container::Wav, 44100, 2, 16};
        if (auto s = audio::writePcmFile(file, spec, samples, {{"title", "Burst " + std::to_string(i)}});
            !s.ok())
            return std::fprintf(stderr, "%s\n", s.error().describe().c_str()), 1;
    }
    std::vector<double> appear;
    std::vector<double> blocks;
    std::vector<double> idleBlocks;
    for (int run = 0; run < runs; ++run) {
        const BurstRun r = burstOnce(work, staging, n, run);
        double load[3] = {0, 0, 0};
        getloadavg(load, 3);
        std::printf(
            "run %d: %d files copied in %.0f ms; all in the window after %.0f ms; longest GUI-thread "
            "block %.1f ms (idle second before: %.1f ms; longest rows/verdicts hand-over %.1f ms wall, "
            "%.1f ms GUI-thread CPU); load average %.2f %.2f %.2f\n",
            run + 1, n, r.copyMs, r.appearMs, r.maxBlockMs, r.idleBlockMs, r.handlerMs, r.handlerCpuMs,
            load[0], load[1], load[2]);
        if (r.appearMs < 0)
            return std::fprintf(stderr, "the files did not all appear within 120 s\n"), 1;
        appear.push_back(r.appearMs);
        blocks.push_back(r.maxBlockMs);
        idleBlocks.push_back(r.idleBlockMs);
    }
    const Stats a = summarise(appear);
    const Stats b = summarise(blocks);
    const Stats idle = summarise(idleBlocks);
    std::printf(
        "burst of %d files, %d runs: appear median %.0f ms (max %.0f); longest GUI-thread block median "
        "%.1f ms (max %.1f); in an idle second before: median %.1f ms (max %.1f)\n",
        n, runs, a.median, a.max, b.median, b.max, idle.median, idle.max);
    return 0;
}

/// CPU seconds of the whole process (every thread, user + system).
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/// Issue 18 item 5: from the window showing the library's rows to it showing every verdict (the last
/// verdict chunk applied to the table model), through the real LibraryService, Judge and main window.
/// Each run is a fresh LibraryService (a new Judge: connections opened, as at start-up) on the same
/// window; the first run, which may identify tracks never identified, is a warm-up and not counted.
/// Prints each run, the medians, the goal beside them, a count of the verdicts shown (so two builds can
/// be compared: the same library must show the same verdicts) and the load average.
int verdicts(const std::filesystem::path& dir, int runs)
{
    ui::QueueModel queue;
    ui::MainWindow window(&queue);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    ui::TrackTableModel* model = window.library()->trackModel();
    std::vector<double> afterRows;
    std::vector<double> rowsMs;
    std::vector<double> cpu;
    std::vector<double> verdictCpu;
    std::vector<std::size_t> lastCounts;
    for (int run = 0; run <= runs; ++run) {
        ui::LibraryService library(dir);
        std::shared_ptr<ui::TrackStore> store;
        QElapsedTimer t;
        double shownAt = -1;
        double allAt = -1;
        double cpuAtShown = 0; ///< process CPU when the rows were shown and when every verdict was
        double cpuAtAll = 0;
        QObject::connect(&library, &ui::LibraryService::libraryLoaded, &window,
                         [&](std::shared_ptr<ui::TrackStore> s, qint64) {
                             store = s;
                             window.setLibrary(s);
                             window.repaint();
                             shownAt = static_cast<double>(t.nsecsElapsed()) / 1e6;
                             cpuAtShown = processCpuSeconds();
                         });
        QObject::connect(&library, &ui::LibraryService::verdictsReady, model,
                         [&](const std::vector<ui::VerdictUpdate>& u) { model->setVerdicts(u); });
        // Queued after the last verdict chunk: every verdict is in the model when this arrives.
        QObject::connect(&library, &ui::LibraryService::decisionsFinished, &window, [&](qint64) {
            window.repaint();
            allAt = static_cast<double>(t.nsecsElapsed()) / 1e6;
            cpuAtAll = processCpuSeconds();
        });
        const double cpu0 = processCpuSeconds();
        t.start();
        library.setContext({});
        while (allAt < 0 && t.elapsed() < 600000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const double cpuS = processCpuSeconds() - cpu0;
        if (!store || allAt < 0 || shownAt < 0)
            return std::fprintf(stderr, "library did not load\n"), 1;
        std::vector<std::size_t> counts(6, 0);
        for (const ui::TrackRow& r : store->rows())
            ++counts[std::min<std::size_t>(static_cast<std::size_t>(r.verdict), counts.size() - 1)];
        double load[3] = {0, 0, 0};
        getloadavg(load, 3);
        // The CPU between the two (every thread: the worker judging, the gate's helper, the GUI thread taking
        // the verdicts in) is the work itself; on a loaded machine the wall time also waits for a core.
        std::printf(
            "run %d%s: rows shown %.0f ms, all %zu verdicts shown %.0f ms after the rows (process CPU "
            "meanwhile %.0f ms); whole load process CPU %.2f s; load average %.2f %.2f %.2f\n",
            run, run == 0 ? " (warm-up)" : "", shownAt, store->size(), allAt - shownAt,
            (cpuAtAll - cpuAtShown) * 1000, cpuS, load[0], load[1], load[2]);
        if (run > 0 && !lastCounts.empty() && counts != lastCounts)
            return std::fprintf(stderr, "the verdicts shown differ between runs\n"), 1;
        lastCounts = counts;
        if (run == 0)
            continue;
        afterRows.push_back(allAt - shownAt);
        verdictCpu.push_back((cpuAtAll - cpuAtShown) * 1000);
        rowsMs.push_back(shownAt);
        cpu.push_back(cpuS * 1000);
    }
    std::printf("verdicts by kind (Verdict enum order):");
    for (const std::size_t c : lastCounts)
        std::printf(" %zu", c);
    std::printf("\n");
    const Stats a = summarise(afterRows);
    std::printf(
        "%d runs: rows shown median %.0f ms; all verdicts shown median %.0f ms after the rows (max %.0f; "
        "goal: within 500 ms), process CPU meanwhile median %.0f ms; whole load process CPU median %.0f ms\n",
        runs, summarise(rowsMs).median, a.median, a.max, summarise(verdictCpu).median, summarise(cpu).median);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 4 && std::string(argv[1]) == "generate")
        return generate(argv[2], std::stoll(argv[3]));
    if (argc >= 3 && std::string(argv[1]) == "interact") {
        QApplication app(argc, argv);
        QApplication::setStyle(QStringLiteral("Fusion"));
        return interact(argv[2]);
    }
    if (argc >= 3 && std::string(argv[1]) == "burst") {
        QApplication app(argc, argv);
        QApplication::setStyle(QStringLiteral("Fusion"));
        return burst(argv[2], argc >= 4 ? std::stoi(argv[3]) : 1000, argc >= 5 ? std::stoi(argv[4]) : 5);
    }
    if (argc >= 3 && std::string(argv[1]) == "verdicts") {
        QApplication app(argc, argv);
        QApplication::setStyle(QStringLiteral("Fusion"));
        return verdicts(argv[2], argc >= 4 ? std::max(1, std::stoi(argv[3])) : 5);
    }
    std::fprintf(stderr,
                 "usage: bench_ui generate DIR N | bench_ui interact DIR | bench_ui burst WORK [N] [RUNS] "
                 "| bench_ui verdicts DIR [RUNS]\n");
    return 2;
}
