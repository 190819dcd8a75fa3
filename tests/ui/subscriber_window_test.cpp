// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// A subscriber in the real window (issue 15): a feed published with accordctl and served by a real nginx
// over TLS (tests/core/sync's FeedServer), set up in Settings > Subscription, synced with File > Sync Now,
// the Playlists section filled from the verified lease, a playlist downloaded with its progress shown and
// cancelled once, a downloaded .acx played through the capture rig, a track greyed with its reason,
// "Offline: N days left" on the QA clock, and a refused sync (rollback) leaving the playlists as they were.
#include "bridge/player_bridge.hpp"
#include "bridge/sync_service.hpp"
#include "core/sync/feed_server.hpp"
#include "models/playlist_tracks_model.hpp"
#include "models/subscriber_playlist_model.hpp"
#include "support/audio_fixtures.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"
#include "sync/device_key.hpp"
#include "sync/sync_client.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/subscriber_pane.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"
#include "windows/subscription_tab.hpp"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include <sys/stat.h>

#include "qt_catch.hpp"

using namespace accord;
namespace fs = std::filesystem;

namespace {

constexpr const char* kIssued = "2015-03-01T00:00:00Z"; // the publisher's --issued: the lease runs 30 days

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

/// The publisher's side: three signing keys, the test catalogue as release 2, served by nginx; by-hash
/// content throttled so a download takes long enough to watch (and cancel).
struct Publisher {
    test::TempDir tmp{"accord-ui-sync"};
    fs::path pub = tmp / "publisher";
    fs::path keys = tmp / "keys";
    std::unique_ptr<test::FeedServer> server;

    Publisher()
    {
        ::chmod(tmp.path().c_str(), 0755); // nginx's workers walk in
        fs::create_directories(keys);
        for (const char* name : {"root1", "release", "lease"})
            run("publish keygen --out " + test::shellQuote((keys / name).string()));
        run("publish init" + dir() + " --root-key " + key("root1") + " --release-key " + key("release") +
            " --lease-key " + key("lease") + " --issued " + kIssued);
        run("publish catalogue" + dir() + " --issued " + kIssued + " " +
            test::shellQuote(std::string(ACCORD_TEST_DATA_DIR) + "/catalogue/accord_catalogue.json"));
        server = std::make_unique<test::FeedServer>(tmp.path(), feed(), 150 * 1024);
    }
    fs::path feed() const { return pub / "feed"; }
    std::string dir() const { return " --dir " + test::shellQuote(pub.string()); }
    std::string key(const char* name) const { return test::shellQuote((keys / name).string()); }
    void run(const std::string& args) const
    {
        const auto r = test::runCommand(std::string(ACCORDCTL_PATH) + " " + args + " 2>&1");
        if (r.exitCode != 0)
            throw std::runtime_error("accordctl " + args + ": " + r.out);
    }
};

/// Tools > Settings… as the listener opens it; `edit` runs inside the dialog, then OK is pressed.
void inSettings(ui::MainWindow& w, const std::function<void(ui::SettingsDialog&)>& edit)
{
    QAction* open = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Settings")))
            open = a;
    REQUIRE(open != nullptr);
    bool done = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog || done)
            return;
        done = true;
        edit(*dialog);
        dialog->accept();
        dialog->apply();
    });
    poll.start(20);
    open->trigger();
    REQUIRE(done);
}

QAction* action(ui::MainWindow& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a != nullptr);
    return a;
}

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(ACCORD_SCREENSHOT_DIR_DEFAULT);
    QDir().mkpath(dir);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

TEST_CASE("subscriber window: set up in Settings, Sync Now, download with progress, play, greyed reasons, "
          "offline days, a refused sync keeps the playlists",
          "[ui][sync][rig]")
{
    Publisher p;
    // Two real FLACs for the lease: ACC-0001 plays; ACC-0002's download right ended on 2015-03-05.
    const fs::path flac1 = p.tmp / "porcelain.flac";
    const fs::path flac2 = p.tmp / "second.flac";
    test::makeWav(p.tmp / "a.wav", 2.0, 7);
    test::encode(p.tmp / "a.wav", flac1);
    test::tagFile(flac1, {{"ISRC", "CNB011500001"}, {"TITLE", "Blue and White Porcelain"}});
    test::makeWav(p.tmp / "b.wav", 1.0, 9);
    test::encode(p.tmp / "b.wav", flac2);

    test::CaptureRig rig{4.0};
    test::UiFixture fx{false, rig.dir() / "asound.conf"};
    // The QA clock (the window's --at): 2015-03-07 12:00 UTC, before release.json expires (03-08).
    ui::ListenerContext qa;
    qa.qa = true;
    qa.territory = QStringLiteral("CN");
    qa.tier = QStringLiteral("vip");
    qa.at = QDateTime(QDate(2015, 3, 7), QTime(12, 0), Qt::UTC);
    fx.settings().setQa(qa);
    fx.restart();
    ui::MainWindow& w = *fx.app().window();
    ui::SyncService& sync = *fx.app().subscription();
    ui::SubscriberPane& pane = *fx.app().subscriberPane();
    w.resize(1280, 800);
    w.show();
    REQUIRE(waitFor([&] { return !pane.offlineLabel()->text().isEmpty(); }, 10000));
    CHECK(pane.offlineLabel()->text().startsWith(QStringLiteral("Not set up")));
    CHECK(pane.sidebar()->isHidden()); // no Playlists section for a listener who is not a subscriber

    // Settings > Subscription: the feed URL, its root and CA; "Set up this device"; the device id shown.
    QString deviceId;
    QString publicKey;
    inSettings(w, [&](ui::SettingsDialog& d) {
        auto* tab = d.findChild<ui::SubscriptionTab*>();
        REQUIRE(tab != nullptr);
        d.tabs()->setCurrentWidget(tab);
        CHECK(tab->intervalSpin()->value() == 60); // the default
        tab->urlEdit()->setText(QString::fromStdString(p.server->url()));
        tab->rootEdit()->setText(QString::fromStdString((p.feed() / "root" / "1.json").string()));
        tab->caEdit()->setText(QString::fromStdString(p.server->caFile().string()));
        QTest::mouseClick(tab->setUpButton(), Qt::LeftButton);
        REQUIRE(waitFor([&] { return !tab->deviceIdEdit()->text().isEmpty(); }, 20000));
        deviceId = tab->deviceIdEdit()->text();
        publicKey = tab->publicKeyEdit()->text();
        CHECK(tab->deviceIdEdit()->isReadOnly());
        CHECK_FALSE(tab->setUpButton()->isEnabled()); // set up once: the feed is now trusted
        QTest::mouseClick(tab->copyButton(), Qt::LeftButton);
        CHECK(QApplication::clipboard()->text().startsWith(deviceId));
        tab->intervalSpin()->setValue(5);
    });
    // The device key `sync init` made is the one shown.
    auto device = sync::DeviceKey::load(fx.dataDir() / "sync" / "device.key");
    REQUIRE(device.ok());
    CHECK(deviceId.toStdString() == device->deviceId());
    CHECK(publicKey.toStdString() == device->publicKeyBase64());
    // The interval setting drives the timer.
    CHECK(fx.settings().syncIntervalMinutes() == 5);
    CHECK(sync.intervalMinutes() == 5);
    CHECK(sync.timer()->isActive());
    CHECK(sync.timer()->interval() == 5 * 60 * 1000);
    // Set-up syncs once; the service has no lease for this device yet.
    REQUIRE(waitFor([&] { return !sync.syncing() && sync.lastAttempt().isValid(); }, 20000));
    CHECK(pane.offlineLabel()->text().startsWith(QStringLiteral("No lease yet")));
    CHECK(pane.sidebar()->isVisible());

    // The service registers the device and leases it a playlist.
    const std::string id = deviceId.toStdString();
    p.run("publish device" + p.dir() + " --account acc1 --device-id " + id + " --device-key " +
          publicKey.toStdString() + " --territory CN --tier vip");
    p.run("publish playlist" + p.dir() + " --account acc1 --id pl1 --title Porcelain ACC-0001 ACC-0002");
    p.run("publish lease" + p.dir() + " --device-id " + id + " --track ACC-0001=" +
          test::shellQuote(flac1.string()) + " --track ACC-0002=" + test::shellQuote(flac2.string()) +
          "@2015-03-05T00:00:00Z --issued " + kIssued);

    // File > Sync Now (Ctrl+Shift+Y): the playlist appears, with the offline time left on the QA clock.
    QAction* syncNow = action(w, "syncNowAction");
    CHECK(syncNow->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    QSignalSpy finished(&sync, &ui::SyncService::syncFinished);
    syncNow->trigger();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 30000));
    INFO(finished.first().at(2).toString().toStdString());
    REQUIRE(finished.first().at(0).toBool());
    REQUIRE(waitFor([&] { return pane.playlistModel()->rowCount() == 1; }, 10000));
    // offline_until = 2015-03-31 00:00 (30 days from issued); now 03-07 12:00: 23.5 days, 23 whole ones.
    CHECK(pane.offlineLabel()->text() == QStringLiteral("Offline: 23 days left"));
    CHECK(pane.lastSyncLabel()->text().startsWith(QStringLiteral("Last sync: ")));
    CHECK_FALSE(pane.lastSyncLabel()->text().contains(QStringLiteral("never")));
    CHECK(pane.errorLabel()->isHidden());

    // Selecting the playlist shows its tracks in order instead of the library table.
    QListView* list = pane.playlistView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(pane.playlistModel()->index(0)).center());
    CHECK(w.library()->shownSection() == pane.page());
    ui::PlaylistTracksModel* tracks = pane.trackModel();
    REQUIRE(tracks->rowCount() == 2);
    CHECK(tracks->index(0, 0).data(ui::PlaylistTracksModel::RecordingRole) == QStringLiteral("ACC-0001"));
    CHECK(tracks->index(1, 0).data(ui::PlaylistTracksModel::RecordingRole) == QStringLiteral("ACC-0002"));
    // ACC-0002 cannot play (its download right ended): greyed, its reason in the tooltip and the code kept.
    const QModelIndex blocked = tracks->index(1, ui::PlaylistTracksModel::Title);
    CHECK(blocked.data(ui::PlaylistTracksModel::VerdictKeyRole) == QStringLiteral("blocked"));
    CHECK(blocked.data(ui::PlaylistTracksModel::ReasonCodeRole) == QStringLiteral("download_expired"));
    CHECK(blocked.data(Qt::ForegroundRole).value<QBrush>() ==
          QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    CHECK(blocked.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Blocked")));
    const QModelIndex first = tracks->index(0, ui::PlaylistTracksModel::Title);
    CHECK(first.data(ui::PlaylistTracksModel::VerdictKeyRole) == QStringLiteral("playable"));
    CHECK(first.data(Qt::ForegroundRole).isNull());
    CHECK(tracks->index(0, ui::PlaylistTracksModel::Offline).data() == QStringLiteral("Not downloaded"));

    // Download: the progress shows bytes and tracks; Cancel stops it; Download again resumes and finishes.
    QSignalSpy progress(&sync, &ui::SyncService::downloadProgress);
    QSignalSpy downloaded(&sync, &ui::SyncService::downloadFinished);
    QTest::mouseClick(pane.downloadButton(), Qt::LeftButton);
    REQUIRE(waitFor(
        [&] {
            for (const auto& a : progress)
                if (a.at(1).toLongLong() > 0 && a.at(1).toLongLong() < a.at(2).toLongLong())
                    return true;
            return false;
        },
        20000));
    CHECK(pane.progressBar()->isVisible());
    CHECK(pane.cancelButton()->isVisible());
    CHECK_FALSE(pane.downloadButton()->isEnabled());
    CHECK(pane.progressLabel()->text().contains(QStringLiteral(" of 2 tracks")));
    screenshot(w, QStringLiteral("subscriber-playlists-download.png"));
    QTest::mouseClick(pane.cancelButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !downloaded.isEmpty(); }, 20000));
    CHECK_FALSE(downloaded.first().at(1).toBool());
    CHECK(downloaded.first().at(2).toBool()); // cancelled
    CHECK(pane.progressLabel()->text() == QStringLiteral("Download cancelled"));
    CHECK(pane.downloadButton()->isEnabled());

    downloaded.clear();
    QTest::mouseClick(pane.downloadButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !downloaded.isEmpty(); }, 60000));
    INFO(downloaded.first().at(3).toString().toStdString());
    REQUIRE(downloaded.first().at(1).toBool());
    CHECK(pane.progressLabel()->text() == QStringLiteral("Downloaded"));
    const auto& last = progress.last();
    CHECK(last.at(1).toLongLong() == last.at(2).toLongLong());
    CHECK(last.at(3).toInt() == 2);
    CHECK(last.at(4).toInt() == 2);
    REQUIRE(waitFor([&] { return tracks->index(0, 0).data(ui::PlaylistTracksModel::PlaysRole).toBool(); },
                    10000));
    CHECK(tracks->index(0, ui::PlaylistTracksModel::Offline).data() == QStringLiteral("Downloaded"));
    CHECK(pane.playlistModel()->index(0).data().toString() == QStringLiteral("Porcelain (2/2)"));
    CHECK_FALSE(pane.downloadButton()->isEnabled()); // nothing left to download
    // Downloaded, ACC-0002 is still blocked for the same reason.
    CHECK(tracks->index(1, 0).data(ui::PlaylistTracksModel::ReasonCodeRole) ==
          QStringLiteral("download_expired"));
    CHECK_FALSE(tracks->index(1, 0).data(ui::PlaylistTracksModel::PlaysRole).toBool());

    // Activating the downloaded ACC-0001 plays the decrypted .acx: the rig hears the source's samples.
    QSignalSpy queueDone(fx.app().player(), &ui::PlayerBridge::queueFinished);
    QSignalSpy skipped(fx.app().player(), &ui::PlayerBridge::trackSkipped);
    QTableView* table = pane.trackView();
    table->setCurrentIndex(tracks->index(0, ui::PlaylistTracksModel::Title));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !queueDone.isEmpty(); }, 30000));
    CHECK(skipped.isEmpty());
    const auto heard = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
    const auto source = test::trimSilence(test::decodeAll(flac1), 4);
    REQUIRE(heard.size() == source.size());
    CHECK(test::firstDifference(heard, source) == -1);

    // The service publishes a second playlist (lease 2); then an older lease is served again: rollback,
    // refused with its code, and the window keeps showing lease 2's playlists.
    const fs::path leaseDir = p.feed() / "devices" / id;
    const fs::path saved = p.tmp / "lease-1";
    fs::create_directories(saved);
    for (const auto& e : fs::directory_iterator(leaseDir))
        fs::copy_file(e.path(), saved / e.path().filename());
    p.run("publish playlist" + p.dir() + " --account acc1 --id pl2 --title Evening ACC-0002");
    p.run("publish lease" + p.dir() + " --device-id " + id + " --issued 2015-03-02T00:00:00Z");
    finished.clear();
    syncNow->trigger();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 30000));
    REQUIRE(finished.first().at(0).toBool());
    REQUIRE(waitFor([&] { return pane.playlistModel()->rowCount() == 2; }, 10000));
    // Lease 2 was issued a day later: its offline_until is 2015-04-01, 24.5 days away.
    CHECK(pane.offlineLabel()->text() == QStringLiteral("Offline: 24 days left"));
    for (const auto& e : fs::directory_iterator(saved))
        fs::copy_file(e.path(), leaseDir / e.path().filename(), fs::copy_options::overwrite_existing);
    finished.clear();
    syncNow->trigger();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 30000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString() == QStringLiteral("rollback"));
    CHECK(sync.lastErrorCode() == QStringLiteral("rollback"));
    QTest::qWait(200); // the snapshot judged after the refusal arrives
    CHECK(pane.playlistModel()->rowCount() == 2);
    CHECK(pane.playlistModel()->index(1).data(ui::SubscriberPlaylistModel::IdRole) == QStringLiteral("pl2"));
    CHECK(pane.errorLabel()->isVisible());
    CHECK(pane.errorLabel()->text().contains(QStringLiteral("rollback")));
    CHECK(pane.offlineLabel()->text() == QStringLiteral("Offline: 24 days left")); // not lease 1's 23
    CHECK(tracks->rowCount() == 2); // the playlist on screen is untouched

    // QA mode off: the window judges on the wall clock and raises the highest time seen in sync.db...
    const auto wallBefore =
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    inSettings(w, [](ui::SettingsDialog& d) { d.setQaEnabled(false); });
    REQUIRE(waitFor([&] { return sync.snapshot().now.date().year() >= 2026; }, 10000));
    auto status = sync::SyncClient::status(fx.dataDir(), wallBefore);
    REQUIRE(status.ok());
    REQUIRE(status->highestSeen.has_value());
    CHECK(*status->highestSeen >= wallBefore);
    CHECK(pane.offlineLabel()->text() == QStringLiteral("Offline: 0 days left")); // long past 2015-04-01
    // ...so the QA clock set back to 2015 is before it: every track is clock_rollback, greyed.
    inSettings(w, [](ui::SettingsDialog& d) { d.setQaEnabled(true); });
    REQUIRE(waitFor(
        [&] {
            return tracks->index(0, 0).data(ui::PlaylistTracksModel::ReasonCodeRole) ==
                   QStringLiteral("clock_rollback");
        },
        10000));
    CHECK_FALSE(tracks->index(0, 0).data(ui::PlaylistTracksModel::PlaysRole).toBool());
    CHECK(tracks->index(0, ui::PlaylistTracksModel::Title).data(Qt::ForegroundRole).value<QBrush>() ==
          QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
}
