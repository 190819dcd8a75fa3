// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>

#include <functional>
#include <vector>

namespace accord::ui {

/// Texts that follow the UI language live: each setter given to add() runs at once and again whenever
/// the owner widget receives QEvent::LanguageChange (a translator was installed or removed, see
/// installTranslations()). QWidget forwards that event to its QObject children, this one included.
/// [GUI thread]
class Retranslator : public QObject {
public:
    explicit Retranslator(QObject* owner) : QObject(owner) {}
    /// Runs `apply` now and on every language change.
    void add(std::function<void()> apply);

protected:
    bool event(QEvent* event) override;

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace accord::ui
