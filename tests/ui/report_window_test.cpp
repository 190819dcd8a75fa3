// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The listening history through the real window: View > Listening Report on a generated history (the
// figures, the chart by hour, the top lists and blocked attempts shown, Export as PNG), plays of the demo
// recorded by the real player, Settings > History turned off (nothing recorded), and Clear History.
#include "bridge/history_service.hpp"
#include "bridge/player_bridge.hpp"
#include "history/history_store.hpp"
#include "library/library_db.hpp"
#include "modal.hpp"
#include "support/temp_dir.hpp"
#include "ui_fixture.hpp"
#include "windows/history_tab.hpp"
#include "windows/main_window.hpp"
#include "windows/report_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "qt_catch.hpp"

using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

namespace {

constexpr std::int64_t kMin = 60'000;

// Local wall-clock time `daysAgo` days before today, as the report window's periods count days.
std::int64_t localMs(int daysAgo, int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(hour, minute)).toMSecsSinceEpoch();
}

PlayRecord rec(const char* title, const char* artists, const char* album, std::int64_t at, std::int64_t heard,
               PlayOutcome outcome = PlayOutcome::Played, std::uint32_t rate = 44100, std::uint16_t bits = 16)
{
    PlayRecord r;
    r.path = std::string("/music/") + title + ".flac";
    r.title = title;
    r.artists = artists;
    r.album = album;
    r.startedAtMs = at;
    r.heardMs = heard;
    r.finished = true;
    r.outcome = outcome;
    r.sampleRate = rate;
    r.bitDepth = bits;
    return r;
}

void store(const std::filesystem::path& dataDir, const std::vector<PlayRecord>& plays)
{
    auto db = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
    REQUIRE(db.ok());
    REQUIRE(history::HistoryStore(db->connection()).add(plays).ok());
}

std::int64_t countPlays(const std::filesystem::path& dataDir, bool blocked)
{
    auto db = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
    REQUIRE(db.ok());
    auto all = history::HistoryStore(db->connection()).all();
    REQUIRE(all.ok());
    return std::count_if(all->begin(), all->end(),
                         [&](const PlayRecord& r) { return (r.outcome == PlayOutcome::Blocked) == blocked; });
}

QAction* actionNamed(ui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QLatin1String(name));
    REQUIRE(a != nullptr);
    return a;
}

ui::ReportWindow* openReport(test::UiFixture& fx)
{
    actionNamed(*fx.app().window(), "reportAction")->trigger();
    auto* report = fx.app().window()->findChild<ui::ReportWindow*>();
    REQUIRE(report != nullptr);
    REQUIRE(report->isVisible());
    return report;
}

// Opens Settings through its menu item, lets `edit` act on the History page, then presses OK.
void onHistoryPage(ui::MainWindow& w, const std::function<void(ui::HistoryTab&)>& edit)
{
    bool done = false;
    auto ran = test::whenModal<ui::SettingsDialog>([&](ui::SettingsDialog* d) {
        auto* tab = d->findChild<ui::HistoryTab*>();
        if (tab)
            edit(*tab);
        done = tab != nullptr;
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    actionNamed(w, "settingsAction")->trigger();
    REQUIRE(*ran);
    REQUIRE(done);
}

QString demoFile(const test::UiFixture& fx, const char* name)
{
    return QString::fromStdString((fx.dataDir() / "demo" / name).string());
}

} // namespace

TEST_CASE("listening report window: the figures, chart, top lists and blocked attempts of a history",
          "[ui][app][history]")
{
    test::UiFixture fx;
    PlayRecord beta =
        rec("Beta", "Ann", "First", localMs(2, 21, 0), 20 * kMin, PlayOutcome::Played, 96000, 24);
    PlayRecord blocked = rec("Delta", "Dan", "", localMs(1, 9, 0), 0, PlayOutcome::Blocked, 0, 0);
    blocked.finished = false;
    blocked.reasonCode = "territory_not_licensed";
    blocked.reason = "No licence for CN";
    store(fx.dataDir(),
          {
              rec("Alpha", "Ann", "First", localMs(1, 7, 30), 45 * kMin), // 07:30-08:15
              rec("Alpha", "Ann", "First", localMs(3, 8, 0), 10 * kMin), beta,
              rec("Gamma", "Cat", "Second", localMs(1, 22, 0), 30'000, PlayOutcome::Preview), blocked,
              rec("Old", "Ann", "First", localMs(40, 12, 0), 60 * kMin), // not this week
          });
    auto* report = openReport(fx);
    QSignalSpy shown(report, &ui::ReportWindow::reportShown);
    report->setPeriod(ui::ReportWindow::Period::Week);
    REQUIRE(shown.wait(10000));

    CHECK(report->hoursLabel()->text() == QStringLiteral("1 h 16 min")); // 45 + 10 + 20 + 0.5 minutes
    CHECK(report->playsLabel()->text() == QStringLiteral("4"));
    CHECK(report->hiResLabel()->text() == QLocale().toString(20.0 / 75.5 * 100, 'f', 1) + QLatin1Char('%'));
    CHECK(report->previewLabel()->text() == QLocale().toString(25.0, 'f', 1) + QLatin1Char('%'));
    CHECK(report->blockedLabel()->text() == QStringLiteral("1"));
    const QList<double> minutes = report->chartMinutes();
    REQUIRE(minutes.size() == 24);
    CHECK(minutes[7] == Approx(30.0));
    CHECK(minutes[8] == Approx(25.0)); // Alpha's last 15 minutes and the other Alpha's 10
    CHECK(minutes[21] == Approx(20.0));
    CHECK(minutes[22] == Approx(0.5));
    CHECK(minutes[12] == Approx(0.0)); // "Old" is outside the week

    REQUIRE(report->topTracks()->topLevelItemCount() == 3);
    CHECK(report->topTracks()->topLevelItem(0)->text(1) == QStringLiteral("Alpha"));
    CHECK(report->topTracks()->topLevelItem(0)->text(4) == QStringLiteral("2"));
    CHECK(report->topArtists()->topLevelItem(0)->text(1) == QStringLiteral("Ann"));
    CHECK(report->topAlbums()->topLevelItem(0)->text(1) == QStringLiteral("First"));
    REQUIRE(report->blockedTree()->topLevelItemCount() == 1);
    CHECK(report->blockedTree()->topLevelItem(0)->text(1) == QStringLiteral("Delta"));
    CHECK(report->blockedTree()->topLevelItem(0)->text(3).contains(QStringLiteral("territory"),
                                                                   Qt::CaseInsensitive));
    // By plays: Alpha (2) first, then Beta and Gamma (1 each) by name.
    report->rankBy()->setCurrentIndex(1);
    CHECK(report->topTracks()->topLevelItem(1)->text(1) == QStringLiteral("Beta"));
    CHECK(report->topTracks()->topLevelItem(2)->text(1) == QStringLiteral("Gamma"));

    // A year includes the old play.
    report->setPeriod(ui::ReportWindow::Period::Year);
    REQUIRE(shown.wait(10000));
    CHECK(report->hoursLabel()->text() == QStringLiteral("2 h 16 min"));
    CHECK(report->chartMinutes()[12] == Approx(60.0));

    test::TempDir out;
    const QString png = QString::fromStdString((out / "report.png").string());
    REQUIRE(report->exportPng(png));
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == report->size() * report->devicePixelRatio());
}

TEST_CASE("plays in the window are recorded, History off records nothing, Clear History empties it",
          "[ui][app][history]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    QSignalSpy finished(fx.app().player(), &ui::PlayerBridge::queueFinished);
    // Last Summer: its licence ended (a blocked attempt); Open Skies plays to its end.
    fx.app().enqueue({demoFile(fx, "02 - Last Summer.flac"), demoFile(fx, "01 - Open Skies.flac")}, -1, true);
    REQUIRE(finished.wait(30000));
    fx.app().history()->flush();
    CHECK(countPlays(fx.dataDir(), false) == 1);
    CHECK(countPlays(fx.dataDir(), true) == 1);
    {
        auto db = library::LibraryDb::open(library::LibraryDb::pathIn(fx.dataDir()));
        REQUIRE(db.ok());
        auto all = history::HistoryStore(db->connection()).all();
        REQUIRE(all.ok());
        for (const PlayRecord& r : *all) {
            if (r.outcome == PlayOutcome::Blocked) {
                CHECK(r.title == "Last Summer"); // the library's snapshot
                CHECK(r.reasonCode == "licence_ended");
            } else {
                CHECK(r.title == "Open Skies");
                CHECK(r.finished);
                CHECK(r.trackId);
                CHECK(r.heardMs == 9000); // the demo track's 9 s, from the frames played
                CHECK(r.durationMs == 9000);
            }
        }
    }

    // Off: the same queue again records nothing.
    onHistoryPage(*fx.app().window(), [](ui::HistoryTab& tab) { tab.keepCheck()->setChecked(false); });
    CHECK_FALSE(fx.settings().keepHistory());
    finished.clear();
    fx.app().player()->playIndex(0);
    REQUIRE(finished.wait(30000));
    fx.app().history()->flush();
    CHECK(countPlays(fx.dataDir(), false) == 1);
    CHECK(countPlays(fx.dataDir(), true) == 1);

    // Clear History asks first; Cancel keeps it, Yes deletes it.
    QSignalSpy cleared(fx.app().history(), &ui::HistoryService::cleared);
    onHistoryPage(*fx.app().window(), [](ui::HistoryTab& tab) {
        auto ran =
            test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        tab.clearButton()->click();
    });
    fx.app().history()->flush();
    CHECK(cleared.isEmpty());
    CHECK(countPlays(fx.dataDir(), false) == 1);
    onHistoryPage(*fx.app().window(), [](ui::HistoryTab& tab) {
        auto ran =
            test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        tab.clearButton()->click();
    });
    REQUIRE((cleared.count() == 1 || cleared.wait(10000)));
    CHECK(cleared.at(0).at(0).toLongLong() == 2);
    CHECK(countPlays(fx.dataDir(), false) == 0);
    CHECK(countPlays(fx.dataDir(), true) == 0);

    // On again: recording resumes.
    onHistoryPage(*fx.app().window(), [](ui::HistoryTab& tab) { tab.keepCheck()->setChecked(true); });
    finished.clear();
    fx.app().player()->playIndex(1);
    REQUIRE(finished.wait(30000));
    fx.app().history()->flush();
    CHECK(countPlays(fx.dataDir(), false) == 1);
}
