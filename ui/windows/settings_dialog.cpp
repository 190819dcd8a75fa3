// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/settings_dialog.hpp"

#include "widgets/icons.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace accord::ui {

namespace {

const QStringList kTerritories{QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE"),
                               QStringLiteral("FR"), QStringLiteral("JP"), QStringLiteral("CN"),
                               QStringLiteral("HK"), QStringLiteral("TW"), QStringLiteral("KR"),
                               QStringLiteral("BR"), QStringLiteral("IN"), QStringLiteral("AU")};

QComboBox* territoryBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(kTerritories);
    box->setToolTip(SettingsDialog::tr("ISO 3166-1 alpha-2 country code"));
    return box;
}

QComboBox* tierBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(SettingsDialog::tr("Free"), QStringLiteral("free"));
    box->addItem(SettingsDialog::tr("VIP"), QStringLiteral("vip"));
    box->addItem(SettingsDialog::tr("SVIP (hi-res)"), QStringLiteral("svip"));
    return box;
}

QComboBox* deviceBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->addItem(SettingsDialog::tr("Desktop"), QStringLiteral("desktop"));
    box->addItem(SettingsDialog::tr("Car"), QStringLiteral("car"));
    box->addItem(SettingsDialog::tr("TV"), QStringLiteral("tv"));
    return box;
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    if (i >= 0)
        box->setCurrentIndex(i);
}

void selectText(QComboBox* box, const QString& text)
{
    const int i = box->findText(text);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(text);
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, const QStringList& devices,
                               const QString& personalFilePolicy, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_tabs(new QTabWidget(this)), m_devices(devices),
      m_personalFilePolicy(personalFilePolicy)
{
    buildTabs();
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, 440);
    load();
}

void SettingsDialog::buildTabs()
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(buildLibraryTab(), tr("Library"));
    m_tabs->addTab(buildPlaybackTab(m_devices), tr("Playback"));
    m_tabs->addTab(buildAccountTab(m_personalFilePolicy), tr("Account"));
    m_tabs->addTab(buildQaTab(), tr("QA mode"));
    for (const auto& make : m_pages) {
        QWidget* page = make(this);
        m_tabs->addTab(page, page->windowTitle());
    }
    m_tabs->addTab(buildLanguageTab(), tr("Language"));
}

void SettingsDialog::addPage(std::function<QWidget*(SettingsDialog*)> make)
{
    // Before the Language tab, which stays last.
    QWidget* page = make(this);
    m_tabs->insertTab(m_tabs->count() - 1, page, page->windowTitle());
    m_pages.push_back(std::move(make));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    // A language switched live by Apply: the pages are built again in the new language from the settings
    // just written (nothing unsaved is lost), on the tab the listener was on. The button box retranslates
    // its own OK / Cancel / Apply from Qt's translation.
    if (event->type() == QEvent::LanguageChange && m_tabs->count() > 0) {
        const int current = m_tabs->currentIndex();
        while (m_tabs->count() > 0) {
            QWidget* page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            page->deleteLater();
        }
        buildTabs();
        load();
        m_tabs->setCurrentIndex(current);
    }
    QDialog::changeEvent(event);
}

QWidget* SettingsDialog::buildLibraryTab()
{
    auto* page = new QWidget(this);
    m_folders = new QListWidget(page);
    auto* add = new QPushButton(Icons::get(Icons::Folder), tr("Add\u2026"), page);
    auto* remove = new QPushButton(tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a music folder"));
        if (!dir.isEmpty() && m_folders->findItems(dir, Qt::MatchExactly).isEmpty())
            m_folders->addItem(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_folders->selectedItems()); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_folders, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Accord scans these folders and watches them for changes."), page));
    layout->addLayout(row, 1);
    return page;
}

QWidget* SettingsDialog::buildPlaybackTab(const QStringList& devices)
{
    auto* page = new QWidget(this);
    m_device = new QComboBox(page);
    m_device->addItem(tr("System default"), QString());
    for (const QString& d : devices)
        m_device->addItem(d, d);
    auto* tone = new QPushButton(tr("Test tone"), page);
    connect(tone, &QPushButton::clicked, this,
            [this] { Q_EMIT testToneRequested(m_device->currentData().toString()); });
    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(tone);

    m_fixedRateOn = new QCheckBox(tr("Resample everything to"), page);
    m_fixedRate = new QComboBox(page);
    for (const int hz : {44100, 48000, 88200, 96000, 176400, 192000})
        m_fixedRate->addItem(tr("%1 Hz").arg(hz), hz);
    connect(m_fixedRateOn, &QCheckBox::toggled, m_fixedRate, &QWidget::setEnabled);
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_fixedRateOn);
    rateRow->addWidget(m_fixedRate, 1);

    m_replayGain = new QComboBox(page);
    m_replayGain->addItem(tr("Off (bit-perfect)"), int(ReplayGainMode::Off));
    m_replayGain->addItem(tr("Track gain"), int(ReplayGainMode::Track));
    m_replayGain->addItem(tr("Album gain"), int(ReplayGainMode::Album));
    m_preventClipping = new QCheckBox(tr("Prevent clipping using the peak"), page);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Output device:"), deviceRow);
    form->addRow(tr("Fixed rate:"), rateRow);
    auto* note = new QLabel(tr("Fixed-rate output keeps playback gapless across sample rates, but it is not "
                               "bit-perfect."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("ReplayGain:"), m_replayGain);
    form->addRow(QString(), m_preventClipping);
    m_keepInTray = new QCheckBox(tr("Keep playing in the tray when the window is closed"), page);
    form->addRow(QString(), m_keepInTray);
    return page;
}

QWidget* SettingsDialog::buildAccountTab(const QString& personalFilePolicy)
{
    auto* page = new QWidget(this);
    m_territory = territoryBox(page);
    m_tier = tierBox(page);
    m_deviceClass = deviceBox(page);
    auto* policy = new QLabel(
        personalFilePolicy.isEmpty() ? tr("Set by the catalogue (none loaded)") : personalFilePolicy, page);
    policy->setWordWrap(true);
    policy->setEnabled(false);
    policy->setToolTip(tr("The licence catalogue sets this; it cannot be changed here."));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Territory:"), m_territory);
    form->addRow(tr("Subscription tier:"), m_tier);
    form->addRow(tr("Device class:"), m_deviceClass);
    form->addRow(tr("Personal files:"), policy);
    return page;
}

QWidget* SettingsDialog::buildQaTab()
{
    auto* page = new QWidget(this);
    m_qa = new QGroupBox(tr("Preview availability as another listener (QA mode)"), page);
    m_qa->setCheckable(true);
    m_qa->setStyleSheet(QStringLiteral("QGroupBox:checked { border: 2px solid #f2a93b; border-radius: 4px;"
                                       " margin-top: 1.2em; padding-top: 6px; }"
                                       "QGroupBox::title { subcontrol-origin: margin; left: 8px; }"));
    m_qaTerritory = territoryBox(m_qa);
    m_qaTier = tierBox(m_qa);
    m_qaDevice = deviceBox(m_qa);
    m_qaNow = new QCheckBox(tr("Use the current time"), m_qa);
    m_qaAt = new QDateTimeEdit(m_qa);
    m_qaAt->setCalendarPopup(true);
    m_qaAt->setTimeSpec(Qt::UTC);
    m_qaAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    connect(m_qaNow, &QCheckBox::toggled, m_qaAt, &QWidget::setDisabled);
    auto* form = new QFormLayout(m_qa);
    form->addRow(tr("Territory:"), m_qaTerritory);
    form->addRow(tr("Tier:"), m_qaTier);
    form->addRow(tr("Device class:"), m_qaDevice);
    form->addRow(tr("Date and time:"), m_qaAt);
    form->addRow(QString(), m_qaNow);
    auto* note = new QLabel(tr("While QA mode is on, the whole library's availability is decided for this "
                               "context, and an orange bar says so."),
                            page);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_qa);
    layout->addWidget(note);
    layout->addStretch();
    return page;
}

QWidget* SettingsDialog::buildLanguageTab()
{
    auto* page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("zh_CN"));
    auto* form = new QFormLayout(page);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("The window changes language as soon as you apply."), page));
    return page;
}

void SettingsDialog::load()
{
    m_folders->addItems(m_settings.libraryFolders());
    selectData(m_device, m_settings.outputDevice());
    m_fixedRateOn->setChecked(m_settings.fixedRate() > 0);
    m_fixedRate->setEnabled(m_settings.fixedRate() > 0);
    selectData(m_fixedRate, QString::number(m_settings.fixedRate() > 0 ? m_settings.fixedRate() : 48000));
    if (m_fixedRate->findData(m_settings.fixedRate()) >= 0)
        m_fixedRate->setCurrentIndex(m_fixedRate->findData(m_settings.fixedRate()));
    m_replayGain->setCurrentIndex(m_replayGain->findData(int(m_settings.replayGain())));
    m_preventClipping->setChecked(m_settings.preventClipping());
    m_keepInTray->setChecked(m_settings.keepRunningInTray().value_or(false));
    const ListenerContext a = m_settings.account();
    selectText(m_territory, a.territory);
    selectData(m_tier, a.tier);
    selectData(m_deviceClass, a.device);
    const ListenerContext q = m_settings.qa();
    m_qa->setChecked(q.qa);
    selectText(m_qaTerritory, q.territory);
    selectData(m_qaTier, q.tier);
    selectData(m_qaDevice, q.device);
    m_qaNow->setChecked(!q.at.isValid());
    m_qaAt->setDateTime(q.at.isValid() ? q.at : QDateTime::currentDateTimeUtc());
    selectData(m_language, m_settings.language());
}

void SettingsDialog::setQaEnabled(bool on)
{
    m_qa->setChecked(on);
}

void SettingsDialog::apply()
{
    QStringList folders;
    for (int i = 0; i < m_folders->count(); ++i)
        folders << m_folders->item(i)->text();
    m_settings.setLibraryFolders(folders);
    m_settings.setOutputDevice(m_device->currentData().toString());
    m_settings.setFixedRate(m_fixedRateOn->isChecked() ? m_fixedRate->currentData().toInt() : 0);
    m_settings.setReplayGain(static_cast<ReplayGainMode>(m_replayGain->currentData().toInt()));
    m_settings.setPreventClipping(m_preventClipping->isChecked());
    // Left unset (asked at the first close with the tray shown) until the listener chooses here.
    if (m_settings.keepRunningInTray() || m_keepInTray->isChecked())
        m_settings.setKeepRunningInTray(m_keepInTray->isChecked());
    ListenerContext a;
    a.territory = m_territory->currentText().trimmed().toUpper();
    a.tier = m_tier->currentData().toString();
    a.device = m_deviceClass->currentData().toString();
    m_settings.setAccount(a);
    ListenerContext q;
    q.qa = m_qa->isChecked();
    q.territory = m_qaTerritory->currentText().trimmed().toUpper();
    q.tier = m_qaTier->currentData().toString();
    q.device = m_qaDevice->currentData().toString();
    q.at = m_qaNow->isChecked() ? QDateTime() : m_qaAt->dateTime().toUTC();
    m_settings.setQa(q);
    m_settings.setLanguage(m_language->currentData().toString());
    Q_EMIT applying();
    Q_EMIT applied();
}

} // namespace accord::ui
