// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Playlists on the real main window (real library service, gate and player on the demo library): save the
// queue as a playlist through the Playlists menu, see it in the browser with the track table's badges,
// reorder by button and by drag, double-click to play, export it and import files with missing entries.
#include "bridge/playlist_service.hpp"
#include "modal.hpp"
#include "models/playlist_items_model.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/playlist_browser.hpp"
#include "widgets/playlist_view.hpp"
#include "windows/main_window.hpp"
#include "windows/playlist_controller.hpp"

#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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
    action(w, "saveQueueAsPlaylistAction")->trigger();
    REQUIRE(*typed);

    // In the browser, open, with the same badge as the track table for every item.
    QListWidget* list = pc->browser()->list();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == QStringLiteral("Evening 夜"));
    CHECK(pc->view()->isVisible());
    CHECK_FALSE(w.library()->showingTracks());
    const ui::PlaylistItemsModel* items = pc->items();
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
    CHECK(itemPaths(items) == expected);
    CHECK(pc->view()->table()->currentIndex().row() == 1);
    std::unique_ptr<QMimeData> drag(items->mimeData({items->index(items->rowCount() - 1, 1)}));
    const_cast<ui::PlaylistItemsModel*>(items)->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
    expected.move(expected.size() - 1, 0);
    CHECK(itemPaths(items) == expected);
    QStringList stored;
    for (const auto& i : pc->service()->items(id))
        stored << i.path;
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
    REQUIRE(pc->exportFile(id, exported));
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
    const qint64 mixed = pc->importFile(QString::fromStdString((elsewhere / "mixed.xspf").string()));
    REQUIRE(mixed != 0);
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

    const qint64 back = pc->importFile(exported);
    REQUIRE(back != 0);
    CHECK(itemPaths(items) == expected);

    // Rename and delete; choosing an artist shows the track table again.
    REQUIRE(pc->renameTo(mixed, QStringLiteral("Renamed")));
    CHECK(list->item(pc->browser()->rowOf(mixed))->text() == QStringLiteral("Renamed"));
    REQUIRE(pc->deletePlaylist(mixed));
    CHECK(list->count() == 2);
    CHECK(pc->browser()->rowOf(mixed) < 0);
    pc->open(id);
    QListView* browser = w.library()->browser();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                      browser->visualRect(browser->model()->index(0, 0)).center());
    CHECK(w.library()->showingTracks());
}
