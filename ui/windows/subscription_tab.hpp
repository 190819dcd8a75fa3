// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace accord::ui {

class SettingsDialog;
class SyncService;

/// Settings > Subscription: the service's feed for a subscriber. Before set-up: the feed URL, the root
/// file obtained from the service and an optional CA file, and "Set up this device" (what
/// `accordctl sync init --url --root --ca-file` does, then a first sync, on the sync worker). After: the
/// feed URL and this device's id and public key (read-only, copyable) to register with the service.
/// Always: the minutes between automatic syncs (0: only on demand), written on the dialog's applying().
/// [GUI thread]
class SubscriptionTab : public QWidget {
    Q_OBJECT
public:
    SubscriptionTab(SyncService& sync, AppSettings& settings, SettingsDialog* dialog);

    QLineEdit* urlEdit() const noexcept { return m_url; }
    QLineEdit* rootEdit() const noexcept { return m_root; }
    QLineEdit* caEdit() const noexcept { return m_ca; }
    QPushButton* setUpButton() const noexcept { return m_setUp; }
    QLineEdit* deviceIdEdit() const noexcept { return m_deviceId; }
    QLineEdit* publicKeyEdit() const noexcept { return m_publicKey; }
    QPushButton* copyButton() const noexcept { return m_copy; }
    QSpinBox* intervalSpin() const noexcept { return m_interval; }
    QLabel* statusLabel() const noexcept { return m_status; }

private:
    void showState();
    void apply();

    SyncService& m_sync;
    AppSettings& m_settings;
    QLineEdit* m_url;
    QLineEdit* m_root;
    QLineEdit* m_ca;
    QPushButton* m_setUp;
    QLineEdit* m_deviceId;
    QLineEdit* m_publicKey;
    QPushButton* m_copy;
    QSpinBox* m_interval;
    QLabel* m_status;
    bool m_settingUp = false;
};

} // namespace accord::ui
