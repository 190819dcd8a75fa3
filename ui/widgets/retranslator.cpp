// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/retranslator.hpp"

#include <QEvent>

namespace accord::ui {

void Retranslator::add(std::function<void()> apply)
{
    apply();
    m_apply.push_back(std::move(apply));
}

bool Retranslator::event(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        for (const auto& apply : m_apply)
            apply();
    return QObject::event(event);
}

} // namespace accord::ui
