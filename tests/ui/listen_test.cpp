// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The window as a listener uses it, on a sound card that records what it plays in real time (the capture
// rig, sped up): ReplayGain chosen in the settings, a fixed output rate, a capped hi-res track's length, and
// Alt+Right inside the last seconds of a track. Screenshots of the signal path go to the build's
// screenshots folder.
#include "application/app_settings.hpp"
#include "bridge/player_bridge.hpp"
#include "support/audio_fixtures.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"
#include "ui_fixture.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/seek_slider.hpp"
#include "widgets/transport_bar.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <functional>

#include "qt_catch.hpp"

using namespace accord;

namespace {

/// A listener's session: the capture rig as the sound card (4x real time), the whole application on it
/// with the demo library loaded and decided.
struct Session {
    test::CaptureRig rig{4.0};
    test::UiFixture fx{false, rig.dir() / "asound.conf"};

    Session() { REQUIRE(fx.loadDemo()); }
    ui::MainWindow& window() { return *fx.app().window(); }
    ui::PlayerBridge& player() { return *fx.app().player(); }
    QString demo(const char* name) const
    {
        return QString::fromStdString((fx.dataDir() / "demo" / name).string());
    }
};

/// Tools > Settings…, as the listener opens it: `edit` changes the dialog, then OK is pressed.
void changeSettings(ui::MainWindow& w, const std::function<void(ui::SettingsDialog&)>& edit)
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
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    poll.start(20);
    open->trigger(); // the modal dialog runs its own event loop until OK
    REQUIRE(done);
}

QComboBox* comboWithText(ui::SettingsDialog& d, const QString& text)
{
    for (QComboBox* box : d.findChildren<QComboBox*>())
        if (box->findText(text) >= 0)
            return box;
    FAIL("no combo box offers " << text.toStdString());
    return nullptr;
}

void chooseReplayGain(ui::SettingsDialog& d, const QString& mode)
{
    QComboBox* box = comboWithText(d, mode);
    box->setCurrentIndex(box->findText(mode));
}

void chooseFixedRate(ui::SettingsDialog& d, int hz)
{
    for (QCheckBox* c : d.findChildren<QCheckBox*>())
        if (c->text().startsWith(QStringLiteral("Resample everything")))
            c->setChecked(true);
    QComboBox* box = comboWithText(d, QStringLiteral("%1 Hz").arg(hz));
    box->setCurrentIndex(box->findData(hz));
}

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(ACCORD_SCREENSHOT_DIR_DEFAULT);
    QDir().mkpath(dir);
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

/// Waits until the player reports the track at `queueIndex` (the window has shown it by then).
ui::NowPlayingInfo waitForTrack(QSignalSpy& changed, int queueIndex)
{
    for (int i = 0; i < 300; ++i) {
        for (const auto& args : changed) {
            const auto info = args.at(0).value<ui::NowPlayingInfo>();
            if (info.queueIndex == queueIndex) {
                QTest::qWait(20);
                return info;
            }
        }
        changed.wait(100);
    }
    FAIL("track " << queueIndex << " never started");
    return {};
}

bool waitFinished(QSignalSpy& finished, int ms = 60000)
{
    return !finished.isEmpty() || finished.wait(ms);
}

std::vector<std::int16_t> samples16(const std::vector<std::uint8_t>& bytes)
{
    std::vector<std::int16_t> out(bytes.size() / 2);
    std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

int peakOf(const std::vector<std::int16_t>& s)
{
    int peak = 0;
    for (const std::int16_t v : s)
        peak = std::max(peak, std::abs(static_cast<int>(v)));
    return peak;
}

qint64 largestPosition(const QSignalSpy& positions)
{
    qint64 most = 0;
    for (const auto& args : positions)
        most = std::max(most, args.at(0).toLongLong());
    return most;
}

} // namespace

TEST_CASE(
    "choose Track gain, play a track tagged -6 dB and hear it 6 dB quieter, the gain in the signal path",
    "[ui][app][rig][replaygain]")
{
    Session s;
    // A 9 s recording of "Open Skies" (the catalogue knows it by its ISRC), tagged -6 dB by ReplayGain. Its
    // first frame is loud, so the dithered capture lines up with the source where its silence ends.
    const auto file = s.rig.dir() / "Open Skies (ReplayGain).flac";
    REQUIRE(audio::writePcmFile(file, {audio::Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 9 * 44100, 71, 0.8))
                .ok());
    test::tagFile(file, {{"TITLE", "Open Skies"},
                         {"ARTIST", "Accord Ensemble"},
                         {"ISRC", "QZDA82600001"},
                         {"REPLAYGAIN_TRACK_GAIN", "-6.00 dB"},
                         {"REPLAYGAIN_TRACK_PEAK", "0.700000"}});
    changeSettings(s.window(),
                   [](ui::SettingsDialog& d) { chooseReplayGain(d, QStringLiteral("Track gain")); });
    CHECK(s.fx.settings().replayGain() == ui::ReplayGainMode::Track);

    QSignalSpy changed(&s.player(), &ui::PlayerBridge::trackChanged);
    QSignalSpy finished(&s.player(), &ui::PlayerBridge::queueFinished);
    QSignalSpy skipped(&s.player(), &ui::PlayerBridge::trackSkipped);
    s.window().resize(1280, 800);
    s.window().show();
    s.fx.app().enqueue({QString::fromStdString(file.string())}, -1, true);
    waitForTrack(changed, 0);

    const QString path = s.window().nowPlaying()->signalPathText();
    INFO(path.toStdString());
    CHECK(path.contains(QStringLiteral("replaygain: track gain -6.00 dB")));
    CHECK_FALSE(s.window().nowPlaying()->badges().contains(QStringLiteral("Bit-perfect")));
    screenshot(s.window(), QStringLiteral("signal-path-replaygain.png"));

    REQUIRE(waitFinished(finished));
    CHECK(skipped.isEmpty());
    const auto source = samples16(test::decodeAll(file));
    const auto heard = samples16(test::trimSilence(s.rig.capture(44100, "S16_LE"), 4));
    REQUIRE(heard.size() == source.size());
    const double gain = std::pow(10.0, -6.0 / 20.0);
    double worst = 0;
    for (std::size_t i = 0; i < heard.size(); ++i)
        worst = std::max(worst, std::abs(heard[i] - source[i] * gain));
    CHECK(worst < 1.5);
    CHECK(20.0 * std::log10(static_cast<double>(peakOf(heard)) / peakOf(source)) ==
          Approx(-6.0).margin(0.01));
}

TEST_CASE(
    "a fixed 48 kHz output shows a 9 s track as 9 s, the bar reaches the end, and says it is your choice",
    "[ui][app][rig][fixed-rate]")
{
    Session s;
    changeSettings(s.window(), [](ui::SettingsDialog& d) { chooseFixedRate(d, 48000); });
    CHECK(s.fx.settings().fixedRate() == 48000);

    QSignalSpy changed(&s.player(), &ui::PlayerBridge::trackChanged);
    QSignalSpy positions(&s.player(), &ui::PlayerBridge::positionChanged);
    QSignalSpy finished(&s.player(), &ui::PlayerBridge::queueFinished);
    s.window().resize(1280, 800);
    s.window().show();
    s.fx.app().enqueue({s.demo("01 - Open Skies.flac")}, -1, true); // 9 s at 44.1 kHz, free tier
    const ui::NowPlayingInfo info = waitForTrack(changed, 0);
    CHECK(info.durationMs == 9000);
    const auto* transport = s.window().transport();
    CHECK(transport->remainingText() == QStringLiteral("-0:09"));
    CHECK(transport->seekSlider()->maximum() == 9000);

    // The listener's own setting, not a licence cap: no "Capped" badge, no "SVIP required".
    const QString path = s.window().nowPlaying()->signalPathText();
    INFO(path.toStdString());
    CHECK(path.contains(QStringLiteral("fixed-rate: 44100 Hz -> 48000 Hz")));
    CHECK_FALSE(path.contains(QStringLiteral("licence-cap")));
    CHECK_FALSE(path.contains(QStringLiteral("SVIP")));
    CHECK_FALSE(s.window().nowPlaying()->badges().contains(QStringLiteral("Capped")));
    screenshot(s.window(), QStringLiteral("signal-path-fixed-rate.png"));

    REQUIRE(waitFinished(finished));
    CHECK(largestPosition(positions) == 9000); // the bar reached the end, not 8.27 s nor beyond
    const auto heard = test::trimSilence(s.rig.capture(48000, "S16_LE"), 4);
    CHECK(static_cast<long>(heard.size() / 4) == Approx(9 * 48000).margin(64));
}

TEST_CASE("play a capped 24/96 track and see its own 8 s, with the bar reaching the end",
          "[ui][app][rig][caps]")
{
    Session s;
    QSignalSpy changed(&s.player(), &ui::PlayerBridge::trackChanged);
    QSignalSpy positions(&s.player(), &ui::PlayerBridge::positionChanged);
    QSignalSpy finished(&s.player(), &ui::PlayerBridge::queueFinished);
    s.fx.app().enqueue({s.demo("04 - Studio Master.flac")}, -1, true); // 8 s, 24/96, capped to 16/48
    const ui::NowPlayingInfo info = waitForTrack(changed, 0);
    CHECK(info.durationMs == 8000); // what MPRIS reports as mpris:length too
    CHECK(s.window().transport()->remainingText() == QStringLiteral("-0:08"));
    CHECK(s.window().nowPlaying()->signalPathText().contains(
        QStringLiteral("licence-cap: 96000 Hz -> 48000 Hz")));
    CHECK(s.window().nowPlaying()->badges().contains(QStringLiteral("Capped")));
    REQUIRE(waitFinished(finished));
    CHECK(largestPosition(positions) == 8000); // positions in source time reach the end, not half way
}

TEST_CASE("press Alt+Right inside the last 10 s of a track and hear it end cleanly, then the next one",
          "[ui][app][rig][seek]")
{
    Session s;
    QSignalSpy changed(&s.player(), &ui::PlayerBridge::trackChanged);
    QSignalSpy positions(&s.player(), &ui::PlayerBridge::positionChanged);
    QSignalSpy skipped(&s.player(), &ui::PlayerBridge::trackSkipped);
    QSignalSpy errors(&s.player(), &ui::PlayerBridge::errorOccurred);
    QSignalSpy finished(&s.player(), &ui::PlayerBridge::queueFinished);
    s.window().resize(1280, 800);
    s.window().show();
    s.window().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&s.window()));
    // "Open Skies" (9 s: all of it is inside its last 10 s), then "Open Skies" again as the next track.
    s.fx.app().enqueue({s.demo("01 - Open Skies.flac"), s.demo("01 - Open Skies.flac")}, -1, true);
    waitForTrack(changed, 0);
    while (largestPosition(positions) < 1000)
        REQUIRE(positions.wait(5000));
    QTest::keyClick(&s.window(), Qt::Key_Right, Qt::AltModifier);
    waitForTrack(changed, 1);
    REQUIRE(waitFinished(finished));
    CHECK(skipped.isEmpty()); // before: "Skipped ...: cannot seek to frame ...: Internal psf_fseek() failed"
    CHECK(errors.isEmpty());

    // What was heard: the first track up to the seek, then the whole second one, with no error between.
    const auto heard = test::trimSilence(s.rig.capture(44100, "S16_LE"), 4);
    const auto whole = test::decodeAll(s.demo("01 - Open Skies.flac").toStdString());
    REQUIRE(heard.size() > whole.size());
    REQUIRE(heard.size() < 2 * whole.size());
    const std::vector<std::uint8_t> tail(heard.end() - static_cast<long>(whole.size()), heard.end());
    CHECK(test::firstDifference(tail, whole) == -1);
    // (the restarted stream begins with one device buffer of silence)
    const auto head = test::trimSilence({heard.begin(), heard.end() - static_cast<long>(whole.size())}, 4);
    REQUIRE(head.size() < whole.size());
    CHECK(test::firstDifference(head, {whole.begin(), whole.begin() + static_cast<long>(head.size())}) == -1);
}
