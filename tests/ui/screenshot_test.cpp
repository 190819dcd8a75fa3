// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Screenshots of the main window (English and Chinese, demo library, a track playing, a blocked track's
// explanation),
// taken under Xvfb by tests/ui/CMakeLists.txt and kept in $ACCORD_SCREENSHOT_DIR (default: ./screenshots).
#include "application/translations.hpp"
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "modal.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "support/audio_fixtures.hpp"
#include "ui_fixture.hpp"
#include "widgets/cover_view.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/transport_bar.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "qt_catch.hpp"

using namespace accord;

namespace {

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("ACCORD_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACCORD_SCREENSHOT_DIR")
                            : QStringLiteral("screenshots");
    QDir().mkpath(dir);
    return dir;
}

/// Selects the first row with `verdict` and asks for its explanation; true when the panel shows it.
bool explainFirst(ui::MainWindow& w, ui::Verdict verdict)
{
    auto* model = w.library()->trackModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->data(model->index(r, 0), ui::TrackTableModel::VerdictRole).toInt() != int(verdict))
            continue;
        w.library()->table()->selectRow(r);
        Q_EMIT w.explainRequested(model->storeIndexAt(r));
        for (int i = 0; i < 100 && !w.whyPanel()->isVisible(); ++i)
            QTest::qWait(50);
        return w.whyPanel()->isVisible();
    }
    return false;
}

void shoot(ui::MainWindow& w, const QString& name)
{
    QTest::qWait(300); // covers load on a worker thread; let them land
    const QImage image = w.grab().toImage();
    REQUIRE(!image.isNull());
    const QString file = QDir(screenshotDir()).filePath(name);
    REQUIRE(image.save(file));
    INFO(file.toStdString());
}

} // namespace

TEST_CASE("screenshots: demo library and a blocked track, English and Chinese", "[ui][screenshot]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    shoot(w, QStringLiteral("first-run-en.png"));
    REQUIRE(fx.loadDemo());
    w.library()->table()->selectRow(0);
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo").string())});
    REQUIRE(enqueued.wait(10000));
    CHECK(enqueued.at(0).at(0).toInt() == 9);
    shoot(w, QStringLiteral("library-en.png"));

    REQUIRE(explainFirst(w, ui::Verdict::Blocked));
    CHECK(w.whyPanel()->plainText().contains(QStringLiteral("Why can't I play")));
    shoot(w, QStringLiteral("blocked-en.png"));

    w.whyPanel()->hide();
    // Playing: the demo's preview-only track, with the demo's cover art and the "Preview 0:30" badge.
    int preview = -1;
    for (int r = 0; r < fx.app().queue()->rowCount() && preview < 0; ++r)
        if (fx.app().queue()->entries().at(r).verdict == ui::Verdict::Preview)
            preview = r;
    REQUIRE(preview >= 0);
    // The null device drains a whole preview in well under a second, so catch the track and pause it there;
    // the rare run that polls too late (the next track already playing) plays it again.
    const QString previewTitle = fx.app().queue()->entries().at(preview).title;
    bool caught = false;
    for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
        fx.app().player()->playIndex(preview, 3000);
        for (int i = 0;
             i < 2000 && !(w.windowTitle().contains(previewTitle) && w.nowPlaying()->cover()->hasCover());
             ++i)
            QTest::qWait(2);
        fx.app().player()->pause();
        QTest::qWait(150);
        caught = w.windowTitle().contains(previewTitle) &&
                 w.nowPlaying()->badges().contains(QStringLiteral("Preview 0:30"));
    }
    REQUIRE(caught);
    CHECK(w.nowPlaying()->cover()->hasCover());
    CHECK(w.windowTitle().contains(previewTitle));
    CHECK(w.nowPlaying()->badges().contains(QStringLiteral("Preview 0:30")));
    const QImage playing = w.grab().toImage();
    REQUIRE(playing.save(QDir(screenshotDir()).filePath(QStringLiteral("playing-en.png"))));
    fx.app().player()->stop();

    fx.app().saveSession(); // the Chinese window restores the queue from the English one's session
    ui::installTranslations(QStringLiteral("zh_CN"));
    fx.restart();
    auto& zh = *fx.app().window();
    zh.show();
    REQUIRE(QTest::qWaitForWindowExposed(&zh));
    auto* zhModel = zh.library()->trackModel();
    auto undecided = [zhModel] {
        if (zhModel->rowCount() == 0)
            return true;
        for (int r = 0; r < zhModel->rowCount(); ++r)
            if (zhModel->data(zhModel->index(r, 0), ui::TrackTableModel::VerdictRole).toInt() ==
                int(ui::Verdict::Unknown))
                return true;
        return false;
    };
    for (int i = 0; i < 600 && undecided(); ++i)
        QTest::qWait(100);
    REQUIRE_FALSE(undecided());
    CHECK(zh.statusText().contains(QStringLiteral("\u9996"))); // "首" as in 首曲目 / 1 首
    shoot(zh, QStringLiteral("library-zh_CN.png"));
    REQUIRE(explainFirst(zh, ui::Verdict::Blocked));
    CHECK(zh.whyPanel()->plainText().contains(
        QStringLiteral("\u4e3a\u4ec0\u4e48\u4e0d\u80fd\u64ad\u653e"))); // 为什么不能播放
    shoot(zh, QStringLiteral("blocked-zh_CN.png"));
}

namespace {

/// The walk-through's folder: $ACCORD_SCREENSHOT_DIR/walkthrough. docs/screenshots/walkthrough/ holds a
/// copy of a run's pictures.
QString walkthroughDir()
{
    const QString dir = QDir(screenshotDir()).filePath(QStringLiteral("walkthrough"));
    QDir().mkpath(dir);
    return dir;
}

void save(const QImage& image, const QString& name)
{
    REQUIRE(!image.isNull());
    // Quality 0: PNG's strongest compression; the pictures are kept in the repository.
    REQUIRE(image.save(QDir(walkthroughDir()).filePath(name), "PNG", 0));
}

/// Plays queue row `row` from 2 s in and pauses it as soon as the window shows it (the null device drains
/// audio far faster than real time); true when the window shows the track, paused.
bool playAndPause(test::UiFixture& fx, int row)
{
    const QString title = fx.app().queue()->entries().at(row).title;
    auto& w = *fx.app().window();
    for (int attempt = 0; attempt < 5; ++attempt) {
        fx.app().player()->playIndex(row, 2000);
        for (int i = 0; i < 2000 && !w.windowTitle().contains(title); ++i)
            QTest::qWait(2);
        fx.app().player()->pause();
        QTest::qWait(200);
        if (w.windowTitle().contains(title))
            return true;
    }
    return false;
}

void walkThrough(const QString& language)
{
    ui::installTranslations(language);
    test::UiFixture fx;
    fx.settings().setLanguage(language);
    // A fixed QA clock, so that the pictures are the same on every run.
    ui::ListenerContext qa;
    qa.territory = QStringLiteral("JP");
    qa.tier = QStringLiteral("svip");
    qa.at = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    fx.settings().setQa(qa);
    fx.restart();
    auto& w = *fx.app().window();
    w.resize(1200, 760);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const QString suffix = QLatin1Char('-') + language + QStringLiteral(".png");

    // 1. First run: an empty library.
    QTest::qWait(300);
    CHECK(w.library()->showingEmptyPage());
    save(w.grab().toImage(), QStringLiteral("01-first-run") + suffix);

    // 2. Settings: ReplayGain "Track gain" chosen on the Playback tab, then OK.
    REQUIRE(fx.loadDemo());
    auto opened = test::whenModal<ui::SettingsDialog>([suffix](ui::SettingsDialog* d) {
        d->tabs()->setCurrentIndex(1);
        auto* rg = d->tabs()->currentWidget()->findChildren<QComboBox*>().at(2); // device, rate, ReplayGain
        rg->setCurrentIndex(rg->findData(int(ui::ReplayGainMode::Track)));
        QTest::qWait(100);
        d->grab().toImage().save(QDir(walkthroughDir()).filePath(QStringLiteral("02-settings") + suffix),
                                 "PNG", 0);
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    Q_EMIT w.settingsRequested();
    REQUIRE(*opened);
    CHECK(fx.settings().replayGain() == ui::ReplayGainMode::Track);

    // 3. Playing a track (ReplayGain on), paused a moment in.
    // A copy of the demo's first track that carries ReplayGain tags (the demo's own files have none, so
    // they would play bit-perfect whatever the setting): the signal path must show the gain.
    const auto tagged = fx.dataDir() / "replaygain" / "Open Skies.flac";
    std::filesystem::create_directories(tagged.parent_path());
    std::filesystem::copy_file(fx.dataDir() / "demo" / "01 - Open Skies.flac", tagged,
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(fx.dataDir() / "demo" / "cover.png", tagged.parent_path() / "cover.png",
                               std::filesystem::copy_options::overwrite_existing);
    test::tagFile(tagged, {{"TITLE", "Open Skies"},
                           {"ARTIST", "Accord Ensemble"},
                           {"ALBUM", "Accord Demo"},
                           {"ISRC", "QZDA82600001"},
                           {"REPLAYGAIN_TRACK_GAIN", "-6.00 dB"},
                           {"REPLAYGAIN_TRACK_PEAK", "0.700000"}});
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString(tagged.string())});
    REQUIRE(enqueued.wait(10000));
    REQUIRE(playAndPause(fx, 0));
    QTest::qWait(300);
    CHECK(w.nowPlaying()->signalPathText().contains(QStringLiteral("-6.00 dB")));
    CHECK(!w.nowPlaying()->badges().contains(QStringLiteral("Bit-perfect")));
    save(w.grab().toImage(), QStringLiteral("03-playing") + suffix);

    // 4. The why panel of a blocked track.
    REQUIRE(explainFirst(w, ui::Verdict::Blocked));
    QTest::qWait(200);
    save(w.grab().toImage(), QStringLiteral("04-why-panel") + suffix);
    w.whyPanel()->hide();

    // 5. QA mode (JP, SVIP, 2025-06-01): switched on in Settings; the library is decided again.
    QSignalSpy decided(fx.app().library(), &ui::LibraryService::decisionsFinished);
    auto qaOpened = test::whenModal<ui::SettingsDialog>([](ui::SettingsDialog* d) {
        d->tabs()->setCurrentIndex(3);
        d->setQaEnabled(true);
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    Q_EMIT w.settingsRequested();
    REQUIRE(*qaOpened);
    REQUIRE(decided.wait(30000));
    QTest::qWait(300);
    save(w.grab().toImage(), QStringLiteral("05-qa-mode") + suffix);

    // 6. A 1024x600 screen.
    w.resize(1024, 600);
    QTest::qWait(400);
    save(w.grab().toImage(), QStringLiteral("06-1024x600") + suffix);
    fx.app().player()->stop();
    ui::installTranslations(QStringLiteral("en"));
}

} // namespace

TEST_CASE(
    "walk-through: first run, settings with ReplayGain, playing, why panel, QA mode, 1024x600, in English "
    "and Chinese",
    "[ui][screenshot][walkthrough]")
{
    walkThrough(QStringLiteral("en"));
    walkThrough(QStringLiteral("zh_CN"));
}
