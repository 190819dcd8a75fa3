// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_ui: the UI's performance figures on a generated library (on demand, not a CTest test).
//   bench_ui generate DIR N   library.db with N tracks (90% with ISRCs of a synthetic N-recording
//                             catalogue.db, 10% personal files), written through the library's BatchWriter
//   bench_ui interact DIR     loads DIR through the real LibraryService + gate into the main window, then
//                             measures filter keystroke -> repaint and scrolling paint times
// Launch time and RSS come from the real binary: ACCORD_PROFILE=quit accord --data-dir DIR.
#include "bridge/library_service.hpp"
#include "catalogue/catalogue.hpp"
#include "catalogue/synthesiser.hpp"
#include "library/batch_writer.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <random>

using namespace accord;

namespace {

const char* const kWords[] = {"Blue", "Night", "River", "Golden", "Summer", "Echo", "Paper", "Silver", "Harbour",
                              "Quiet", "Electric", "Velvet", "Northern", "Glass", "Wild", "Morning", "Ocean",
                              "\u6674\u5929", "\u661f\u7a7a", "\u8fdc\u65b9", "\u6708\u5149", "\u6d77\u6d6a"};

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
        const std::int64_t artist = i / 40;  // ~2,500 artists, 10-track albums
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

int interact(const std::filesystem::path& dir)
{
    ui::QueueModel queue;
    ui::MainWindow window(&queue);
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    ui::LibraryService library(dir);
    QSignalSpy loaded(&library, &ui::LibraryService::libraryLoaded);
    QElapsedTimer t;
    t.start();
    library.setContext({});
    if (!loaded.wait(600000))
        return std::fprintf(stderr, "library did not load\n"), 1;
    const auto store = loaded.at(0).at(0).value<std::shared_ptr<ui::TrackStore>>();
    const qint64 loadMs = t.elapsed();
    t.restart();
    window.setLibrary(store);
    window.repaint();
    std::printf("library: %zu tracks; load+decide on the worker %lld ms (reported %lld ms); into the window %lld ms\n",
                store->size(), static_cast<long long>(loadMs), loaded.at(0).at(1).toLongLong(),
                static_cast<long long>(t.elapsed()));

    QTableView* table = window.library()->table();
    QLineEdit* filter = window.filterEdit();
    std::vector<double> keys;
    std::vector<double> keysCpu;
    std::vector<double> filterOnly;
    QObject::connect(window.library()->trackModel(), &ui::TrackTableModel::filterApplied, [&](int, qint64 us) {
        filterOnly.push_back(static_cast<double>(us) / 1000.0);
    });
    for (const char* query : {"harbour", "night river", "artist 12", "\u6674\u5929", "golden ocean", "zzzz"}) {
        filter->clear();
        QApplication::processEvents();
        const QString q = QString::fromUtf8(query);
        for (const QChar c : q) {
            QElapsedTimer k;
            k.start();
            const double cpu0 = threadCpuMs();
            filter->insert(QString(c));  // what a keystroke does (QTest::keyClicks cannot type CJK)
            table->viewport()->repaint();
            keysCpu.push_back(threadCpuMs() - cpu0);
            keys.push_back(static_cast<double>(k.nsecsElapsed()) / 1e6);
        }
    }
    filter->clear();
    {
        QElapsedTimer k;
        k.start();
        table->viewport()->repaint();
        std::printf("clear filter -> repaint: %.2f ms\n", static_cast<double>(k.nsecsElapsed()) / 1e6);
    }
    const Stats fo = summarise(filterOnly);
    std::printf("  of which the filter itself: median %.2f ms, p95 %.2f ms, max %.2f ms\n", fo.median, fo.p95, fo.max);
    const Stats ks = summarise(keys);
    std::printf("filter keystroke -> repaint (%zu keystrokes): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                keys.size(), ks.median, ks.p95, ks.max);
    const Stats kc = summarise(keysCpu);
    std::printf("  GUI-thread CPU per keystroke: median %.2f ms, p95 %.2f ms, max %.2f ms\n", kc.median, kc.p95, kc.max);

    std::vector<double> frames;
    std::vector<double> framesCpu;
    QScrollBar* bar = table->verticalScrollBar();
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer f;
        f.start();
        const double cpu0 = threadCpuMs();
        bar->setValue(bar->value() + (i % 50 == 49 ? bar->pageStep() * 40 : 3));  // wheel steps, some jumps
        table->viewport()->repaint();
        framesCpu.push_back(threadCpuMs() - cpu0);
        frames.push_back(static_cast<double>(f.nsecsElapsed()) / 1e6);
    }
    const Stats fc = summarise(framesCpu);
    std::printf("  GUI-thread CPU per scroll frame: median %.2f ms, p95 %.2f ms, max %.2f ms\n", fc.median, fc.p95, fc.max);
    const Stats fs = summarise(frames);
    std::printf("scroll step -> repaint (%zu frames): median %.2f ms, p95 %.2f ms, max %.2f ms\n", frames.size(),
                fs.median, fs.p95, fs.max);
    table->sortByColumn(2, Qt::AscendingOrder);
    {
        QElapsedTimer k;
        k.start();
        table->sortByColumn(1, Qt::AscendingOrder);
        table->viewport()->repaint();
        std::printf("sort by title -> repaint: %.1f ms\n", static_cast<double>(k.nsecsElapsed()) / 1e6);
    }
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
    std::fprintf(stderr, "usage: bench_ui generate DIR N | bench_ui interact DIR\n");
    return 2;
}
