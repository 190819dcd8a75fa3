// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>

namespace accord::ui {

class AppSettings;
class LyricsPane;
class LyricsService;
class MainWindow;
class PlayerBridge;

/// The window's lyrics: puts the Lyrics tab beside the Queue, asks the service for each track that starts
/// playing, moves the highlight with the player's position (frames played), seeks where a line is clicked,
/// and keeps each track's offset in the settings (files are the listener's: Accord never rewrites a .lrc).
/// [GUI thread]
class LyricsController : public QObject {
    Q_OBJECT
public:
    /// `settings` must outlive the controller; the controller is a child of `window`.
    LyricsController(MainWindow* window, PlayerBridge* player, AppSettings& settings);

    LyricsPane* pane() const noexcept { return m_pane; }
    LyricsService* service() const noexcept { return m_service; }

private:
    void trackStarted(const QString& path);
    MainWindow* m_window;
    PlayerBridge* m_player;
    AppSettings& m_settings;
    LyricsService* m_service;
    LyricsPane* m_pane;
};

} // namespace accord::ui
