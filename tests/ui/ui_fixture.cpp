// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "ui_fixture.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

#include "bridge/library_service.hpp"
#include "models/track_table_model.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <fstream>

namespace accord::test {

void writeFingerprintCatalogue(const std::filesystem::path& dataDir, const identify::Fingerprint& fp)
{
    using nlohmann::json;
    const json doc{
        {"format", "accord-catalogue"},
        {"version", 1},
        {"policy", {{"preview_seconds", 30}, {"unidentified_playable", false}}},
        {"parties", {{{"id", "P-label"}, {"name", "Label"}, {"role", "label"}}}},
        {"recordings",
         {{{"id", "REC-FP"},
           {"isrc", "QZDA82699001"},
           {"title", "Known Melody"},
           {"artists", {"Someone"}},
           {"duration", 20},
           {"fingerprint", fp.encoded},
           {"fingerprint_duration", static_cast<int>(fp.durationS)}}}},
        {"deals",
         {{{"id", "D-1"},
           {"recording", "REC-FP"},
           {"licensor", "P-label"},
           {"licensee", "Accord"},
           {"territories", "Worldwide"},
           {"use_types", {"stream"}},
           {"commercial_models", {"AdvertisementSupportedModel", "SubscriptionModel"}}}}},
    };
    const auto file = dataDir / "catalogue.json";
    std::ofstream(file) << doc.dump();
    auto cat = catalogue::Catalogue::open(dataDir / "catalogue.db");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {file};
    REQUIRE(catalogue::importCatalogueFiles(*cat, files).ok());
}

UiFixture::UiFixture(bool mpris, bool pacedAudio) : m_dataDir(m_dir.path() / "data")
{
    if (pacedAudio)
        m_rig = std::make_unique<CaptureRig>(1.0); // sets ALSA_CONFIG_PATH
    else
        useAlsaConfig({});
    start(mpris);
}

UiFixture::UiFixture(bool mpris, const std::filesystem::path& alsaConfig) : m_dataDir(m_dir.path() / "data")
{
    useAlsaConfig(alsaConfig);
    start(mpris);
}

void UiFixture::useAlsaConfig(std::filesystem::path alsa)
{
    if (alsa.empty()) {
        alsa = m_dir.path() / "asound.conf";
        std::ofstream(alsa) << "pcm.default { type null }\n";
    }
    qputenv("ALSA_CONFIG_PATH", QByteArray::fromStdString(alsa.string()));
}

void UiFixture::start(bool mpris)
{
    m_qsettings = std::make_unique<QSettings>(QString::fromStdString((m_dir.path() / "accord.conf").string()),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<ui::AppSettings>(m_qsettings.get());
    restart(mpris);
}

UiFixture::~UiFixture()
{
    m_app.reset();
    m_player.reset();
    if (m_rig)
        m_rig->waitForPacers();
}

void UiFixture::restart(bool mpris, const std::function<void()>& whileClosed)
{
    m_app.reset();
    m_player.reset();
    if (whileClosed)
        whileClosed();
    // As main() does: the subscriber's downloaded .acx tracks decrypt with the synced lease's keys.
    auto contentKeys = std::make_shared<sync::LeaseKeyProvider>(m_dataDir);
    playback::PlayerOptions playerOptions;
    playerOptions.contentKeys = contentKeys;
    m_player = std::make_unique<playback::Player>(playerOptions);
    ui::UiApplication::Options options;
    options.dataDir = m_dataDir;
    options.contentKeys = contentKeys;
    options.registerMpris = mpris;
    options.trayIcon = false;
    m_app = std::make_unique<ui::UiApplication>(*m_player, *m_settings, options);
    m_app->window()->resize(1280, 800);
}

bool UiFixture::loadDemo(int timeoutMs)
{
    m_app->library()->installDemo();
    return waitUntilDecided(timeoutMs);
}

bool UiFixture::waitUntilDecided(int timeoutMs)
{
    // Rows arrive first, their verdicts in chunks after: done when rows exist and none is undecided.
    auto* model = m_app->window()->library()->trackModel();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool decided = model->rowCount() > 0;
        for (int r = 0; decided && r < model->rowCount(); ++r)
            decided = model->data(model->index(r, 0), ui::TrackTableModel::VerdictRole).toInt() !=
                      int(ui::Verdict::Unknown);
        if (decided)
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace accord::test
