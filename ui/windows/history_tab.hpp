// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace accord::ui {

class HistoryService;
class SettingsDialog;

/// Settings > History: "Keep a listening history" (on by default; written on the dialog's applying(), and
/// off stops recording at once) and "Clear history…", which asks first and then deletes every play from
/// library.db on the history's writer thread. States that the history stays on this computer. [GUI thread]
class HistoryTab : public QWidget {
    Q_OBJECT
public:
    HistoryTab(HistoryService& history, AppSettings& settings, SettingsDialog* dialog);

    QCheckBox* keepCheck() const noexcept { return m_keep; }
    QPushButton* clearButton() const noexcept { return m_clear; }
    QLabel* statusLabel() const noexcept { return m_status; }

private:
    void askToClear();

    HistoryService& m_history;
    AppSettings& m_settings;
    QCheckBox* m_keep;
    QPushButton* m_clear;
    QLabel* m_status;
};

} // namespace accord::ui
