// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The Lyrics tab as a listener uses it, on the capture rig as the sound card (paced, twice real time): a
// track with a .lrc beside it plays, the highlighted line follows the position the player reports from the
// frames the device played, a click on a line seeks there, the offset buttons move the lines and are
// remembered for the track; a track without lyrics says so. A screenshot of Chinese and Latin lyrics goes
// to the build's screenshots folder (the README's docs/screenshots/lyrics-en.png).
#include "application/app_settings.hpp"
#include "audio/pcm_writer.hpp"
#include "bridge/player_bridge.hpp"
#include "support/audio_fixtures.hpp"
#include "support/capture_rig.hpp"
#include "ui_fixture.hpp"
#include "widgets/lyrics_pane.hpp"
#include "windows/lyrics_controller.hpp"
#include "windows/main_window.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <vector>

#include "qt_catch.hpp"

using namespace accord;

namespace {

// The .lrc's times (ms) in the order they show; written out of order, with an offset of 0.
const std::vector<qint64> kTimes{500, 2000, 3500, 5000, 6500, 8000};
const char* const kLrc = "\xEF\xBB\xBF[ti:晴天 Sunny]\n[ar:Accord Ensemble]\n"
                         "[00:02.00]故事的小黄花 The little yellow flower\n"
                         "[00:00.50]晴天 · Sunny day\n"
                         "[00:03.50]从出生那年就飘着 drifting since the year I was born\n"
                         "[00:05.00]日本語とEnglish、混ざった行\n"
                         "[00:06.50]\n"
                         "[00:08.00]한국어 and Ελληνικά, the last line\n";

int expectedLine(qint64 ms)
{
    int line = -1;
    for (std::size_t i = 0; i < kTimes.size(); ++i)
        if (kTimes[i] <= ms)
            line = static_cast<int>(i);
    return line;
}

struct Session {
    test::CaptureRig rig{2.0};
    test::UiFixture fx{false, rig.dir() / "asound.conf"};

    Session() { REQUIRE(fx.loadDemo()); }
    ui::MainWindow& window() { return *fx.app().window(); }
    ui::PlayerBridge& player() { return *fx.app().player(); }
    ui::LyricsPane& pane() { return *fx.app().lyrics()->pane(); }

    /// A 10 s track the demo catalogue knows (by ISRC), so it plays on the free tier.
    QString track(const std::string& name)
    {
        const auto file = rig.dir() / name;
        REQUIRE(audio::writePcmFile(file, {audio::Container::Flac, 44100, 2, 16},
                                    audio::synthesizeSignal(44100, 2, 16, 10 * 44100, 7, 0.5))
                    .ok());
        test::tagFile(file,
                      {{"TITLE", "Open Skies"}, {"ARTIST", "Accord Ensemble"}, {"ISRC", "QZDA82600001"}});
        return QString::fromStdString(file.string());
    }

    /// Shows the Lyrics tab the way a listener does: a click on its tab.
    void openLyricsTab()
    {
        QTabWidget* tabs = window().sideTabs();
        const int index = tabs->indexOf(&pane());
        REQUIRE(index >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
        REQUIRE(tabs->currentWidget() == &pane());
    }
};

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(ACCORD_SCREENSHOT_DIR_DEFAULT);
    QDir().mkpath(dir);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

/// Runs the event loop until `done` (true) or `ms` pass (false).
bool waitUntil(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

struct Sample {
    qint64 positionMs;
    qint64 offsetMs;
    int line;
};

} // namespace

TEST_CASE("play a track with a .lrc beside it: the highlighted line follows the frames played, a click "
          "seeks to its line, the offset is remembered",
          "[ui][app][rig][lyrics]")
{
    Session s;
    const QString path = s.track("晴天 Sunny.flac");
    test::writeFile(s.rig.dir() / "晴天 Sunny.lrc", kLrc);
    s.window().resize(1280, 800);
    s.window().show();
    s.openLyricsTab();
    CHECK(s.pane().stateLabel()->isVisible());

    // Sampled after the pane has taken each position (its connection was made first).
    std::vector<Sample> samples;
    QObject::connect(&s.player(), &ui::PlayerBridge::positionChanged, &s.pane(), [&](qint64 ms) {
        if (s.pane().lyrics() != nullptr)
            samples.push_back({ms, s.pane().offsetMs(), s.pane().currentLine()});
    });
    QSignalSpy finished(&s.player(), &ui::PlayerBridge::queueFinished);
    s.fx.app().enqueue({path}, -1, true);
    REQUIRE(waitUntil([&] { return s.pane().lyrics() != nullptr; }, 20000));
    REQUIRE(s.pane().lyrics()->synced);
    CHECK(s.pane().lyrics()->source == "lrc_file");
    QListWidget* lines = s.pane().lines();
    REQUIRE(lines->count() == 6);
    CHECK(lines->item(4)->text() == QStringLiteral("\u266A")); // the empty line: a pause
    CHECK(s.pane()
              .findChild<QLabel*>(QStringLiteral("lyricsSource"))
              ->text()
              .contains(QStringLiteral("晴天 Sunny.lrc")));

    // Into the fourth line (5.0-6.5 s): look at the pane there.
    REQUIRE(waitUntil([&] { return s.player().positionMs() >= 5200; }, 20000));
    screenshot(s.window(), QStringLiteral("lyrics-en.png"));
    screenshot(s.pane(), QStringLiteral("lyrics-pane.png"));
    CHECK(s.pane().currentLine() >= 3);

    // A click on the second line seeks to 2.0 s: the position and the highlight go back there.
    const QRect second = lines->visualItemRect(lines->item(1));
    QTest::mouseClick(lines->viewport(), Qt::LeftButton, {}, second.center());
    REQUIRE(
        waitUntil([&] { return s.player().positionMs() >= 2000 && s.player().positionMs() < 3000; }, 5000));
    REQUIRE(waitUntil([&] { return s.pane().currentLine() == 1; }, 2000));

    // Three clicks on "+": lines come 0.3 s sooner, shown and remembered for this track.
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(s.pane().earlierButton(), Qt::LeftButton);
    CHECK(s.pane().offsetMs() == 300);
    CHECK(s.pane().offsetLabel()->text() == QStringLiteral("+0.3 s"));
    CHECK(s.fx.settings().lyricsOffsetMs(path) == 300);

    REQUIRE((!finished.isEmpty() || finished.wait(30000)));
    REQUIRE(samples.size() > 20);
    bool sawSeekBack = false;
    std::vector<bool> seen(kTimes.size(), false);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const Sample& x = samples[i];
        INFO("position " << x.positionMs << " ms, offset " << x.offsetMs);
        CHECK(x.line == expectedLine(x.positionMs + x.offsetMs));
        if (x.line >= 0)
            seen[static_cast<std::size_t>(x.line)] = true;
        sawSeekBack = sawSeekBack || (i > 0 && x.positionMs + 1000 < samples[i - 1].positionMs);
    }
    CHECK(sawSeekBack);
    for (std::size_t i = 0; i < seen.size(); ++i)
        CHECK(seen[i]); // every line had its turn, at 2x real time and ~20 position reports a second

    // Played again later, the track keeps its offset.
    s.fx.app().enqueue({path}, -1, true);
    REQUIRE(waitUntil([&] { return s.pane().lyrics() != nullptr; }, 20000));
    CHECK(s.pane().offsetMs() == 300);
    s.player().stop();
}

TEST_CASE("a track without lyrics says so, and embedded plain lyrics show unsynced", "[ui][app][lyrics]")
{
    Session s;
    s.window().show();
    s.openLyricsTab();
    const QString bare = s.track("bare.flac");
    s.fx.app().enqueue({bare}, -1, true);
    REQUIRE(waitUntil([&] { return s.pane().stateLabel()->text().startsWith(QStringLiteral("No lyrics")); },
                      20000));
    CHECK(s.pane().stateLabel()->isVisible());
    CHECK(s.pane().lyrics() == nullptr);
    s.player().stop();

    const QString plain = s.track("plain.flac");
    test::tagFile(plain.toStdString(), {{"TITLE", "Open Skies"},
                                        {"ISRC", "QZDA82600001"},
                                        {"UNSYNCEDLYRICS", "第一行 first line\n\nsecond verse"}});
    s.fx.app().enqueue({plain}, -1, true);
    REQUIRE(waitUntil([&] { return s.pane().lyrics() != nullptr; }, 20000));
    CHECK_FALSE(s.pane().lyrics()->synced);
    CHECK(s.pane().lines()->count() == 3);
    CHECK(s.pane().lines()->item(0)->text() == QStringLiteral("第一行 first line"));
    CHECK_FALSE(s.pane().earlierButton()->isVisible()); // no offset for unsynced text
    QTest::qWait(500);
    CHECK(s.pane().currentLine() == -1);
    s.player().stop();
}
