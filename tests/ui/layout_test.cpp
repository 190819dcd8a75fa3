// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The window at the sizes people use (1200 px wide, a 1024x600 netbook), on the real MainWindow with the
// demo library: which columns get the room, what stays in view, what the signal path shows.
#include "application/translations.hpp"
#include "bridge/library_service.hpp"
#include "models/track_table_model.hpp"
#include "ui_fixture.hpp"
#include "widgets/elided_label.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/queue_view.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "qt_catch.hpp"

using namespace accord;
using Col = ui::TrackTableModel;

namespace {

/// The column's right edge is inside the table's viewport: the listener sees it without scrolling.
bool inView(QTableView* table, int column)
{
    const QHeaderView* h = table->horizontalHeader();
    const int left = h->sectionViewportPosition(column);
    return !h->isSectionHidden(column) && left >= 0 &&
           left + h->sectionSize(column) <= table->viewport()->width();
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(30);
}

} // namespace

TEST_CASE("widen the window to 1200 px and the Title column gets the room, Album gives way", "[ui][layout]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.resize(1200, 760);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(fx.loadDemo());
    settle();
    QTableView* table = w.library()->table();
    const QHeaderView* h = table->horizontalHeader();
    INFO("title " << h->sectionSize(Col::Title) << " artist " << h->sectionSize(Col::Artist) << " album "
                  << h->sectionSize(Col::Album) << " viewport " << table->viewport()->width());
    CHECK(h->sectionSize(Col::Title) > h->sectionSize(Col::Album));
    CHECK(h->sectionSize(Col::Title) >= h->sectionSize(Col::Artist));
    // Every demo title is shown whole.
    auto* model = w.library()->trackModel();
    int widest = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        widest = std::max(widest, table->fontMetrics().horizontalAdvance(
                                      model->data(model->index(r, Col::Title)).toString()));
    CHECK(h->sectionSize(Col::Title) >= widest + 12);
    CHECK(inView(table, Col::Duration));
    CHECK(inView(table, Col::Format));
    CHECK(table->horizontalScrollBar()->maximum() == 0);
}

TEST_CASE("resize to 1024x600 and still see Length and Format, and the why panel keeps the window on screen",
          "[ui][layout]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(fx.loadDemo());
    w.resize(1024, 600);
    settle();
    CHECK(w.width() == 1024);
    CHECK(w.height() == 600);
    QTableView* table = w.library()->table();
    CHECK(inView(table, Col::Duration));
    CHECK(inView(table, Col::Format));
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    CHECK(table->horizontalHeader()->sectionSize(Col::Title) >=
          table->horizontalHeader()->sectionSize(Col::Album));
    // The whole demo queued: long "Artist — Title" lines end in "…" in the narrower queue, no sideways
    // scroll.
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({QString::fromStdString((fx.dataDir() / "demo").string())});
    REQUIRE(enqueued.wait(10000));
    settle();
    CHECK(w.queueView()->horizontalScrollBar()->maximum() == 0);
    CHECK(w.queueView()->visualRect(w.queueView()->model()->index(0, 0)).width() <=
          w.queueView()->viewport()->width());

    // The why panel of a blocked track opens inside the window: no taller, no wider.
    auto* model = w.library()->trackModel();
    int blocked = -1;
    for (int r = 0; r < model->rowCount() && blocked < 0; ++r)
        if (model->data(model->index(r, 0), Col::VerdictRole).toInt() == int(ui::Verdict::Blocked))
            blocked = r;
    REQUIRE(blocked >= 0);
    QSignalSpy shown(fx.app().library(), &ui::LibraryService::explanationReady);
    Q_EMIT w.explainRequested(model->storeIndexAt(blocked));
    REQUIRE(shown.wait(10000));
    settle();
    CHECK(w.whyPanel()->isVisible());
    CHECK(w.height() == 600);
    CHECK(w.width() == 1024);
    CHECK(w.minimumSizeHint().height() <= 600);
    CHECK(inView(table, Col::Format));
    CHECK(table->viewport()->height() > table->verticalHeader()->defaultSectionSize() * 2); // rows still show
}

TEST_CASE("a long signal path is elided beside its badge, and its tooltip shows all of it", "[ui][layout]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.resize(1024, 600);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ui::NowPlayingInfo info; // as the player bridge reports a resampled, requantised hi-res file
    info.queueItemId = 1;
    info.path = QStringLiteral("/music/Studio Master.flac");
    info.title = QStringLiteral("Studio Master");
    info.sourceFormat = QStringLiteral("FLAC 24-bit \u00b7 96 kHz \u00b7 stereo");
    info.outputFormat = QStringLiteral("16-bit \u00b7 48 kHz \u00b7 stereo");
    info.processing = {QStringLiteral("resample: 96 kHz to 48 kHz (libsoxr, very high quality)"),
                       QStringLiteral("requantise: 24-bit to 16-bit, TPDF dither"),
                       QStringLiteral("volume: -6.0 dB")};
    info.bitPerfect = false;
    w.setNowPlaying(info);
    settle();
    auto* label = w.nowPlaying()->findChild<ui::ElidedLabel*>();
    REQUIRE(label != nullptr);
    const QString full = w.nowPlaying()->signalPathText();
    CHECK(full.contains(QStringLiteral("volume: -6.0 dB")));
    CHECK(label->isElided());
    CHECK(label->text().endsWith(QStringLiteral("\u2026")));
    // Drawn inside its own room: not under the badges beside it.
    CHECK(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    CHECK(label->toolTip().contains(full));

    w.resize(1900, 760); // room enough: the whole path, no ellipsis
    settle();
    CHECK_FALSE(label->isElided());
    CHECK(label->text() == full);
}
