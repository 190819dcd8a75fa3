// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The whole UI on the real player (null ALSA device), library service and licence gate, offscreen.
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"

#include <QSignalSpy>
#include <QTest>

#include "qt_catch.hpp"

using namespace accord;

namespace {

QString demoFile(const test::UiFixture& fx, const char* name)
{
    return QString::fromStdString((fx.dataDir() / "demo" / name).string());
}

} // namespace

TEST_CASE("the demo catalogue's blocked track is skipped by the player's gate, with its reason", "[ui][app]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    QSignalSpy skipped(fx.app().player(), &ui::PlayerBridge::trackSkipped);
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({demoFile(fx, "02 - Last Summer.flac"), demoFile(fx, "01 - Open Skies.flac")}, -1, true);
    REQUIRE(enqueued.wait(10000));
    for (int i = 0; i < 100 && skipped.isEmpty(); ++i)
        skipped.wait(100);
    REQUIRE(skipped.count() >= 1);
    CHECK(skipped.at(0).at(1).toString().endsWith(QStringLiteral("02 - Last Summer.flac")));
    CHECK(skipped.at(0).at(2).toString() == QStringLiteral("licence_ended"));
    CHECK(fx.app().queue()->entries().at(0).verdict == ui::Verdict::Blocked);
    CHECK(fx.app().queue()->entries().at(1).verdict == ui::Verdict::Playable);
}

TEST_CASE("QA mode re-decides the library for another place and time", "[ui][app]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    auto* model = fx.app().window()->library()->trackModel();
    auto verdictOf = [&](const QString& title) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->data(model->index(r, 1)).toString() == title)
                return static_cast<ui::Verdict>(
                    model->data(model->index(r, 0), ui::TrackTableModel::VerdictRole).toInt());
        return ui::Verdict::Unknown;
    };
    CHECK(verdictOf(QStringLiteral("Far Province")) == ui::Verdict::Blocked);
    CHECK(verdictOf(QStringLiteral("Studio Master")) == ui::Verdict::Capped);
    CHECK(verdictOf(QStringLiteral("Last Summer")) == ui::Verdict::Blocked);

    ui::ListenerContext qa;
    qa.qa = true;
    qa.territory = QStringLiteral("JP");
    qa.tier = QStringLiteral("svip");
    qa.at = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC); // before "Last Summer" ended
    QSignalSpy decided(fx.app().library(), &ui::LibraryService::decisionsFinished);
    fx.app().library()->setContext(qa);
    REQUIRE(decided.wait(30000));
    QTest::qWait(50);
    CHECK(verdictOf(QStringLiteral("Far Province")) == ui::Verdict::Playable);
    CHECK(verdictOf(QStringLiteral("Studio Master")) == ui::Verdict::Playable); // SVIP: hi-res, not capped
    CHECK(verdictOf(QStringLiteral("Last Summer")) == ui::Verdict::Playable);
    CHECK(verdictOf(QStringLiteral("Sample Only")) == ui::Verdict::Preview);
    CHECK(verdictOf(QStringLiteral("Home Recording")) == ui::Verdict::Unidentified);
}

TEST_CASE("the queue and the position come back after a restart", "[ui][app]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    QSignalSpy enqueued(&fx.app(), &ui::UiApplication::enqueued);
    fx.app().enqueue({demoFile(fx, "01 - Open Skies.flac"), demoFile(fx, "06 - Sample Only.flac")});
    REQUIRE(enqueued.wait(10000));
    fx.app().saveSession();
    fx.restart();
    const auto& entries = fx.app().queue()->entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).path.endsWith(QStringLiteral("06 - Sample Only.flac")));
}
