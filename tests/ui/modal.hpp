// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

// Acting on a modal dialog from inside its exec(), as a listener's clicks would.

#include <QApplication>
#include <QTimer>

#include <functional>
#include <memory>

namespace accord::test {

/// Runs `act` on the modal widget of type T as soon as one is open (polled every 20 ms, for 15 s at most),
/// from inside its exec(). The returned flag tells whether it ran; dropping it stops the wait. Do not throw
/// from `act`.
template <class T> std::shared_ptr<bool> whenModal(std::function<void(T*)> act)
{
    auto ran = std::make_shared<bool>(false);
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act = std::move(act), ran] {
        if (ran.use_count() == 1) { // the caller dropped the flag: it waits no more
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (auto* modal = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *ran = true;
            act(modal);
        }
    });
    timer->start();
    QTimer::singleShot(15000, timer, [timer] { timer->deleteLater(); }); // never opened: give up quietly
    return ran;
}

} // namespace accord::test
