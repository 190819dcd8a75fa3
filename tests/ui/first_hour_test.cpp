// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What a listener does in the first hour, on the real MainWindow (offscreen), the real player (null ALSA
// device), library service and gate, and the real `accord` executable: a file started from the command line,
// closing with the tray icon shown, a second Accord with another data folder, each folder's own queue.
#include "application/translations.hpp"
#include "bridge/player_bridge.hpp"
#include "modal.hpp"
#include "models/queue_model.hpp"
#include "support/audio_fixtures.hpp"
#include "support/capture_rig.hpp"
#include "support/command.hpp"
#include "ui_fixture.hpp"
#include "windows/main_window.hpp"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <fstream>
#include <map>

#include "qt_catch.hpp"

using namespace accord;

TEST_CASE("start accord with a file and see its title and artist, not its file name", "[ui][listener]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::TempDir files{"accord-file"};
    const auto wav = files.path() / "track07.wav";
    const auto flac = files.path() / "track07.flac";
    test::makeWav(wav, 20.0, 3);
    test::encode(wav, flac);
    test::tagFile(flac, {{"TITLE", "Harbour Lights"}, {"ARTIST", "The Test Band"}, {"ALBUM", "Night Ferry"}});
    const QString path = QString::fromStdString(flac.string());

    test::UiFixture fx; // an empty library: the file is not in it
    auto& w = *fx.app().window();
    w.show();
    QStringList titles;
    QObject::connect(&w, &QWidget::windowTitleChanged, &w, [&titles](const QString& t) { titles << t; });
    // Paused as soon as it starts: the null device would otherwise play 20 s in a blink.
    QObject::connect(fx.app().player(), &ui::PlayerBridge::trackChanged, fx.app().player(),
                     [&fx](const ui::NowPlayingInfo& i) {
                         if (i.valid())
                             fx.app().player()->pause();
                     });
    fx.app().enqueue({path}, -1, true); // what `accord FILE` does (app/accord/main.cpp)

    auto* queue = fx.app().queue();
    for (int i = 0; i < 200 && !(queue->rowCount() == 1 &&
                                 queue->entries().at(0).title == QStringLiteral("Harbour Lights"));
         ++i)
        QTest::qWait(25);
    REQUIRE(queue->rowCount() == 1);
    CHECK(queue->entries().at(0).title == QStringLiteral("Harbour Lights"));
    CHECK(queue->entries().at(0).artist == QStringLiteral("The Test Band"));
    for (int i = 0; i < 200 && !titles.contains(QStringLiteral("The Test Band \u2014 Harbour Lights")); ++i)
        QTest::qWait(25);
    INFO(titles.join(QStringLiteral(" | ")).toStdString());
    CHECK(titles.contains(QStringLiteral("The Test Band \u2014 Harbour Lights")));
    for (const QString& t : titles)
        CHECK_FALSE(t.contains(QStringLiteral("track07")));
}

TEST_CASE("close the window with the tray shown and keep running, asked only once", "[ui][listener][tray]")
{
    ui::installTranslations(QStringLiteral("en"));
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false); // a window that does close must not end the test run
    test::UiFixture fx;
    auto* w = fx.app().window();
    // The offscreen platform has no tray; on a desktop with one, UiApplication sets this from TrayIcon.
    w->setTrayShown(true);
    w->show();
    QSignalSpy closing(w, &ui::MainWindow::closing);

    SECTION("keep running")
    {
        QString question;
        auto asked = test::whenModal<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(QStringLiteral("Keep running")))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        CHECK_FALSE(w->close()); // the close is turned into hiding
        CHECK(*asked);
        CHECK(question.contains(QStringLiteral("tray")));
        CHECK_FALSE(w->isVisible());
        CHECK(closing.isEmpty());
        REQUIRE(fx.settings().keepRunningInTray().has_value());
        CHECK(*fx.settings().keepRunningInTray());

        // Shown again from the tray and closed again: not asked a second time, and after a restart neither.
        w->show();
        auto askedAgain = test::whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); });
        CHECK_FALSE(w->close());
        QTest::qWait(100);
        CHECK_FALSE(*askedAgain);
        CHECK_FALSE(w->isVisible());
        fx.restart();
        w = fx.app().window();
        w->setTrayShown(true);
        w->show();
        CHECK_FALSE(w->close());
        QTest::qWait(100);
        CHECK_FALSE(*askedAgain);
        CHECK_FALSE(w->isVisible());
    }
    SECTION("quit")
    {
        auto asked = test::whenModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(QStringLiteral("Quit")))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        CHECK(w->close());
        CHECK(*asked);
        CHECK(closing.count() == 1);
        REQUIRE(fx.settings().keepRunningInTray().has_value());
        CHECK_FALSE(*fx.settings().keepRunningInTray());
    }
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

TEST_CASE("each data folder keeps its own queue", "[ui][listener][session]")
{
    test::TempDir dir{"accord-session"};
    const auto alsa = dir.path() / "asound.conf";
    std::ofstream(alsa) << "pcm.default { type null }\n";
    qputenv("ALSA_CONFIG_PATH", QByteArray::fromStdString(alsa.string()));
    const auto wav = dir.path() / "a.wav";
    test::makeWav(wav, 1.0, 1);
    const QString file = QString::fromStdString(wav.string());
    QSettings qs(QString::fromStdString((dir.path() / "accord.conf").string()), QSettings::IniFormat);
    ui::AppSettings settings(&qs);

    auto session = [&](const char* folder, bool enqueue) {
        playback::Player player;
        ui::UiApplication::Options options;
        options.dataDir = dir.path() / folder;
        options.registerMpris = false;
        options.trayIcon = false;
        ui::UiApplication app(player, settings, options);
        if (enqueue) {
            QSignalSpy enqueued(&app, &ui::UiApplication::enqueued);
            app.enqueue({file});
            REQUIRE(enqueued.wait(10000));
        }
        const int rows = app.queue()->rowCount();
        app.saveSession();
        return rows;
    };
    CHECK(session("music-a", true) == 1);
    CHECK(session("music-b", false) == 0); // another folder: not A's queue
    CHECK(session("music-a", false) == 1); // A's queue is still A's
}

#ifdef ACCORD_GUI_PATH
TEST_CASE("start a second accord with another data folder and it runs its own window instead of exiting",
          "[ui][listener][process]")
{
    // A private desktop (user-testing.md): own settings, own runtime and temp folders, so its own socket.
    test::TempDir home{"accord-instances"};
    const auto root = home.path();
    for (const char* d : {"data", "config", "cache", "run", "tmp"})
        std::filesystem::create_directories(root / d);
    std::filesystem::permissions(root / "run", std::filesystem::perms::owner_all);
    std::ofstream(root / "asound.conf") << "pcm.default { type null }\n";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto q = [&root](const char* d) { return QString::fromStdString((root / d).string()); };
    env.insert(QStringLiteral("XDG_DATA_HOME"), q("data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), q("config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), q("cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), q("run"));
    env.insert(QStringLiteral("TMPDIR"), q("tmp"));
    env.insert(QStringLiteral("ALSA_CONFIG_PATH"), q("asound.conf"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no MPRIS name clash with a real session

    auto start = [&](QProcess& p, const QStringList& args) {
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(ACCORD_GUI_PATH));
        p.setArguments(args);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        REQUIRE(p.waitForStarted(10000));
    };
    auto waitFor = [](const std::filesystem::path& file) {
        for (int i = 0; i < 600 && !std::filesystem::exists(file); ++i)
            QTest::qWait(100);
        return std::filesystem::exists(file);
    };
    QProcess first;
    start(first, {QStringLiteral("--data-dir"), q("music-a")});
    REQUIRE(waitFor(root / "music-a" / "library.db"));
    QTest::qWait(500); // listening by now: the socket opens before the window

    QProcess second;
    start(second, {QStringLiteral("--data-dir"), q("music-b")});
    const bool exited = second.waitForFinished(4000);
    CHECK_FALSE(exited); // still running: its own Accord, not handed to the first
    CHECK(waitFor(root / "music-b" / "library.db"));

    // The same folder again is handed to the first instance, which takes the file; this one ends at once.
    QProcess third;
    start(third, {QStringLiteral("--data-dir"), q("music-a"), q("asound.conf")});
    REQUIRE(third.waitForFinished(30000));
    CHECK(third.exitStatus() == QProcess::NormalExit);
    CHECK(third.exitCode() == 0);
    CHECK(first.state() == QProcess::Running);

    for (QProcess* p : {&first, &second}) {
        p->terminate();
        if (!p->waitForFinished(10000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
}

TEST_CASE("start the real accord with a file and its MPRIS title and artist are the file's tags",
          "[ui][listener][process]")
{
    // The real executable on a private D-Bus session bus, with a private desktop, playing in real time into
    // the capture rig (a null device would play the whole file before anyone could look).
    test::TempDir home{"accord-file-arg"};
    const auto root = home.path();
    for (const char* d : {"data", "config", "cache", "run", "tmp"})
        std::filesystem::create_directories(root / d);
    std::filesystem::permissions(root / "run", std::filesystem::perms::owner_all);
    const auto wav = root / "track07.wav";
    const auto flac = root / "track07.flac";
    test::makeWav(wav, 20.0, 5);
    test::encode(wav, flac);
    test::tagFile(flac, {{"TITLE", "Harbour Lights"}, {"ARTIST", "The Test Band"}});
    test::CaptureRig rig(1.0);
    auto dir = [&root](const char* d) { return test::shellQuote((root / d).string()); };
    const std::string script =
        "\"$0\" --data-dir \"$1\" \"$2\" 2>/dev/null & pid=$!; t=; i=0; "
        "while [ $i -lt 150 ]; do t=$(playerctl -p accord metadata xesam:title 2>/dev/null); "
        "[ -n \"$t\" ] && [ \"$t\" != track07 ] && break; i=$((i+1)); sleep 0.2; done; "
        "echo \"title=$t\"; echo \"artist=$(playerctl -p accord metadata xesam:artist 2>/dev/null)\"; "
        "kill $pid; wait $pid";
    const std::string command = "env XDG_DATA_HOME=" + dir("data") + " XDG_CONFIG_HOME=" + dir("config") +
                                " XDG_CACHE_HOME=" + dir("cache") + " XDG_RUNTIME_DIR=" + dir("run") +
                                " TMPDIR=" + dir("tmp") + " QT_QPA_PLATFORM=offscreen " + rig.environment() +
                                " dbus-run-session -- sh -c " + test::shellQuote(script) + " " +
                                test::shellQuote(ACCORD_GUI_PATH) + " " + dir("library") + " " +
                                test::shellQuote(flac.string()) + " 2>/dev/null";
    const test::CommandRun run = test::runCommand(command);
    INFO(run.out);
    CHECK(run.out.find("title=Harbour Lights\n") != std::string::npos);
    CHECK(run.out.find("artist=The Test Band\n") != std::string::npos);
}
#endif

TEST_CASE("every keyboard shortcut of the window does one thing", "[ui][listener][shortcuts]")
{
    // Two actions with the same shortcut make Qt call it ambiguous and run neither: the key does nothing.
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    std::map<QString, QString> owner; // shortcut -> the action's text
    int shortcuts = 0;
    for (QAction* a : w.findChildren<QAction*>()) {
        for (const QKeySequence& k : a->shortcuts()) {
            if (k.isEmpty())
                continue;
            ++shortcuts;
            const QString key = k.toString(QKeySequence::PortableText);
            const QString text = a->text().remove(QLatin1Char('&'));
            INFO(key.toStdString() << ": " << owner[key].toStdString() << " and " << text.toStdString());
            CHECK((owner[key].isEmpty() || owner[key] == text));
            owner[key] = text;
        }
    }
    CHECK(shortcuts >= 10);                                  // the menus were really built
    CHECK(owner.count(QStringLiteral("Ctrl+Shift+S")) == 1); // Save Queue as Playlist
    CHECK(owner.count(QStringLiteral("Ctrl+Shift+Y")) == 1); // Sync Now
}
