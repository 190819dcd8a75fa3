// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"

#include <QObject>

class QSystemTrayIcon;

namespace accord::ui {

class MainWindow;
class PlayerBridge;

/// The system tray icon: play/pause, next, previous, show the window, quit; a click toggles the window;
/// the tooltip names the current track. Texts follow live language switches. Does nothing when the
/// desktop has no tray. [GUI thread]
class TrayIcon : public QObject {
    Q_OBJECT
public:
    TrayIcon(MainWindow* window, PlayerBridge* player, QObject* parent = nullptr);
    bool available() const noexcept { return m_tray != nullptr; }

private:
    void updateToolTip();

    MainWindow* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    NowPlayingInfo m_track;
};

} // namespace accord::ui
