// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// A single-file album with its CUE sheet in the real window: the library table shows the sheet's tracks (not
// the file), with their titles, performer, album and numbers, and playing one queues and plays that track.
#include "audio/pcm_writer.hpp"
#include "bridge/library_service.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "support/temp_dir.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <fstream>
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

} // namespace

TEST_CASE("A CUE album in the window: the table lists the sheet's tracks and plays the one chosen",
          "[ui][cue]")
{
    test::TempDir dir("accord-ui-cue");
    const auto music = dir / "music";
    std::filesystem::create_directories(music);
    const auto signal = audio::synthesizeSignal(44100, 2, 16, 44100 * 5, 5);
    REQUIRE(
        audio::writePcmFile(music / "Night Drive.flac", {audio::Container::Flac, 44100, 2, 16}, signal).ok());
    std::ofstream(music / "Night Drive.cue")
        << "REM DATE 2019\nPERFORMER \"Neon Coast\"\nTITLE \"Night Drive\"\n"
           "FILE \"Night Drive.wav\" WAVE\n"
           "TRACK 01 AUDIO\n  TITLE \"Tunnel Lights\"\n  INDEX 01 00:00:00\n"
           "TRACK 02 AUDIO\n  TITLE \"夜の高速 (Night Highway)\"\n"
           "  PERFORMER \"Neon Coast feat. Mika\"\n  INDEX 01 00:01:50\n"
           "TRACK 03 AUDIO\n  TITLE \"Last Exit\"\n  INDEX 01 00:03:12\n";

    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.resize(1200, 500);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const ui::TrackTableModel* model = w.library()->trackModel();
    fx.app().library()->scan({QString::fromStdString(music.string())});
    REQUIRE(waitFor([&] { return model->rowCount() == 3; }, 60000));
    REQUIRE(fx.waitUntilDecided());

    using Col = ui::TrackTableModel::Column;
    auto cell = [&](int row, int col) { return model->data(model->index(row, col)).toString(); };
    QStringList titles;
    for (int r = 0; r < 3; ++r)
        titles << cell(r, Col::Title);
    titles.sort();
    CHECK(titles == QStringList{QStringLiteral("Last Exit"), QStringLiteral("Tunnel Lights"),
                                QStringLiteral("夜の高速 (Night Highway)")});
    int second = -1;
    for (int r = 0; r < 3; ++r) {
        CHECK(cell(r, Col::Album) == QStringLiteral("Night Drive"));
        CHECK(cell(r, Col::Year).startsWith(QStringLiteral("2019")));
        if (cell(r, Col::Title).startsWith(QStringLiteral("夜"))) {
            second = r;
            CHECK(cell(r, Col::Artist) == QStringLiteral("Neon Coast feat. Mika"));
            CHECK(cell(r, Col::TrackNo).startsWith(QStringLiteral("2")));
        }
    }
    REQUIRE(second >= 0);
    const QString path = model->data(model->index(second, 0), ui::TrackTableModel::PathRole).toString();
    CHECK(path.endsWith(QStringLiteral("Night Drive.flac#cue02@") + QString::number(125 * 588) +
                        QLatin1Char('-') + QString::number(237 * 588)));

    QDir().mkpath(QStringLiteral(ACCORD_SCREENSHOT_OUT));
    CHECK(w.grab().save(QStringLiteral(ACCORD_SCREENSHOT_OUT "/cue-album.png")));

    // Play the second track, as a double-click does: it is queued with its title and plays.
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().playTrack(path);
    REQUIRE(enqueued.wait(10000));
    const ui::QueueModel* queue = fx.app().queue();
    REQUIRE(queue->rowCount() == 1);
    CHECK(queue->entries().at(0).path == path);
    CHECK(queue->entries().at(0).title == QStringLiteral("夜の高速 (Night Highway)"));
    CHECK(waitFor([&] { return queue->currentId() == queue->entries().at(0).id; }, 10000));
}
