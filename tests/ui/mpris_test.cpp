// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// MPRIS driven by the real `playerctl` on a private session bus (CTest runs this under dbus-run-session).
#include "desktop/mpris_service.hpp"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

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
