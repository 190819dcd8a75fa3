// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/history_tab.hpp"

#include "bridge/history_service.hpp"
#include "windows/settings_dialog.hpp"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace accord::ui {

HistoryTab::HistoryTab(HistoryService& history, AppSettings& settings, SettingsDialog* dialog)
    : QWidget(dialog), m_history(history), m_settings(settings), m_keep(new QCheckBox(this)),
      m_clear(new QPushButton(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("History"));
    m_keep->setText(tr("Keep a listening history"));
    m_keep->setObjectName(QStringLiteral("keepHistoryCheck"));
    m_keep->setChecked(m_settings.keepHistory());
    m_clear->setText(tr("Clear History\u2026"));
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    auto* note = new QLabel(tr("Accord notes what you play, when, for how long and what the licence allowed, "
                               "for your listening report. It stays in your library on this computer: "
                               "nothing is sent anywhere."),
                            this);
    note->setWordWrap(true);
    m_status->setWordWrap(true);

    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clear);
    clearRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keep);
    layout->addWidget(note);
    layout->addLayout(clearRow);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_clear, &QPushButton::clicked, this, &HistoryTab::askToClear);
    connect(dialog, &SettingsDialog::applying, this, [this] {
        m_settings.setKeepHistory(m_keep->isChecked());
        m_history.setEnabled(m_keep->isChecked());
    });
    connect(&m_history, &HistoryService::cleared, this, [this](qint64 rows) {
        m_status->setText(tr("History cleared (%n plays deleted).", "", int(rows)));
    });
    connect(&m_history, &HistoryService::failed, this,
            [this](const QString& message) { m_status->setText(message); });
}

void HistoryTab::askToClear()
{
    const auto answer =
        QMessageBox::question(this, tr("Clear History"),
                              tr("Delete your whole listening history? Your listening report will be empty. "
                                 "This cannot be undone."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_status->setText(tr("Clearing\u2026"));
    m_history.clear();
}

} // namespace accord::ui
