// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/subscription_tab.hpp"

#include "bridge/sync_service.hpp"
#include "windows/settings_dialog.hpp"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace accord::ui {

namespace {

/// A line edit with a "Browse..." button that picks a file into it.
QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const QString& caption)
{
    auto* row = new QWidget(parent);
    auto* browse = new QPushButton(SubscriptionTab::tr("Browse\u2026"), row);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption] {
        const QString file = QFileDialog::getOpenFileName(edit, caption, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

SubscriptionTab::SubscriptionTab(SyncService& sync, AppSettings& settings, SettingsDialog* dialog)
    : QWidget(dialog), m_sync(sync), m_settings(settings), m_url(new QLineEdit(this)),
      m_root(new QLineEdit(this)), m_ca(new QLineEdit(this)), m_setUp(new QPushButton(this)),
      m_deviceId(new QLineEdit(this)), m_publicKey(new QLineEdit(this)), m_copy(new QPushButton(this)),
      m_interval(new QSpinBox(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Subscription"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_root->setPlaceholderText(tr("root/1.json from your service"));
    m_ca->setPlaceholderText(tr("Optional: the service's CA certificate"));
    m_setUp->setText(tr("Set up this device"));
    m_deviceId->setReadOnly(true);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    m_publicKey->setReadOnly(true);
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the device id and public key, to register this device with your service"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only on demand"));
    m_interval->setValue(m_settings.syncIntervalMinutes());
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Feed URL:"), m_url);
    form->addRow(tr("Root file:"), withBrowse(m_root, this, tr("The service's root file")));
    form->addRow(tr("CA file:"), withBrowse(m_ca, this, tr("The service's CA certificate")));
    form->addRow(QString(), m_setUp);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_deviceId, 1);
    idRow->addWidget(m_copy);
    form->addRow(tr("Device id:"), idRow);
    form->addRow(tr("Public key:"), m_publicKey);
    form->addRow(tr("Sync every:"), m_interval);
    form->addRow(m_status);

    connect(m_setUp, &QPushButton::clicked, this, [this] {
        m_settingUp = true;
        m_status->setText(tr("Setting up\u2026"));
        m_setUp->setEnabled(false);
        m_sync.setUp(m_url->text(), m_root->text(), m_ca->text());
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_deviceId->text() + QLatin1Char('\n') + m_publicKey->text());
    });
    connect(&m_sync, &SyncService::setUpFinished, this, [this](bool ok, const QString& message) {
        m_settingUp = false;
        m_status->setText(ok ? tr("Set up. Register the device id and public key with your service.")
                             : tr("Could not set up: %1").arg(message));
        showState();
    });
    connect(&m_sync, &SyncService::snapshotChanged, this, &SubscriptionTab::showState);
    connect(dialog, &SettingsDialog::applying, this, &SubscriptionTab::apply);
    showState();
}

void SubscriptionTab::showState()
{
    const SubscriberSnapshot& s = m_sync.snapshot();
    // The feed is chosen once, at set-up (sync.db then trusts that root); afterwards it is shown only.
    if (s.configured)
        m_url->setText(s.url);
    for (QLineEdit* e : {m_url, m_root, m_ca})
        e->setReadOnly(s.configured);
    m_root->setEnabled(!s.configured);
    m_ca->setEnabled(!s.configured);
    m_setUp->setEnabled(!s.configured && !m_settingUp);
    m_deviceId->setText(s.deviceId);
    m_publicKey->setText(s.publicKey);
    m_copy->setEnabled(!s.deviceId.isEmpty());
}

void SubscriptionTab::apply()
{
    m_settings.setSyncIntervalMinutes(m_interval->value());
}

} // namespace accord::ui
