// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "ui_fixture.hpp"

#include "bridge/library_service.hpp"
#include "windows/main_window.hpp"

#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>

#include <fstream>

namespace accord::test {

UiFixture::UiFixture(bool mpris) : m_dataDir(m_dir.path() / "data")
{
    const auto alsa = m_dir.path() / "asound.conf";
    std::ofstream(alsa) << "pcm.default { type null }\n";
    qputenv("ALSA_CONFIG_PATH", QByteArray::fromStdString(alsa.string()));
    m_qsettings = std::make_unique<QSettings>(QString::fromStdString((m_dir.path() / "accord.conf").string()),
                                              QSettings::IniFormat);
    m_settings = std::make_unique<ui::AppSettings>(m_qsettings.get());
    restart(mpris);
}

UiFixture::~UiFixture()
{
    m_app.reset();
    m_player.reset();
}

void UiFixture::restart(bool mpris)
{
    m_app.reset();
    m_player.reset();
    m_player = std::make_unique<playback::Player>();
    ui::UiApplication::Options options;
    options.dataDir = m_dataDir;
    options.registerMpris = mpris;
    options.trayIcon = false;
    m_app = std::make_unique<ui::UiApplication>(*m_player, *m_settings, options);
    m_app->window()->resize(1280, 800);
}

bool UiFixture::loadDemo(int timeoutMs)
{
    QSignalSpy loaded(m_app->library(), &ui::LibraryService::libraryLoaded);
    QSignalSpy decided(m_app->library(), &ui::LibraryService::decisionsFinished);
    m_app->library()->installDemo();
    QElapsedTimer timer;
    timer.start();
    bool rows = false;
    while (timer.elapsed() < timeoutMs) {
        if (!rows && !loaded.isEmpty()) {
            const auto store = loaded.takeLast().at(0).value<std::shared_ptr<ui::TrackStore>>();
            rows = store && store->size() > 0;
            decided.clear();  // only a decision run after the rows arrived counts
        }
        if (rows && !decided.isEmpty())
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace accord::test
