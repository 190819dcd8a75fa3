// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// "What would make it playable" in the why panel of the real window: a listener (US, free, desktop) clicks
// a demo track that does not play in full and presses Ctrl+I; the panel lists what would change that,
// decided on the library worker by the same judgement.
#include "models/track_table_model.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

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

int rowOfTitle(ui::MainWindow* w, const QString& title)
{
    const ui::TrackTableModel* model = w->library()->trackModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, ui::TrackTableModel::Title)).toString() == title)
            return r;
    return -1;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("ACCORD_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("ACCORD_SCREENSHOT_DIR")
                            : QStringLiteral("screenshots");
    QDir().mkpath(dir);
    return dir;
}

/// Clicks the row titled `title`, presses Ctrl+I (View > Why Can't I Play This?) and returns what the
/// panel says about that track once it does.
QString explain(ui::MainWindow* w, const QString& title)
{
    QTableView* table = w->library()->table();
    const int row = rowOfTitle(w, title);
    REQUIRE(row >= 0);
    const QModelIndex index = table->model()->index(row, ui::TrackTableModel::Title);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::keyClick(w, Qt::Key_I, Qt::ControlModifier);
    const bool shown = waitFor(
        [&] { return w->whyPanel()->isVisible() && w->whyPanel()->plainText().contains(title); }, 10000);
    REQUIRE(shown);
    return w->whyPanel()->plainText();
}

} // namespace

TEST_CASE("the why panel says what would make a track playable", "[ui][app][why][unlock]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo()); // US, free tier, desktop
    ui::MainWindow* w = fx.app().window();
    w->resize(1280, 860);
    w->show();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    REQUIRE(QTest::qWaitForWindowExposed(w));
    const QString heading = QStringLiteral("What would make it playable");

    // Licensed in JP only: the territory where it plays.
    const QString far = explain(w, QStringLiteral("Far Province"));
    INFO(far.toStdString());
    CHECK(far.contains(heading));
    CHECK(far.contains(QStringLiteral("In JP: plays")));
    CHECK(w->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("why-unlock-territory.png"))));

    // 24-bit / 96 kHz under the free tier's standard cap: the tier that plays it in hi-res.
    const QString master = explain(w, QStringLiteral("Studio Master"));
    INFO(master.toStdString());
    CHECK(master.contains(heading));
    CHECK(master.contains(QStringLiteral("With SVIP: plays in hi-res")));
    CHECK(w->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("why-unlock-tier.png"))));

    // A licence that ended for good: nothing would, and the panel says so rather than inventing a way.
    const QString ended = explain(w, QStringLiteral("Last Summer"));
    INFO(ended.toStdString());
    CHECK(ended.contains(heading));
    CHECK(ended.contains(QStringLiteral("Nothing would")));
    CHECK_FALSE(ended.contains(QStringLiteral("With SVIP")));
    CHECK(w->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("why-unlock-none.png"))));

    // A track that plays in full asks for nothing.
    const QString open = explain(w, QStringLiteral("Open Skies"));
    INFO(open.toStdString());
    CHECK_FALSE(open.contains(heading));
}
