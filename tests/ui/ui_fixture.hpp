// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

// A whole UiApplication on the real player, library service and gate, in a temporary data folder with
// its own settings file and a null ALSA device, for widget, screenshot and MPRIS tests.

#include "application/app_settings.hpp"
#include "application/ui_application.hpp"
#include "identify/fingerprint.hpp"
#include "playback/player.hpp"
#include "support/capture_rig.hpp"
#include "support/temp_dir.hpp"

#include <QSettings>

#include <functional>
#include <memory>

namespace accord::test {

/// A catalogue with one recording known by ISRC and fingerprint (worldwide streaming deal), and a policy
/// under which files the catalogue does not know may not play.
void writeFingerprintCatalogue(const std::filesystem::path& dataDir, const identify::Fingerprint& fp);

class UiFixture {
public:
    /// `pacedAudio`: the sound card is the capture rig at real-time pace (tracks take their length to
    /// play, as on a real card) instead of a null device that swallows a track in milliseconds.
    explicit UiFixture(bool mpris = false, bool pacedAudio = false);
    /// `alsaConfig`: the sound card, e.g. a CaptureRig's asound.conf to hear (and record) what plays in real
    /// time; empty: a null device on which everything "plays" instantly.
    UiFixture(bool mpris, const std::filesystem::path& alsaConfig);
    ~UiFixture();

    ui::UiApplication& app() { return *m_app; }
    ui::AppSettings& settings() { return *m_settings; }
    const std::filesystem::path& dataDir() const { return m_dataDir; }
    /// Installs the demo (tracks + catalogue) and waits until the library shows it. False on timeout.
    bool loadDemo(int timeoutMs = 120000);
    /// Waits until the library has rows and every row has its verdict.
    bool waitUntilDecided(int timeoutMs = 60000);
    /// Recreates the UiApplication (after a language change, or to test session restore). `whileClosed`
    /// runs after the old one is gone and before the new one starts (files copied while Accord is closed).
    void restart(bool mpris = false, const std::function<void()>& whileClosed = {});

private:
    void useAlsaConfig(std::filesystem::path alsa);
    void start(bool mpris);
    TempDir m_dir{"accord-ui"};
    std::unique_ptr<CaptureRig> m_rig; ///< with pacedAudio
    std::filesystem::path m_dataDir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<playback::Player> m_player;
    std::unique_ptr<ui::UiApplication> m_app;
};

} // namespace accord::test
