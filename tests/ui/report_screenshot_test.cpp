// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The listening report for the README (docs/screenshots/report-en.png): a generated week of listening in the
// evenings and on the way to work, hi-res and preview plays, and two tracks the catalogue blocked.
#include "application/translations.hpp"
#include "history/history_store.hpp"
#include "library/library_db.hpp"
#include "ui_fixture.hpp"
#include "windows/main_window.hpp"
#include "windows/report_window.hpp"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <random>

#include "qt_catch.hpp"

using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

TEST_CASE("screenshots: the listening report of a generated week", "[ui][screenshot][history]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    struct Track {
        const char* title;
        const char* artist;
        const char* album;
        int seconds;
        std::uint32_t rate;
        std::uint16_t bits;
        PlayOutcome outcome;
    };
    const Track tracks[] = {
        {"Open Skies", "Accord Ensemble", "First Light", 241, 44100, 16, PlayOutcome::Played},
        {"Harbour Lights", "Accord Ensemble", "First Light", 198, 44100, 16, PlayOutcome::Played},
        {"Studio Master", "Lin Wei", "Masters", 312, 96000, 24, PlayOutcome::Played},
        {"Quiet Room", "Lin Wei", "Masters", 275, 96000, 24, PlayOutcome::Capped},
        {"Night Train", "The Nobodies", "Somewhere Else", 224, 44100, 16, PlayOutcome::Played},
        {"Sample Only", "Mara Quell", "Previews", 30, 44100, 16, PlayOutcome::Preview},
        {"Bought Album", "Mara Quell", "Paid For", 187, 48000, 24, PlayOutcome::Played},
    };
    std::mt19937 rng(16);
    std::vector<PlayRecord> plays;
    const QDate today = QDate::currentDate();
    for (int day = 6; day >= 1; --day) {
        // On the way to work, at lunch some days, and in the evening.
        for (int session :
             {7 + int(rng() % 2), 12 + int(rng() % 2), 18 + int(rng() % 2), 20 + int(rng() % 3)}) {
            if (session >= 12 && session < 14 && rng() % 2)
                continue;
            QDateTime at(today.addDays(-day), QTime(session, int(rng() % 40)));
            const int count = 3 + int(rng() % 6);
            for (int i = 0; i < count; ++i) {
                const Track& t = tracks[rng() % std::size(tracks)];
                PlayRecord r;
                r.path = std::string("/music/") + t.title + ".flac";
                r.title = t.title;
                r.artists = t.artist;
                r.album = t.album;
                r.startedAtMs = at.toMSecsSinceEpoch();
                r.finished = rng() % 5 != 0;
                r.heardMs = std::int64_t(t.seconds) * 1000 * (r.finished ? 1 : 1 + int(rng() % 3)) /
                            (r.finished ? 1 : 4);
                r.durationMs = std::int64_t(t.seconds) * 1000;
                r.outcome = t.outcome;
                r.sampleRate = t.outcome == PlayOutcome::Capped ? 48000 : t.rate;
                r.bitDepth = t.outcome == PlayOutcome::Capped ? 16 : t.bits;
                plays.push_back(r);
                at = at.addMSecs(r.heardMs + 2000);
            }
        }
    }
    for (int i = 0; i < 3; ++i) {
        PlayRecord r;
        r.path = "/music/Last Summer.flac";
        r.title = "Last Summer";
        r.artists = "Accord Ensemble";
        r.startedAtMs = QDateTime(today.addDays(-1 - i), QTime(20, 5)).toMSecsSinceEpoch();
        r.outcome = PlayOutcome::Blocked;
        r.reasonCode = "licence_ended";
        r.reason = "Licence ended 2025-12-31";
        plays.push_back(r);
    }
    PlayRecord far;
    far.path = "/music/Far Province.mp3";
    far.title = "Far Province";
    far.artists = "The Nobodies";
    far.startedAtMs = QDateTime(today.addDays(-2), QTime(21, 40)).toMSecsSinceEpoch();
    far.outcome = PlayOutcome::Blocked;
    far.reasonCode = "territory_not_licensed";
    far.reason = "No licence for US";
    plays.push_back(far);
    {
        auto db = library::LibraryDb::open(library::LibraryDb::pathIn(fx.dataDir()));
        REQUIRE(db.ok());
        REQUIRE(history::HistoryStore(db->connection()).add(plays).ok());
    }

    auto& w = *fx.app().window();
    w.resize(1280, 760);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* action = w.findChild<QAction*>(QStringLiteral("reportAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* report = w.findChild<ui::ReportWindow*>();
    REQUIRE(report != nullptr);
    QSignalSpy shown(report, &ui::ReportWindow::reportShown);
    report->setPeriod(ui::ReportWindow::Period::Week);
    REQUIRE(shown.wait(10000));
    REQUIRE(QTest::qWaitForWindowExposed(report));
    QTest::qWait(300);
    const QString out = qEnvironmentVariableIsSet("ACCORD_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACCORD_SCREENSHOT_DIR")
                            : QStringLiteral("screenshots");
    QDir().mkpath(out);
    REQUIRE(report->exportPng(QDir(out).filePath(QStringLiteral("report-en.png"))));
}
