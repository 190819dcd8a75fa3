// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The playlist view for the README (docs/screenshots/playlists-en.png): the demo queue saved as a
// playlist, with every verdict's badge, and an imported entry that is missing with its reason.
#include "application/translations.hpp"
#include "models/playlist_items_model.hpp"
#include "models/queue_model.hpp"
#include "support/temp_dir.hpp"
#include "ui_fixture.hpp"
#include "widgets/playlist_view.hpp"
#include "windows/main_window.hpp"
#include "windows/playlist_controller.hpp"

#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "qt_catch.hpp"

using namespace accord;

TEST_CASE("screenshots: a playlist with badges and a missing entry", "[ui][screenshot][playlist]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.resize(1280, 760);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(fx.loadDemo());
    REQUIRE(fx.waitUntilDecided());
    ui::PlaylistController* pc = fx.app().playlists();
    // The service answers from its own thread: each step waits for its signal.
    QSignalSpy created(pc, &ui::PlaylistController::created);
    pc->createNamed(QStringLiteral("Late night"));
    REQUIRE((created.count() == 1 || created.wait(10000)));
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo").string())});
    REQUIRE(enqueued.wait(10000));
    pc->saveQueueAs(QStringLiteral("Demo mix"));
    REQUIRE((created.count() == 2 || created.wait(10000)));
    // Another machine's playlist: the demo tracks, and one entry this library does not have (kept as
    // missing, with its reason).
    test::TempDir dir;
    std::string m3u = "#EXTM3U\n#PLAYLIST:Road trip\n";
    for (const ui::QueueEntry& e : fx.app().queue()->entries())
        m3u += e.path.toStdString() + "\n";
    m3u += "#EXTINF:241,The Nobodies - Somewhere Else\n../Music/Somewhere Else.flac\n";
    test::writeFile(dir / "road trip.m3u8", m3u);
    QSignalSpy imported(pc, &ui::PlaylistController::imported);
    pc->importFile(QString::fromStdString((dir / "road trip.m3u8").string()));
    REQUIRE(imported.wait(10000));
    const qint64 mix = imported.at(0).at(0).toLongLong();
    REQUIRE(mix != 0);
    pc->open(mix);
    QSignalSpy shown(pc, &ui::PlaylistController::itemsShown);
    REQUIRE(shown.wait(10000));
    REQUIRE(pc->items()->playlistId() == mix);
    pc->view()->table()->selectRow(1);
    QTest::qWait(300);
    const QString out = qEnvironmentVariableIsSet("ACCORD_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACCORD_SCREENSHOT_DIR")
                            : QStringLiteral("screenshots");
    QDir().mkpath(out);
    const QImage image = w.grab().toImage();
    REQUIRE(!image.isNull());
    REQUIRE(image.save(QDir(out).filePath(QStringLiteral("playlists-en.png"))));
}
