// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/transport_bar.hpp"

#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"
#include "widgets/retranslator.hpp"
#include "widgets/seek_slider.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <array>
#include <cmath>

namespace accord::ui {

namespace {

QToolButton* makeButton(Icons::Id icon, const QString& tip, int size, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setIcon(Icons::get(icon));
    b->setIconSize(QSize(size, size));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    // Reachable by Tab (keyboard users), but a click does not take the focus from the table or filter.
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent), m_previous(makeButton(Icons::Previous, QString(), 22, this)),
      m_playPause(makeButton(Icons::Play, QString(), 30, this)),
      m_next(makeButton(Icons::Next, QString(), 22, this)),
      m_stop(makeButton(Icons::Stop, QString(), 20, this)),
      m_shuffle(makeButton(Icons::Shuffle, QString(), 18, this)),
      m_repeatButton(makeButton(Icons::Repeat, QString(), 18, this)),
      m_mute(makeButton(Icons::Volume, QString(), 18, this)), m_volume(new QSlider(Qt::Horizontal, this)),
      m_seek(new SeekSlider(this)), m_elapsed(new QLabel(this)), m_remaining(new QLabel(this))
{
    m_repeatButton->setCheckable(true);
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setFixedWidth(110);
    m_volume->setFocusPolicy(Qt::TabFocus);
    m_seek->setFocusPolicy(Qt::TabFocus);
    for (QLabel* l : {m_elapsed, m_remaining}) {
        l->setMinimumWidth(l->fontMetrics().horizontalAdvance(QStringLiteral("-00:00:00")));
    }
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_playPause);
    layout->addWidget(m_next);
    layout->addWidget(m_stop);
    layout->addSpacing(10);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_seek, 1);
    layout->addWidget(m_remaining);
    layout->addSpacing(10);
    layout->addWidget(m_shuffle);
    layout->addWidget(m_repeatButton);
    layout->addSpacing(8);
    layout->addWidget(m_mute);
    layout->addWidget(m_volume);

    // Tab visits the controls left to right (the seek slider was created last).
    const std::array<QWidget*, 9> order{m_previous, m_playPause,    m_next, m_stop,  m_seek,
                                        m_shuffle,  m_repeatButton, m_mute, m_volume};
    for (std::size_t i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_previous, &QToolButton::clicked, this, &TransportBar::previousClicked);
    connect(m_playPause, &QToolButton::clicked, this, &TransportBar::playPauseClicked);
    connect(m_next, &QToolButton::clicked, this, &TransportBar::nextClicked);
    connect(m_stop, &QToolButton::clicked, this, &TransportBar::stopClicked);
    connect(m_shuffle, &QToolButton::clicked, this, &TransportBar::shuffleClicked);
    connect(m_seek, &SeekSlider::seekRequested, this, &TransportBar::seekRequested);
    connect(m_repeatButton, &QToolButton::clicked, this, [this] {
        const RepeatState next = m_repeat == RepeatState::Off   ? RepeatState::All
                                 : m_repeat == RepeatState::All ? RepeatState::One
                                                                : RepeatState::Off;
        setRepeat(next);
        Q_EMIT repeatChanged(next);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) {
        m_mute->setIcon(Icons::get(v == 0 ? Icons::VolumeMuted : Icons::Volume));
        Q_EMIT volumeChanged(v / 100.0);
    });
    connect(m_mute, &QToolButton::clicked, this, [this] {
        if (m_volume->value() > 0) {
            m_volumeBeforeMute = m_volume->value();
            m_volume->setValue(0);
        } else {
            m_volume->setValue(m_volumeBeforeMute > 0 ? m_volumeBeforeMute : 100);
        }
    });
    setDuration(0);
    (new Retranslator(this))->add([this] {
        for (auto [button, text] :
             {std::pair{m_previous, tr("Previous")}, std::pair{m_next, tr("Next")},
              std::pair{m_stop, tr("Stop")}, std::pair{m_shuffle, tr("Shuffle the queue")},
              std::pair{m_mute, tr("Mute")}}) {
            button->setToolTip(text);
            button->setAccessibleName(text);
        }
        m_volume->setToolTip(tr("Volume (100% is bit-perfect)"));
        m_volume->setAccessibleName(tr("Volume"));
        setState(m_state);
        setRepeat(m_repeat);
    });
}

void TransportBar::setState(PlayState state)
{
    m_state = state;
    const bool playing = state == PlayState::Playing;
    m_playPause->setIcon(Icons::get(playing ? Icons::Pause : Icons::Play));
    m_playPause->setToolTip(playing ? tr("Pause") : tr("Play"));
    m_playPause->setAccessibleName(m_playPause->toolTip());
    if (state == PlayState::Stopped)
        setPosition(0);
}

void TransportBar::setDuration(qint64 ms)
{
    m_duration = ms;
    m_seek->setDuration(ms);
    updateTimes();
}

void TransportBar::setPosition(qint64 ms)
{
    m_position = ms;
    m_seek->setPosition(ms);
    updateTimes();
}

void TransportBar::setVolume(double volume)
{
    const int v = static_cast<int>(std::lround(std::clamp(volume, 0.0, 1.0) * 100));
    if (v != m_volume->value()) {
        const QSignalBlocker block(m_volume);
        m_volume->setValue(v);
        m_mute->setIcon(Icons::get(v == 0 ? Icons::VolumeMuted : Icons::Volume));
    }
}

double TransportBar::volume() const
{
    return m_volume->value() / 100.0;
}

void TransportBar::setRepeat(RepeatState repeat)
{
    m_repeat = repeat;
    m_repeatButton->setChecked(repeat != RepeatState::Off);
    m_repeatButton->setIcon(Icons::get(repeat == RepeatState::One ? Icons::RepeatOne : Icons::Repeat));
    m_repeatButton->setToolTip(repeat == RepeatState::Off   ? tr("Repeat: off")
                               : repeat == RepeatState::All ? tr("Repeat: all")
                                                            : tr("Repeat: one"));
}

QString TransportBar::elapsedText() const
{
    return m_elapsed->text();
}
QString TransportBar::remainingText() const
{
    return m_remaining->text();
}

void TransportBar::updateTimes()
{
    m_elapsed->setText(formatDuration(m_position));
    m_remaining->setText(m_duration > 0 ? QStringLiteral("-") + formatDuration(m_duration - m_position)
                                        : QStringLiteral("-:--"));
}

} // namespace accord::ui
