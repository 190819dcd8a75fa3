// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// ReplayGain scanning in the real window: Tools > Scan ReplayGain… over the whole demo library (off the GUI
// thread, progress in the dialog, files untouched without the tags checkbox), then Track gain in the
// settings plays an untagged demo track with the scanned gain: the signal path says so, the Bit-perfect
// badge is gone, and the capture rig hears the source times the gain. Screenshots go to the build's
// screenshots folder.
#include "application/app_settings.hpp"
#include "bridge/player_bridge.hpp"
#include "library/library_db.hpp"
#include "library/replay_gain_store.hpp"
#include "support/capture_rig.hpp"
#include "support/command.hpp"
#include "support/fixtures.hpp"
#include "ui_fixture.hpp"
#include "widgets/now_playing_panel.hpp"
#include "windows/main_window.hpp"
#include "windows/replaygain_dialog.hpp"
#include "windows/settings_dialog.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstring>

#include "qt_catch.hpp"

using namespace accord;

namespace {

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(ACCORD_SCREENSHOT_DIR_DEFAULT);
    QDir().mkpath(dir);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

void chooseTrackGain(ui::MainWindow& w)
{
    QAction* open = w.findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(open != nullptr);
    bool done = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog || done)
            return;
        done = true;
        for (QComboBox* box : dialog->findChildren<QComboBox*>())
            if (box->findText(QStringLiteral("Track gain")) >= 0)
                box->setCurrentIndex(box->findText(QStringLiteral("Track gain")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    poll.start(20);
    open->trigger();
    REQUIRE(done);
}

std::vector<std::int16_t> samples16(const std::vector<std::uint8_t>& bytes)
{
    std::vector<std::int16_t> out(bytes.size() / 2);
    std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

} // namespace

TEST_CASE("scan ReplayGain from the Tools menu, then hear an untagged track play with the scanned gain",
          "[ui][app][rig][replaygain]")
{
    test::CaptureRig rig{4.0};
    test::UiFixture fx{false, rig.dir() / "asound.conf"};
    REQUIRE(fx.loadDemo());
    ui::MainWindow& w = *fx.app().window();
    w.resize(1280, 800);
    w.show();
    const auto track = fx.dataDir() / "demo" / "01 - Open Skies.flac";
    const std::string bytesBefore = test::fileBytes(track);

    QAction* scan = w.findChild<QAction*>(QStringLiteral("scanReplayGainAction"));
    REQUIRE(scan != nullptr);
    scan->trigger();
    auto* dialog = w.findChild<ui::ReplayGainDialog*>(QStringLiteral("replayGainDialog"));
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    auto* wholeLibrary = dialog->findChild<QRadioButton*>(QStringLiteral("rgWholeLibrary"));
    auto* writeTags = dialog->findChild<QCheckBox*>(QStringLiteral("rgWriteTags"));
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("rgStart"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("rgStatus"));
    auto* progress = dialog->findChild<QProgressBar*>(QStringLiteral("rgProgress"));
    REQUIRE((wholeLibrary && writeTags && start && status && progress));
    CHECK_FALSE(writeTags->isChecked()); // the files are the listener's: never ticked by default
    wholeLibrary->setChecked(true);
    QTest::mouseClick(start, Qt::LeftButton);
    CHECK_FALSE(start->isEnabled()); // running: the GUI thread is free, the scan on its own thread
    for (int i = 0; i < 1200 && !start->isEnabled(); ++i)
        QTest::qWait(50);
    REQUIRE(start->isEnabled());
    INFO(status->text().toStdString());
    CHECK(status->text().contains(QStringLiteral("files measured")));
    CHECK(status->text().contains(QStringLiteral("Tags written: 0")));
    CHECK(progress->value() == progress->maximum());
    screenshot(*dialog, QStringLiteral("replaygain-scan.png"));
    CHECK(test::fileBytes(track) == bytesBefore);

    auto db = library::LibraryDb::open(library::LibraryDb::pathIn(fx.dataDir()));
    REQUIRE(db.ok());
    library::ReplayGainStore store(db->connection());
    auto stored = store.forPath(track.string());
    REQUIRE(stored.ok());
    REQUIRE(*stored);
    REQUIRE((*stored)->trackGain);
    const double gainDb = *(*stored)->trackGain;
    const double linear = std::min(std::pow(10.0, gainDb / 20.0), 1.0 / (*stored)->trackPeak);
    dialog->close();

    chooseTrackGain(w);
    CHECK(fx.settings().replayGain() == ui::ReplayGainMode::Track);
    QSignalSpy changed(fx.app().player(), &ui::PlayerBridge::trackChanged);
    QSignalSpy finished(fx.app().player(), &ui::PlayerBridge::queueFinished);
    fx.app().enqueue({QString::fromStdString(track.string())}, -1, true);
    REQUIRE((!changed.isEmpty() || changed.wait(30000)));
    QTest::qWait(50);
    const QString path = w.nowPlaying()->signalPathText();
    INFO(path.toStdString());
    CHECK(path.contains(QStringLiteral("replaygain: track gain")));
    CHECK(path.contains(QStringLiteral("scanned by Accord")));
    CHECK_FALSE(w.nowPlaying()->badges().contains(QStringLiteral("Bit-perfect")));
    screenshot(w, QStringLiteral("signal-path-scanned-replaygain.png"));

    REQUIRE((!finished.isEmpty() || finished.wait(60000)));
    const auto source = samples16(test::decodeAll(track));
    const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
    REQUIRE(heard.size() == source.size());
    double worst = 0;
    for (std::size_t i = 0; i < heard.size(); ++i)
        worst = std::max(worst, std::abs(heard[i] - source[i] * linear));
    CHECK(worst < 1.5);
}
