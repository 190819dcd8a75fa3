// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "diagnostics/stall_meter.hpp"

#include <algorithm>

namespace accord::ui {

StallMeter::StallMeter(int intervalMs, QObject* parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_maxBlockMs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    tick(); // a block still running when the measurement ends counts too
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = static_cast<double>(now - m_lastNs) / 1e6 - m_intervalMs;
    m_maxBlockMs = std::max(m_maxBlockMs, gapMs);
    m_lastNs = now;
}

} // namespace accord::ui
