// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// MPRIS driven by the real `playerctl` on a private session bus (CTest runs this under dbus-run-session).
#include "bridge/player_bridge.hpp"
#include "desktop/mpris_service.hpp"
#include "support/capture_rig.hpp"
#include "ui_fixture.hpp"
#include "windows/main_window.hpp"

#include <QAction>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "qt_catch.hpp"

using namespace accord::ui;

namespace {

/// Runs playerctl without blocking the event loop (the service under test answers on it).
QString playerctl(const QStringList& args)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral("playerctl"), QStringList{QStringLiteral("-p"), QStringLiteral("accord")} + args);
    if (!done.wait(10000)) {
        p.kill();
        p.waitForFinished(1000);
        FAIL("playerctl timed out: " << args.join(QLatin1Char(' ')).toStdString());
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

NowPlayingInfo track()
{
    NowPlayingInfo info;
    info.queueItemId = 7;
    info.path = QStringLiteral("/music/Open Skies.flac");
    info.title = QStringLiteral("Open Skies");
    info.artist = QStringLiteral("Accord Ensemble");
    info.album = QStringLiteral("Accord Demo");
    info.durationMs = 185000;
    return info;
}

} // namespace

TEST_CASE("playerctl reads state and metadata and controls playback over MPRIS", "[ui][mpris]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("playerctl")).isEmpty())
        FAIL("playerctl is not installed (packaging/install-deps.sh --tests installs it)");
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    MprisService mpris;
    REQUIRE(mpris.registerOnBus());
    CHECK(mpris.serviceName() == QStringLiteral("org.mpris.MediaPlayer2.accord"));

    CHECK(playerctl({QStringLiteral("status")}) == QStringLiteral("Stopped"));
    mpris.setTrack(track(), QStringLiteral("/music/cover.jpg"));
    mpris.setState(PlayState::Playing);
    mpris.setPosition(10000);
    mpris.setCanGoNext(true);
    mpris.setCanGoPrevious(true);
    CHECK(playerctl({QStringLiteral("status")}) == QStringLiteral("Playing"));
    CHECK(playerctl(
              {QStringLiteral("metadata"), QStringLiteral("--format"),
               QStringLiteral(
                   "{{mpris:trackid}}|{{title}}|{{artist}}|{{album}}|{{mpris:length}}|{{mpris:artUrl}}")}) ==
          QStringLiteral("'/org/accord/track/7'|Open Skies|Accord Ensemble|Accord "
                         "Demo|185000000|file:///music/cover.jpg"));
    CHECK(playerctl({QStringLiteral("position")}).startsWith(QStringLiteral("10")));

    QSignalSpy playPause(&mpris, &MprisService::playPauseRequested);
    QSignalSpy next(&mpris, &MprisService::nextRequested);
    QSignalSpy previous(&mpris, &MprisService::previousRequested);
    QSignalSpy stop(&mpris, &MprisService::stopRequested);
    QSignalSpy seek(&mpris, &MprisService::seekRequested);
    QSignalSpy volume(&mpris, &MprisService::volumeRequested);
    QSignalSpy repeat(&mpris, &MprisService::repeatRequested);
    playerctl({QStringLiteral("play-pause")});
    playerctl({QStringLiteral("next")});
    playerctl({QStringLiteral("previous")});
    playerctl({QStringLiteral("stop")});
    CHECK(playPause.count() == 1);
    CHECK(next.count() == 1);
    CHECK(previous.count() == 1);
    CHECK(stop.count() == 1);

    playerctl({QStringLiteral("position"), QStringLiteral("42")}); // SetPosition(trackid, 42 s)
    playerctl({QStringLiteral("position"), QStringLiteral("5+")}); // Seek(+5 s) from 10 s
    REQUIRE(seek.count() == 2);
    CHECK(seek.at(0).at(0).toLongLong() == 42000);
    CHECK(seek.at(1).at(0).toLongLong() == 15000);

    playerctl({QStringLiteral("volume"), QStringLiteral("0.4")});
    REQUIRE(volume.count() == 1);
    CHECK(volume.at(0).at(0).toDouble() == Approx(0.4));
    mpris.setVolume(0.4);
    CHECK(playerctl({QStringLiteral("volume")}).startsWith(QStringLiteral("0.4")));

    playerctl({QStringLiteral("loop"), QStringLiteral("Track")});
    REQUIRE(repeat.count() == 1);
    CHECK(repeat.at(0).at(0).value<RepeatState>() == RepeatState::One);
}

TEST_CASE("PropertiesChanged and Seeked reach a following playerctl", "[ui][mpris]")
{
    MprisService mpris;
    REQUIRE(mpris.registerOnBus());
    mpris.setTrack(track(), {});
    QProcess follow;
    follow.start(QStringLiteral("playerctl"),
                 {QStringLiteral("-p"), QStringLiteral("accord"), QStringLiteral("--follow"),
                  QStringLiteral("metadata"), QStringLiteral("--format"),
                  QStringLiteral("{{title}} {{status}}")});
    REQUIRE(follow.waitForStarted(5000));
    QSignalSpy output(&follow, &QProcess::readyReadStandardOutput);
    REQUIRE(output.wait(10000)); // the current state first
    QString seen = QString::fromUtf8(follow.readAllStandardOutput());
    NowPlayingInfo second = track();
    second.queueItemId = 8;
    second.title = QStringLiteral("Night Ferry");
    mpris.setTrack(second, {});
    mpris.setState(PlayState::Playing);
    for (int i = 0; i < 20 && !seen.contains(QStringLiteral("Night Ferry Playing")); ++i) {
        output.wait(500);
        seen += QString::fromUtf8(follow.readAllStandardOutput());
    }
    CHECK(seen.contains(QStringLiteral("Night Ferry Playing")));
    follow.kill();
    follow.waitForFinished(2000);

    // Seeked: a following playerctl prints the new position when the signal arrives.
    QProcess position;
    position.start(QStringLiteral("playerctl"), {QStringLiteral("-p"), QStringLiteral("accord"),
                                                 QStringLiteral("--follow"), QStringLiteral("position")});
    REQUIRE(position.waitForStarted(5000));
    QSignalSpy positionOut(&position, &QProcess::readyReadStandardOutput);
    positionOut.wait(3000); // the initial position
    position.readAllStandardOutput();
    mpris.notifySeeked(42000);
    QString after;
    for (int i = 0; i < 20 && !after.contains(QStringLiteral("42")); ++i) {
        positionOut.wait(500);
        after += QString::fromUtf8(position.readAllStandardOutput());
    }
    CHECK(after.contains(QStringLiteral("42")));
    position.kill();
    position.waitForFinished(2000);
}

namespace {

/// The window's menu action with `shortcut` (Play / Pause, Stop), as the keyboard reaches it.
QAction* actionFor(accord::ui::MainWindow& w, const QKeySequence& shortcut)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() == shortcut)
            return a;
    FAIL("no action for " << shortcut.toString().toStdString());
    return nullptr;
}

/// Milliseconds until a following playerctl prints `status` (-1: not within 5 s).
qint64 msUntilStatus(QProcess& follow, const QString& status, QString& seen)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
        seen += QString::fromUtf8(follow.readAllStandardOutput());
        if (seen.endsWith(status + QLatin1Char('\n')))
            return t.elapsed();
        QTest::qWait(5);
    }
    return -1;
}

} // namespace

TEST_CASE("pause and MPRIS says Paused at once, stop and it says Stopped at once", "[ui][mpris][rig]")
{
    // Real time: the sound card holds a real buffer, as one does while it is being stopped.
    accord::test::CaptureRig rig(1.0);
    accord::test::UiFixture fx(true, rig.dir() / "asound.conf");
    REQUIRE(fx.loadDemo());
    MainWindow& w = *fx.app().window();
    PlayerBridge& player = *fx.app().player();
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo" / "04 - Studio Master.flac").string())},
                     -1, true);
    for (int i = 0; i < 200 && (player.state() != PlayState::Playing || player.positionMs() < 500); ++i)
        QTest::qWait(50);
    REQUIRE(player.state() == PlayState::Playing);
    // A capped 24/96 track resampled to 48 kHz: its own length, not twice it.
    CHECK(playerctl({QStringLiteral("metadata"), QStringLiteral("mpris:length")}) ==
          QStringLiteral("8000000"));

    QProcess follow;
    follow.start(QStringLiteral("playerctl"), {QStringLiteral("-p"), QStringLiteral("accord"),
                                               QStringLiteral("--follow"), QStringLiteral("status")});
    REQUIRE(follow.waitForStarted(5000));
    QString seen;
    REQUIRE(msUntilStatus(follow, QStringLiteral("Playing"), seen) >= 0);

    actionFor(w, QKeySequence(Qt::CTRL | Qt::Key_Space))->trigger();
    const qint64 paused = msUntilStatus(follow, QStringLiteral("Paused"), seen);
    INFO("Paused after " << paused << " ms; playerctl printed: " << seen.toStdString());
    CHECK(paused >= 0);
    CHECK(paused < 250); // measured: ~10 ms; ~480 ms when the state waited for the device to stop

    actionFor(w, QKeySequence(Qt::CTRL | Qt::Key_Space))->trigger();
    REQUIRE(msUntilStatus(follow, QStringLiteral("Playing"), seen) >= 0);
    QTest::qWait(500);
    actionFor(w, QKeySequence(Qt::CTRL | Qt::Key_Period))->trigger();
    const qint64 stopped = msUntilStatus(follow, QStringLiteral("Stopped"), seen);
    INFO("Stopped after " << stopped << " ms; playerctl printed: " << seen.toStdString());
    CHECK(stopped >= 0);
    CHECK(stopped < 250); // measured: ~20 ms; over 5 s when it waited for the device to close
    follow.kill();
    follow.waitForFinished(2000);
}
