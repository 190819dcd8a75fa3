// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Widgets on the offscreen platform: what they show and what they ask for.
#include "application/app_settings.hpp"
#include "application/translations.hpp"
#include "desktop/single_instance.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/transport_bar.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "qt_catch.hpp"

using namespace accord::ui;

namespace {

std::shared_ptr<TrackStore> smallLibrary()
{
    auto s = std::make_shared<TrackStore>();
    const struct {
        const char* title;
        const char* artist;
        Verdict verdict;
        const char* reason;
    } rows[] = {{"Open Skies", "Accord Ensemble", Verdict::Playable, ""},
                {"Last Summer", "Accord Ensemble", Verdict::Blocked, "Licence ended 2025-08-31"},
                {"Sample Only", "Demo Quartet", Verdict::Preview, "Only a preview is licensed"}};
    int i = 0;
    for (const auto& r : rows) {
        TrackRecord t;
        t.trackId = ++i;
        t.path = QStringLiteral("/music/%1.flac").arg(i);
        t.title = QString::fromUtf8(r.title);
        t.artist = QString::fromUtf8(r.artist);
        t.verdict = r.verdict;
        t.mainReason = QString::fromUtf8(r.reason);
        t.durationMs = 60000;
        s->add(t);
    }
    s->finish();
    return s;
}

} // namespace

TEST_CASE("TransportBar shows elapsed and remaining time and cycles repeat", "[ui][widgets]")
{
    TransportBar bar;
    bar.setDuration(185000);
    bar.setPosition(65000);
    CHECK(bar.elapsedText() == QStringLiteral("1:05"));
    CHECK(bar.remainingText() == QStringLiteral("-2:00"));
    QSignalSpy repeat(&bar, &TransportBar::repeatChanged);
    QSignalSpy volume(&bar, &TransportBar::volumeChanged);
    auto buttons = bar.findChildren<QToolButton*>();
    QToolButton* repeatButton = nullptr;
    for (QToolButton* b : buttons)
        if (b->toolTip() == QStringLiteral("Repeat: off"))
            repeatButton = b;
    REQUIRE(repeatButton != nullptr);
    repeatButton->click();
    repeatButton->click();
    REQUIRE(repeat.count() == 2);
    CHECK(repeat.at(0).at(0).value<RepeatState>() == RepeatState::All);
    CHECK(repeat.at(1).at(0).value<RepeatState>() == RepeatState::One);
    bar.setVolume(0.5);
    CHECK(volume.isEmpty()); // feedback from the player does not echo back as a request
    CHECK(bar.volume() == Approx(0.5));
}

TEST_CASE("NowPlayingPanel says Bit-perfect only when nothing touched the samples", "[ui][widgets]")
{
    NowPlayingPanel panel;
    NowPlayingInfo info;
    info.queueItemId = 1;
    info.path = QStringLiteral("/music/a.flac");
    info.title = QStringLiteral("Open Skies");
    info.sourceFormat = QStringLiteral("FLAC 44.1 kHz");
    info.outputFormat = QStringLiteral("44.1 kHz");
    info.bitPerfect = true;
    panel.setNowPlaying(info);
    CHECK(panel.badges() == QStringList{QStringLiteral("Bit-perfect")});
    CHECK(panel.signalPathText().contains(QStringLiteral("no processing")));

    info.bitPerfect = false;
    info.processing = {QStringLiteral("volume: -6.0 dB, TPDF dither")};
    panel.setNowPlaying(info);
    CHECK(panel.badges().isEmpty());
    CHECK(panel.signalPathText().contains(QStringLiteral("volume: -6.0 dB")));

    info.processing = {QStringLiteral("licence-cap: 96 kHz/24 -> 48 kHz/16")};
    info.previewSeconds = 30;
    panel.setNowPlaying(info);
    CHECK(panel.badges() == (QStringList{QStringLiteral("Preview 0:30"), QStringLiteral("Capped")}));
    panel.clear();
    CHECK(panel.badges().isEmpty());
}

TEST_CASE("WhyPanel lists every reason, the deals, valid_until and the identification", "[ui][widgets]")
{
    WhyPanel panel;
    Explanation e;
    e.verdict = Verdict::Blocked;
    e.reasons = {{QStringLiteral("licence_ended"), QStringLiteral("Licence ended 2025-08-31")},
                 {QStringLiteral("territory_not_licensed"), QStringLiteral("No licence for CN")}};
    e.deals = {QStringLiteral("D-last-summer: licence_ended")};
    e.validUntil = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    e.identifiedBy = QStringLiteral("ISRC tag (QZDA82600002)");
    e.context = QStringLiteral("CN \u00b7 FREE \u00b7 desktop \u00b7 now");
    panel.showExplanation(QStringLiteral("Last Summer"), e);
    const QString text = panel.plainText();
    CHECK(text.contains(QStringLiteral("Why can't I play \u201cLast Summer\u201d?")));
    CHECK(text.contains(QStringLiteral("Licence ended 2025-08-31")));
    CHECK(text.contains(QStringLiteral("No licence for CN")));
    CHECK(text.contains(QStringLiteral("D-last-summer")));
    CHECK(text.contains(QStringLiteral("2027-01-01T00:00:00Z")));
    CHECK(text.contains(QStringLiteral("QZDA82600002")));
}

TEST_CASE("MainWindow: a blocked track is explained instead of played, QA mode is marked", "[ui][widgets]")
{
    QueueModel queue;
    MainWindow w(&queue);
    w.setLibrary(smallLibrary());
    w.show();
    CHECK_FALSE(w.library()->showingEmptyPage());
    CHECK(w.statusText().startsWith(QStringLiteral("3 track")));
    QSignalSpy play(&w, &MainWindow::playTrackRequested);
    QSignalSpy explain(&w, &MainWindow::explainRequested);
    QTableView* table = w.library()->table();
    Q_EMIT table->activated(table->model()->index(1, 1)); // Last Summer: blocked
    CHECK(play.isEmpty());
    REQUIRE(explain.count() == 1);
    CHECK(explain.at(0).at(0).value<std::size_t>() == 1);
    Q_EMIT table->activated(table->model()->index(0, 1));
    REQUIRE(play.count() == 1);
    CHECK(play.at(0).at(0).toString() == QStringLiteral("/music/1.flac"));

    w.filterEdit()->setText(QStringLiteral("quartet"));
    CHECK(table->model()->rowCount() == 1);
    w.filterEdit()->clear();
    CHECK(table->model()->rowCount() == 3);

    auto* banner = w.findChild<QLabel*>(QStringLiteral("qaBanner"));
    REQUIRE(banner != nullptr);
    CHECK_FALSE(banner->isVisible());
    ListenerContext qa;
    qa.qa = true;
    qa.territory = QStringLiteral("CN");
    qa.tier = QStringLiteral("vip");
    qa.at = QDateTime(QDate(2015, 11, 2), QTime(12, 0), Qt::UTC);
    w.setContext(qa);
    CHECK(banner->isVisible());
    CHECK(
        banner->text().contains(QStringLiteral("CN \u00b7 VIP \u00b7 desktop \u00b7 2015-11-02 12:00 UTC")));
}

TEST_CASE("MainWindow offers the demo when the library is empty", "[ui][widgets]")
{
    QueueModel queue;
    MainWindow w(&queue);
    w.setLibrary(nullptr);
    CHECK(w.library()->showingEmptyPage());
    QSignalSpy demo(&w, &MainWindow::demoRequested);
    auto* button = w.findChild<QPushButton*>(QStringLiteral("demoButton"));
    REQUIRE(button != nullptr);
    button->click();
    CHECK(demo.count() == 1);
}

TEST_CASE("SingleInstance hands a second launch's files to the first", "[ui][desktop]")
{
    const QString key = QStringLiteral("accord-test-%1").arg(QCoreApplication::applicationPid());
    SingleInstance first(key);
    REQUIRE(first.listen());
    QSignalSpy received(&first, &SingleInstance::filesReceived);
    SingleInstance second(key);
    // The second launch blocks while it writes; let the first one's event loop run meanwhile.
    bool forwarded = false;
    QTimer::singleShot(0, [&] {
        forwarded =
            second.forwardToRunning({QStringLiteral("/music/\u6674\u5929.flac"), QStringLiteral("/b.mp3")});
    });
    REQUIRE(received.wait(5000));
    CHECK(forwarded);
    CHECK(received.at(0).at(0).toStringList() ==
          (QStringList{QStringLiteral("/music/\u6674\u5929.flac"), QStringLiteral("/b.mp3")}));
    SingleInstance nobody(key + QStringLiteral("-none"));
    CHECK_FALSE(nobody.forwardToRunning({}));
}

TEST_CASE("the window switches between English and Chinese live, without being rebuilt",
          "[ui][widgets][i18n]")
{
    QueueModel queue;
    MainWindow window(&queue);
    window.show();
    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    const auto firstMenu = [&] { return window.menuBar()->actions().at(0)->text(); };
    const auto header = [&] {
        return window.library()
            ->table()
            ->model()
            ->headerData(TrackTableModel::Title, Qt::Horizontal)
            .toString();
    };
    CHECK(window.filterEdit()->placeholderText().startsWith(QStringLiteral("Filter")));
    CHECK(firstMenu() == QStringLiteral("&File"));
    CHECK(header() == QStringLiteral("Title"));
    const QString englishStatus = window.statusText();

    REQUIRE(installTranslations(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    CHECK(window.filterEdit()->placeholderText() ==
          QStringLiteral("\u7b5b\u9009\uff1a\u6807\u9898\u3001\u827a\u672f\u5bb6\u3001\u4e13\u8f91\u3001"
                         "\u522b\u540d\u2026"));
    CHECK(firstMenu() == QStringLiteral("\u6587\u4ef6(&F)"));
    CHECK(header() == QStringLiteral("\u6807\u9898"));
    CHECK(window.statusText() != englishStatus); // "Library is empty", translated
    CHECK(window.nowPlaying()->findChildren<QLabel*>().size() > 0);

    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(window.filterEdit()->placeholderText().startsWith(QStringLiteral("Filter")));
    CHECK(firstMenu() == QStringLiteral("&File"));
    CHECK(window.statusText() == englishStatus);
}
