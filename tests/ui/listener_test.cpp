// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What a listener does in the first hour, on the real main window (real player, library worker, watcher
// and gate; real music folders written here), driven with key and mouse events on the real widgets.
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "support/audio_fixtures.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/transport_bar.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <filesystem>
#include <functional>

#include "qt_catch.hpp"

using namespace accord;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

QString qPath(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

/// The visible table row showing `path`, or -1.
int rowOfPath(ui::MainWindow* w, const std::filesystem::path& path)
{
    const ui::TrackTableModel* model = w->library()->trackModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0), ui::TrackTableModel::PathRole).toString() == qPath(path))
            return r;
    return -1;
}

int rowOfTitle(ui::MainWindow* w, const QString& title)
{
    const ui::TrackTableModel* model = w->library()->trackModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, ui::TrackTableModel::Title)).toString() == title)
            return r;
    return -1;
}

QStringList visibleTitles(ui::MainWindow* w)
{
    const ui::TrackTableModel* model = w->library()->trackModel();
    QStringList titles;
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->data(model->index(r, ui::TrackTableModel::Title)).toString();
    return titles;
}

/// Shows the window and makes it the active one, so that shortcuts and Tab reach it.
void showActive(ui::MainWindow* w)
{
    w->show();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    REQUIRE(QTest::qWaitForWindowActive(w));
}

QPoint centreOfRow(QTableView* table, int row)
{
    table->scrollTo(table->model()->index(row, ui::TrackTableModel::Title));
    return table->visualRect(table->model()->index(row, ui::TrackTableModel::Title)).center();
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("ACCORD_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACCORD_SCREENSHOT_DIR")
                            : QStringLiteral("screenshots");
    QDir().mkpath(dir);
    return dir;
}

/// What the tooltip says when the mouse rests on a row's title; with `shotName`, the tooltip as shown
/// is saved too.
QString tooltipOfRow(ui::MainWindow* w, int row, const QString& shotName = {})
{
    QTableView* table = w->library()->table();
    const QPoint at = centreOfRow(table, row);
    QTest::mouseMove(table->viewport(), at);
    QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &help);
    const QString text = QToolTip::text();
    if (!shotName.isEmpty())
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top->inherits("QTipLabel") && top->isVisible())
                CHECK(top->grab().save(QDir(screenshotDir()).filePath(shotName)));
    QToolTip::hideText();
    return text;
}

void doubleClickRow(ui::MainWindow* w, int row)
{
    QTableView* table = w->library()->table();
    const QPoint at = centreOfRow(table, row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

/// Saves what the window shows now into $ACCORD_SCREENSHOT_DIR (default ./screenshots), to look at.
void shoot(ui::MainWindow* w, const QString& name)
{
    QTest::qWait(50);
    CHECK(w->grab().save(QDir(screenshotDir()).filePath(name)));
}

QString demoFile(test::UiFixture& fx, const char* name)
{
    return qPath(fx.dataDir() / "demo" / name);
}

/// Music folder with one file, set as the library's folder, and the window restarted on it.
void startWithFolder(test::UiFixture& fx, const std::filesystem::path& music)
{
    std::filesystem::create_directories(music);
    test::makeWav(music / "already-here.wav", 1.0, 1);
    fx.settings().setLibraryFolders({qPath(music)});
    fx.restart();
    REQUIRE(waitFor([&] { return rowOfPath(fx.app().window(), music / "already-here.wav") >= 0; }, 60000));
    REQUIRE(waitFor([&] { return fx.app().library()->watchedFolders() > 0; }, 10000));
}

} // namespace

TEST_CASE("copy a file into a watched folder and see it appear within 2 s", "[ui][app][listener][watch]")
{
    test::TempDir dir("accord-listener-watch");
    test::UiFixture fx;
    startWithFolder(fx, dir / "music");
    test::makeWav(dir / "new-song.wav", 2.0, 7); // written elsewhere, then copied in as a file manager does
    QTest::qWait(700);                           // the start-up rescan is over; nothing else is pending

    QElapsedTimer t;
    t.start();
    std::filesystem::copy_file(dir / "new-song.wav", dir / "music" / "new-song.wav");
    const bool appeared =
        waitFor([&] { return rowOfPath(fx.app().window(), dir / "music" / "new-song.wav") >= 0; }, 2000);
    INFO("appeared after " << t.elapsed() << " ms");
    CHECK(appeared);
    shoot(fx.app().window(), QStringLiteral("listener-watch-new-file.png"));

    // A new album folder: its files appear too (the new sub-folder is watched as it is created).
    std::filesystem::create_directories(dir / "music" / "New Album");
    test::makeWav(dir / "music" / "New Album" / "01.wav", 1.0, 8);
    CHECK(waitFor([&] { return rowOfPath(fx.app().window(), dir / "music" / "New Album" / "01.wav") >= 0; },
                  4000));
}

TEST_CASE("restart and find a file copied while closed", "[ui][app][listener][watch]")
{
    test::TempDir dir("accord-listener-closed");
    test::UiFixture fx;
    startWithFolder(fx, dir / "music");
    fx.restart(false, [&] { test::makeWav(dir / "music" / "copied-while-closed.wav", 1.0, 9); });
    CHECK(waitFor(
        [&] { return rowOfPath(fx.app().window(), dir / "music" / "copied-while-closed.wav") >= 0; }, 30000));
    CHECK(rowOfPath(fx.app().window(), dir / "music" / "already-here.wav") >= 0);
}

TEST_CASE("press F5 to rescan and find a file the watcher could not see", "[ui][app][listener][watch]")
{
    test::TempDir dir("accord-listener-rescan");
    test::UiFixture fx;
    startWithFolder(fx, dir / "music");
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    // A folder the watcher cannot see into (a network share, a watch limit reached): only a rescan finds
    // what is copied there. Stop watching, so what follows is the Rescan command's work alone.
    QTest::qWait(700);
    fx.app().library()->watch({});
    QTest::qWait(200);
    test::makeWav(dir / "music" / "found-by-rescan.wav", 1.0, 10);
    QTest::qWait(1000);
    REQUIRE(rowOfPath(w, dir / "music" / "found-by-rescan.wav") < 0);
    QTest::keyClick(w, Qt::Key_F5);
    CHECK(waitFor([&] { return rowOfPath(w, dir / "music" / "found-by-rescan.wav") >= 0; }, 30000));
}

TEST_CASE("type an alias in the filter and find the track", "[ui][app][listener][filter]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier); // Find
    QLineEdit* filter = w->filterEdit();
    REQUIRE(QApplication::focusWidget() == filter);

    QTest::keyClicks(filter, QStringLiteral("qing kong"));
    CHECK(waitFor([&] { return visibleTitles(w) == QStringList{QStringLiteral("Open Skies")}; }, 20000));
    shoot(w, QStringLiteral("listener-alias-filter.png"));

    // Chinese arrives through the input method, as a committed string.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QInputMethodEvent ime;
    ime.setCommitString(QStringLiteral("\u6674\u7a7a")); // 晴空
    QApplication::sendEvent(filter, &ime);
    CHECK(filter->text() == QStringLiteral("\u6674\u7a7a"));
    CHECK(visibleTitles(w) == QStringList{QStringLiteral("Open Skies")});

    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QInputMethodEvent far;
    far.setCommitString(QStringLiteral("\u8fdc\u65b9")); // 远方
    QApplication::sendEvent(filter, &far);
    CHECK(visibleTitles(w) == QStringList{QStringLiteral("Far Province")});
}

TEST_CASE("rest the mouse on a row and read the reason for that row", "[ui][app][listener][tooltip]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo()); // free tier: standard resolution cap
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    const QString hiRes = QStringLiteral("hi-res");

    const QString cd = tooltipOfRow(w, rowOfTitle(w, QStringLiteral("Open Skies")),
                                    QStringLiteral("listener-tooltip-cd.png")); // CD quality, licensed
    INFO("Open Skies: " << cd.toStdString());
    CHECK(cd.startsWith(QStringLiteral("Playable")));
    CHECK(!cd.contains(hiRes));
    CHECK(cd.contains(QStringLiteral("icen"))); // "Licensed ..." / "licence"

    const QString bought = tooltipOfRow(w, rowOfTitle(w, QStringLiteral("Harbour Lights")));
    INFO("Harbour Lights: " << bought.toStdString());
    CHECK(!bought.contains(hiRes));
    CHECK(bought.contains(QStringLiteral("Purchased")));

    const QString personal = tooltipOfRow(w, rowOfTitle(w, QStringLiteral("Home Recording")),
                                          QStringLiteral("listener-tooltip-personal.png"));
    INFO("Home Recording: " << personal.toStdString());
    CHECK(!personal.contains(hiRes));
    CHECK(personal.startsWith(QStringLiteral("Unidentified personal file"))); // said once, not twice

    const QString master = tooltipOfRow(w, rowOfTitle(w, QStringLiteral("Studio Master"))); // 24/96, capped
    INFO("Studio Master: " << master.toStdString());
    CHECK(master.contains(QStringLiteral("SVIP required for hi-res")));

    const QString ended = tooltipOfRow(w, rowOfTitle(w, QStringLiteral("Last Summer")));
    INFO("Last Summer: " << ended.toStdString());
    CHECK(ended.contains(QStringLiteral("ended")));
}

TEST_CASE("Tab from the table reaches the play button", "[ui][app][listener][keyboard]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    QTableView* table = w->library()->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centreOfRow(table, 0));
    REQUIRE(QApplication::focusWidget() == table);
    const QModelIndex before = table->currentIndex();

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != table); // one Tab leaves the table
    CHECK(table->currentIndex() == before);      // without moving cell by cell

    QStringList visited;
    QWidget* play = nullptr;
    for (int i = 0; i < 12 && play == nullptr; ++i) {
        QWidget* f = QApplication::focusWidget();
        visited << (f->accessibleName().isEmpty() ? QString::fromLatin1(f->metaObject()->className())
                                                  : f->accessibleName());
        if (w->transport()->isAncestorOf(f) && f->accessibleName() == QStringLiteral("Play"))
            play = f;
        else
            QTest::keyClick(f, Qt::Key_Tab);
    }
    INFO("Tab visited: " << visited.join(QStringLiteral(" > ")).toStdString());
    REQUIRE(play != nullptr);
    REQUIRE(visited.size() >= 2);
    shoot(w, QStringLiteral("listener-tab-play.png"));
    CHECK(visited.at(visited.size() - 2) == QStringLiteral("Previous")); // left to right
    CHECK(visited.contains(QStringLiteral("Clear the queue")));          // every stop says what it is

    // Space on the focused button plays, as a click would.
    QSignalSpy playPause(w, &ui::MainWindow::playPauseRequested);
    QTest::keyClick(play, Qt::Key_Space);
    CHECK(playPause.count() == 1);

    // Then on to the rest of the transport controls, then back around to the filter.
    QTest::keyClick(play, Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->accessibleName() == QStringLiteral("Next"));
}

TEST_CASE("press Ctrl+comma and the settings open", "[ui][app][listener][keyboard]")
{
    test::UiFixture fx;
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    bool opened = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    closer.start(50);
    QTest::keyClick(w, Qt::Key_Comma, Qt::ControlModifier);
    waitFor([&] { return opened; }, 3000);
    CHECK(opened);
}

TEST_CASE("double-click a queued track and it plays where it stands without a duplicate",
          "[ui][app][listener][queue][rig]")
{
    test::UiFixture fx(false, true); // a sound card that plays in real time
    REQUIRE(fx.loadDemo());
    ui::MainWindow* w = fx.app().window();
    showActive(w);
    ui::QueueModel* queue = fx.app().queue();
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({demoFile(fx, "01 - Open Skies.flac"), demoFile(fx, "07 - Harbour Lights.flac"),
                      demoFile(fx, "09 - Home Recording.flac")});
    REQUIRE(enqueued.wait(10000));
    REQUIRE(queue->rowCount() == 3);
    const quint64 harbour = queue->entries().at(1).id;

    doubleClickRow(w, rowOfTitle(w, QStringLiteral("Harbour Lights")));
    CHECK(waitFor([&] { return queue->currentId() == harbour; }, 10000)); // it plays where it stands
    QTest::qWait(300);
    REQUIRE(queue->rowCount() == 3); // no duplicate
    CHECK(queue->entries().at(1).id == harbour);

    // A track not in the queue goes right after the playing one and plays now; the rest still follows.
    doubleClickRow(w, rowOfTitle(w, QStringLiteral("Night Ferry")));
    REQUIRE(waitFor([&] { return queue->rowCount() == 4; }, 10000));
    CHECK(queue->entries().at(1).id == harbour);
    CHECK(queue->entries().at(2).path == demoFile(fx, "08 - Night Ferry.mp3"));
    CHECK(queue->entries().at(3).path == demoFile(fx, "09 - Home Recording.flac"));
    const quint64 ferry = queue->entries().at(2).id;
    CHECK(waitFor([&] { return queue->currentId() == ferry; }, 10000));

    shoot(w, QStringLiteral("listener-double-click-queue.png"));
    // Double-clicking it again plays the same entry: still four.
    doubleClickRow(w, rowOfTitle(w, QStringLiteral("Night Ferry")));
    QTest::qWait(500);
    CHECK(queue->rowCount() == 4);
    fx.app().player()->stop();
    QTest::qWait(200);
}
