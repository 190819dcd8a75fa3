// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Playlists on the real main window (real library service, gate and player on the demo library): save the
// queue as a playlist through the Playlists menu, see it in the browser with the track table's badges,
// reorder by button and by drag, double-click to play, export it and import files with missing entries.
#include "bridge/playlist_service.hpp"
#include "library/library_db.hpp"
#include "modal.hpp"
#include "models/playlist_items_model.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "storage/connection.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/playlist_browser.hpp"
#include "widgets/playlist_view.hpp"
#include "windows/main_window.hpp"
#include "windows/playlist_controller.hpp"

#include <QElapsedTimer>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>

#include "qt_catch.hpp"

using namespace accord;

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    for (int waited = 0; !condition(); waited += 10) {
        if (waited > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

QAction* action(ui::MainWindow& w, const char* name)
{
    return w.findChild<QAction*>(QString::fromLatin1(name));
}

QStringList itemPaths(const ui::PlaylistItemsModel* m)
{
    QStringList out;
    for (const auto& i : m->items())
        out << i.path;
    return out;
}

int tableRowOf(ui::MainWindow& w, const QString& path)
{
    const ui::TrackTableModel* model = w.library()->trackModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0), ui::TrackTableModel::PathRole).toString() == path)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Playlists in the window: save the queue, badges, reorder, play, export and import",
          "[ui][playlist]")
{
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(fx.loadDemo());
    REQUIRE(fx.waitUntilDecided());
    ui::PlaylistController* pc = fx.app().playlists();
    REQUIRE(pc != nullptr);
    CHECK(w.menuBar()->actions().at(1)->menu()->objectName() == QStringLiteral("playlistsMenu"));

    // Queue the whole demo (every verdict), then Playlists > Save Queue as Playlist..., typing a name.
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo").string())});
    REQUIRE(enqueued.wait(10000));
    const int queued = fx.app().queue()->rowCount();
    REQUIRE(queued >= 3);
    auto typed = test::whenModal<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QStringLiteral("Evening 夜"));
        d->accept();
    });
    QSignalSpy created(pc, &ui::PlaylistController::created);
    action(w, "saveQueueAsPlaylistAction")->trigger();
    REQUIRE(*typed);

    // In the browser, open, with the same badge as the track table for every item (the service answers
    // from its own thread: wait for the listing and the items to arrive).
    QListWidget* list = pc->browser()->list();
    const ui::PlaylistItemsModel* items = pc->items();
    REQUIRE(waitFor([&] { return created.count() == 1 && list->count() == 1 && items->rowCount() == queued; },
                    10000));
    CHECK(list->item(0)->text() == QStringLiteral("Evening 夜"));
    CHECK(pc->view()->isVisible());
    CHECK_FALSE(w.library()->showingTracks());
    CHECK(items->playlistId() == created.at(0).at(0).toLongLong());
    REQUIRE(items->rowCount() == queued);
    bool sawBlocked = false;
    for (int r = 0; r < items->rowCount(); ++r) {
        const QString path = items->data(items->index(r, 0), ui::PlaylistItemsModel::PathRole).toString();
        CHECK(path == fx.app().queue()->entries().at(r).path);
        const int tr = tableRowOf(w, path);
        REQUIRE(tr >= 0);
        const auto* tracks = w.library()->trackModel();
        CHECK(items->data(items->index(r, 0), ui::PlaylistItemsModel::VerdictRole) ==
              tracks->data(tracks->index(tr, 0), ui::TrackTableModel::VerdictRole));
        CHECK(items->data(items->index(r, 0), Qt::ToolTipRole) ==
              tracks->data(tracks->index(tr, 0), Qt::ToolTipRole));
        CHECK_FALSE(items->data(items->index(r, 0), Qt::DecorationRole).value<QIcon>().isNull());
        if (items->verdictAt(r) == ui::Verdict::Blocked) {
            sawBlocked = true;
            CHECK(items->data(items->index(r, 1), Qt::ForegroundRole).isValid()); // greyed as in the table
        }
    }
    CHECK(sawBlocked);

    // Move down with the button, then drag the last row to the top: stored, and shown in the new order.
    const QStringList before = itemPaths(items);
    const qint64 id = items->playlistId();
    pc->view()->table()->setCurrentIndex(items->index(0, 1));
    QTest::mouseClick(pc->view()->findChild<QToolButton*>(QStringLiteral("playlistMoveDown")),
                      Qt::LeftButton);
    QStringList expected = before;
    expected.move(0, 1);
    CHECK(waitFor([&] { return itemPaths(items) == expected; }, 10000));
    CHECK(itemPaths(items) == expected);
    CHECK(waitFor([&] { return pc->view()->table()->currentIndex().row() == 1; }, 10000));
    CHECK(pc->view()->table()->currentIndex().row() == 1);
    std::unique_ptr<QMimeData> drag(items->mimeData({items->index(items->rowCount() - 1, 1)}));
    const_cast<ui::PlaylistItemsModel*>(items)->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
    expected.move(expected.size() - 1, 0);
    CHECK(waitFor([&] { return itemPaths(items) == expected; }, 10000));
    CHECK(itemPaths(items) == expected);
    QSignalSpy loaded(pc->service(), &ui::PlaylistService::itemsLoaded);
    pc->service()->requestItems(id);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }, 10000));
    QStringList stored;
    for (const auto& i : loaded.at(0).at(1).value<QList<ui::PlaylistItemRow>>())
        stored << i.path;
    CHECK(loaded.at(0).at(0).toLongLong() == id);
    CHECK(stored == expected);

    // Double-click a playable item: it plays (the player reports its path).
    int playable = -1;
    for (int r = 0; r < items->rowCount() && playable < 0; ++r)
        if (items->playableAt(r))
            playable = r;
    REQUIRE(playable >= 0);
    const QString playPath = items->items()[playable].path;
    const int queueBefore = fx.app().queue()->rowCount();
    QTableView* table = pc->view()->table();
    const QRect cell = table->visualRect(items->index(playable, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(waitFor([&] { return fx.app().queue()->rowCount() > queueBefore; }, 10000));
    CHECK(waitFor(
        [&] {
            const auto* q = fx.app().queue();
            const int cur = q->rowOfId(q->currentId());
            return cur >= queueBefore && q->entries().at(cur).path == playPath;
        },
        10000));

    // Export (relative paths below the playlist's folder), then import it and a file with a missing entry.
    const auto demo = fx.dataDir() / "demo";
    const QString exported = QString::fromStdString((demo / "evening.m3u8").string());
    QSignalSpy exportedSpy(pc, &ui::PlaylistController::exported);
    pc->exportFile(id, exported);
    REQUIRE(waitFor([&] { return exportedSpy.count() == 1; }, 10000));
    CHECK(exportedSpy.at(0).at(0).toLongLong() == id);
    const std::string text = test::fileBytes(demo / "evening.m3u8");
    CHECK(text.rfind("#EXTM3U\n#PLAYLIST:Evening 夜\n", 0) == 0);
    CHECK(text.find("\n/") == std::string::npos); // every path relative

    test::TempDir elsewhere;
    test::writeFile(
        elsewhere / "mixed.xspf",
        "<?xml version=\"1.0\"?><playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><title>Mixed</title>"
        "<trackList><track><location>file://" +
            items->items()[0].path.toStdString() +
            "</location></track>"
            "<track><location>gone/Lost &amp; Found.flac</location><title>Lost &amp; Found</title>"
            "<creator>Nobody</creator></track></trackList></playlist>");
    QSignalSpy importedSpy(pc, &ui::PlaylistController::imported);
    pc->importFile(QString::fromStdString((elsewhere / "mixed.xspf").string()));
    REQUIRE(waitFor([&] { return importedSpy.count() == 1; }, 10000));
    const qint64 mixed = importedSpy.at(0).at(0).toLongLong();
    REQUIRE(mixed != 0);
    REQUIRE(waitFor(
        [&] { return list->count() == 2 && items->playlistId() == mixed && items->rowCount() == 2; }, 10000));
    CHECK(list->count() == 2);
    CHECK(pc->browser()->currentId() == mixed);
    REQUIRE(items->rowCount() == 2);
    CHECK(items->data(items->index(0, 0), ui::PlaylistItemsModel::AvailableRole).toBool());
    CHECK_FALSE(items->data(items->index(1, 0), ui::PlaylistItemsModel::AvailableRole).toBool());
    CHECK(items->data(items->index(1, 1)).toString() == QStringLiteral("Lost & Found"));
    const QString tip = items->data(items->index(1, 0), Qt::ToolTipRole).toString();
    CHECK(tip.startsWith(QStringLiteral("Missing: no file at ")));
    CHECK(tip.contains(QStringLiteral("Lost & Found")));
    CHECK_FALSE(items->playableAt(1));

    pc->importFile(exported);
    REQUIRE(waitFor([&] { return importedSpy.count() == 2; }, 10000));
    const qint64 back = importedSpy.at(1).at(0).toLongLong();
    REQUIRE(back != 0);
    REQUIRE(
        waitFor([&] { return items->playlistId() == back && items->rowCount() == expected.size(); }, 10000));
    CHECK(itemPaths(items) == expected);

    // Rename and delete; choosing an artist shows the track table again.
    QSignalSpy renamed(pc, &ui::PlaylistController::renamed);
    pc->renameTo(mixed, QStringLiteral("Renamed"));
    REQUIRE(waitFor([&] { return renamed.count() == 1; }, 10000));
    REQUIRE(waitFor(
        [&] {
            const int r = pc->browser()->rowOf(mixed);
            return r >= 0 && list->item(r)->text() == QStringLiteral("Renamed");
        },
        10000));
    CHECK(list->item(pc->browser()->rowOf(mixed))->text() == QStringLiteral("Renamed"));
    QSignalSpy deleted(pc, &ui::PlaylistController::deleted);
    pc->deletePlaylist(mixed);
    REQUIRE(waitFor([&] { return deleted.count() == 1 && pc->browser()->rowOf(mixed) < 0; }, 10000));
    CHECK(list->count() == 2);
    CHECK(pc->browser()->rowOf(mixed) < 0);
    pc->open(id);
    REQUIRE(
        waitFor([&] { return items->playlistId() == id && items->rowCount() == expected.size(); }, 10000));
    QListView* browser = w.library()->browser();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                      browser->visualRect(browser->model()->index(0, 0)).center());
    CHECK(w.library()->showingTracks());
}

TEST_CASE(
    "Saving a playlist while another connection holds library.db's write lock keeps the window responsive",
    "[ui][playlist]")
{
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(fx.loadDemo());
    REQUIRE(fx.waitUntilDecided());
    ui::PlaylistController* pc = fx.app().playlists();
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo").string())});
    REQUIRE(enqueued.wait(10000));
    const int queued = fx.app().queue()->rowCount();
    REQUIRE(queued >= 3);

    // Another writer (a scan, accordctl) holds the write lock for 1.5 s.
    auto other = storage::Connection::open(library::LibraryDb::pathIn(fx.dataDir()));
    REQUIRE(other.ok());
    REQUIRE(other->exec("BEGIN IMMEDIATE").ok());

    // A 20 ms timer on the GUI thread: the longest gap between its ticks is how long the window froze.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy created(pc, &ui::PlaylistController::created);
    clock.start();
    tick.start();
    QTimer::singleShot(100, pc, [pc] { pc->saveQueueAs(QStringLiteral("Locked out")); });
    QTest::qWait(1500);
    tick.stop();
    // Saving waited for the lock (nothing is stored or shown yet), and the event loop kept turning.
    CHECK(created.count() == 0);
    CHECK(pc->browser()->list()->count() == 0);
    CHECK(ticks >= 30);
    CHECK(maxGap < 200);

    REQUIRE(other->exec("COMMIT").ok());
    REQUIRE(waitFor([&] { return created.count() == 1; }, 10000));
    QListWidget* list = pc->browser()->list();
    REQUIRE(waitFor([&] { return list->count() == 1 && pc->items()->rowCount() == queued; }, 10000));
    CHECK(list->item(0)->text() == QStringLiteral("Locked out"));
    CHECK(pc->items()->playlistId() == created.at(0).at(0).toLongLong());
}
