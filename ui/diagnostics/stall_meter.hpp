// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace accord::ui {

/// Measures how long the GUI thread is blocked: a precise timer asks to run every `intervalMs`; the
/// longest gap between two runs, minus the interval, is the longest time the event loop could not
/// answer (a click or a repaint would have waited that long). For the performance figures
/// (ACCORD_PROFILE and bench_ui). [GUI thread]
class StallMeter : public QObject {
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 4, QObject* parent = nullptr);
    void start();
    void stop();
    /// The longest block seen since start(), in ms (0 when the loop always kept up).
    double maxBlockMs() const noexcept { return m_maxBlockMs; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_maxBlockMs = 0;
    int m_intervalMs;
};

} // namespace accord::ui
