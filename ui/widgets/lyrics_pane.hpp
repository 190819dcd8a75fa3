// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "lyrics/lyrics.hpp"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace accord::ui {

class Retranslator;

/// The lyrics of the track playing: synced lines follow the position (the frames the device played, as
/// PlayerBridge reports them), the current one highlighted and scrolled to the middle; a click on a synced
/// line asks to seek there; an offset control moves the lines by 0.1 s steps (positive: lines come
/// sooner, as in LRC's [offset:]). Plain lyrics show as text, without highlight. States: nothing playing,
/// looking, no lyrics, lyrics. [GUI thread]
class LyricsPane : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kOffsetStepMs = 100;

    explicit LyricsPane(QWidget* parent = nullptr);

    /// A track started: its lyrics are being looked up. `offsetMs` is the listener's offset for it.
    void setLoading(const QString& path, qint64 offsetMs);
    /// The lookup's answer for `path` (ignored unless it is the track shown); null: no lyrics.
    void setLyrics(const QString& path, std::shared_ptr<const lyrics::Lyrics> lyrics);
    /// Nothing plays.
    void clear();
    /// The position in the track, in ms (from frames played).
    void setPosition(qint64 ms);
    void setOffsetMs(qint64 ms);

    qint64 offsetMs() const noexcept { return m_offsetMs; }
    /// The highlighted line, -1 when none (before the first line, unsynced or no lyrics).
    int currentLine() const noexcept { return m_current; }
    const QString& path() const noexcept { return m_path; }
    const lyrics::Lyrics* lyrics() const noexcept { return m_lyrics.get(); }
    QListWidget* lines() const noexcept { return m_list; }
    QLabel* stateLabel() const noexcept { return m_state; }
    QLabel* offsetLabel() const noexcept { return m_offsetLabel; }
    QToolButton* earlierButton() const noexcept { return m_earlier; }
    QToolButton* laterButton() const noexcept { return m_later; }

Q_SIGNALS:
    /// A synced line was clicked: seek the track to `ms`.
    void seekRequested(qint64 ms);
    /// The listener changed the offset of the track at `path`.
    void offsetChanged(const QString& path, qint64 ms);

private:
    void showLines();
    void highlight(int line);
    void changeOffset(qint64 ms);
    void updateTexts();

    Retranslator* m_tr;
    QLabel* m_source;
    QLabel* m_offsetLabel;
    QToolButton* m_earlier;
    QToolButton* m_later;
    QToolButton* m_reset;
    QStackedWidget* m_stack;
    QLabel* m_state;
    QListWidget* m_list;
    QString m_path;
    std::shared_ptr<const lyrics::Lyrics> m_lyrics;
    enum class State { Idle, Loading, None, Shown } m_stateKind = State::Idle;
    qint64 m_offsetMs = 0;
    qint64 m_positionMs = 0;
    int m_current = -1;
};

} // namespace accord::ui
