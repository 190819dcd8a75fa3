// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/lyrics_controller.hpp"

#include "application/app_settings.hpp"
#include "bridge/lyrics_service.hpp"
#include "bridge/player_bridge.hpp"
#include "widgets/lyrics_pane.hpp"
#include "widgets/retranslator.hpp"
#include "windows/main_window.hpp"

#include <QTabWidget>

namespace accord::ui {

LyricsController::LyricsController(MainWindow* window, PlayerBridge* player, AppSettings& settings)
    : QObject(window), m_window(window), m_player(player), m_settings(settings),
      m_service(new LyricsService(this)), m_pane(new LyricsPane(window))
{
    QTabWidget* tabs = m_window->sideTabs();
    const int index = tabs->addTab(m_pane, QString());
    auto* tr = new Retranslator(m_pane);
    tr->add([tabs, index] { tabs->setTabText(index, LyricsController::tr("Lyrics")); });

    connect(m_player, &PlayerBridge::trackChanged, this, [this](const NowPlayingInfo& info) {
        if (!info.valid())
            m_pane->clear();
        else if (info.path != m_pane->path())
            trackStarted(info.path);
    });
    connect(m_player, &PlayerBridge::queueFinished, this, [this] {
        m_service->cancel();
        m_pane->clear();
    });
    connect(m_player, &PlayerBridge::stateChanged, this, [this](PlayState state) {
        if (state == PlayState::Stopped) {
            m_service->cancel();
            m_pane->clear();
        }
    });
    connect(m_player, &PlayerBridge::positionChanged, m_pane, &LyricsPane::setPosition);
    connect(m_service, &LyricsService::lyricsFound, m_pane, &LyricsPane::setLyrics);
    connect(m_pane, &LyricsPane::seekRequested, m_player, &PlayerBridge::seekMs);
    connect(m_pane, &LyricsPane::offsetChanged, this,
            [this](const QString& path, qint64 ms) { m_settings.setLyricsOffsetMs(path, ms); });
}

void LyricsController::trackStarted(const QString& path)
{
    m_pane->setLoading(path, m_settings.lyricsOffsetMs(path));
    m_service->request(path);
}

} // namespace accord::ui
