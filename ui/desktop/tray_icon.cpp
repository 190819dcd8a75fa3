// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "desktop/tray_icon.hpp"

#include "bridge/player_bridge.hpp"
#include "widgets/icons.hpp"
#include "widgets/retranslator.hpp"
#include "windows/main_window.hpp"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace accord::ui {

TrayIcon::TrayIcon(MainWindow* window, PlayerBridge* player, QObject* parent)
    : QObject(parent), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(Icons::get(Icons::App), this);
    auto* menu = new QMenu(window);
    QAction* playPause =
        menu->addAction(Icons::get(Icons::Play), QString(), window, &MainWindow::playPauseRequested);
    QAction* next = menu->addAction(Icons::get(Icons::Next), QString(), player, &PlayerBridge::next);
    QAction* previous =
        menu->addAction(Icons::get(Icons::Previous), QString(), player, &PlayerBridge::previous);
    menu->addSeparator();
    QAction* show = menu->addAction(QString(), window, [window] {
        window->showNormal();
        window->activateWindow();
    });
    QAction* quit = menu->addAction(QString(), qApp, &QApplication::quit);
    (new Retranslator(menu))->add([=, this] {
        playPause->setText(tr("Play / Pause"));
        next->setText(tr("Next"));
        previous->setText(tr("Previous"));
        show->setText(tr("Show Accord"));
        quit->setText(tr("Quit"));
        updateToolTip();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            m_window->setVisible(!m_window->isVisible());
    });
    connect(player, &PlayerBridge::trackChanged, this, [this](const NowPlayingInfo& i) {
        m_track = i;
        updateToolTip();
    });
    m_tray->show();
}

void TrayIcon::updateToolTip()
{
    if (m_track.title.isEmpty())
        m_tray->setToolTip(tr("Accord"));
    else
        m_tray->setToolTip(m_track.artist.isEmpty()
                               ? m_track.title
                               : QStringLiteral("%1 \u2014 %2").arg(m_track.artist, m_track.title));
}

} // namespace accord::ui
