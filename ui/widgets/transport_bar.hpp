// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/now_playing_info.hpp"

#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace accord::ui {

class SeekSlider;

/// Transport buttons, seek slider with elapsed / remaining time, shuffle, repeat and volume.
/// Emits requests only; the composition root forwards them to the player and feeds state back. [GUI thread]
class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(QWidget* parent = nullptr);

    void setState(PlayState state);
    void setDuration(qint64 ms);
    void setPosition(qint64 ms);
    void setVolume(double volume); ///< 0..1
    void setRepeat(RepeatState repeat);
    RepeatState repeat() const noexcept { return m_repeat; }
    double volume() const;
    QString elapsedText() const;
    QString remainingText() const;
    SeekSlider* seekSlider() const noexcept { return m_seek; }

Q_SIGNALS:
    void previousClicked();
    void playPauseClicked();
    void nextClicked();
    void stopClicked();
    void shuffleClicked();
    void seekRequested(qint64 ms);
    void repeatChanged(accord::ui::RepeatState repeat);
    void volumeChanged(double volume);

private:
    void updateTimes();

    QToolButton* m_previous;
    QToolButton* m_playPause;
    QToolButton* m_next;
    QToolButton* m_stop;
    QToolButton* m_shuffle;
    QToolButton* m_repeatButton;
    QToolButton* m_mute;
    QSlider* m_volume;
    SeekSlider* m_seek;
    QLabel* m_elapsed;
    QLabel* m_remaining;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    RepeatState m_repeat = RepeatState::Off;
    PlayState m_state = PlayState::Stopped;
    int m_volumeBeforeMute = 100;
};

} // namespace accord::ui
