// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace accord::ui {

/// Settings: library folders; output device with a test tone, fixed-rate resampling, ReplayGain; the
/// listener's account (territory, tier, device class) and the catalogue's personal-file policy
/// (read-only); QA mode (territory / tier / device / clock override); language. Writes AppSettings
/// on OK / Apply and emits applied(). Follows a live language switch (rebuilt in the new language).
/// [GUI thread]
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, const QStringList& devices, const QString& personalFilePolicy,
                   QWidget* parent = nullptr);

    QTabWidget* tabs() const noexcept { return m_tabs; }
    void setQaEnabled(bool on);
    void apply();
    /// Adds a page made by `make(dialog)` after the built-in ones and before Language, which stays last
    /// (made again after a live language switch); its tab is titled with the page's windowTitle(). A page
    /// writes its settings on applying().
    void addPage(std::function<QWidget*(SettingsDialog*)> make);

Q_SIGNALS:
    /// apply() is writing the settings: added pages write theirs now, before applied().
    void applying();
    void applied();
    void testToneRequested(const QString& device);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTabs();
    QWidget* buildLibraryTab();
    QWidget* buildPlaybackTab(const QStringList& devices);
    QWidget* buildAccountTab(const QString& personalFilePolicy);
    QWidget* buildQaTab();
    QWidget* buildLanguageTab();
    void load();

    AppSettings& m_settings;
    QTabWidget* m_tabs;
    QListWidget* m_folders = nullptr;
    QComboBox* m_device = nullptr;
    QCheckBox* m_fixedRateOn = nullptr;
    QComboBox* m_fixedRate = nullptr;
    QComboBox* m_replayGain = nullptr;
    QCheckBox* m_preventClipping = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QComboBox* m_territory = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_deviceClass = nullptr;
    QGroupBox* m_qa = nullptr;
    QComboBox* m_qaTerritory = nullptr;
    QComboBox* m_qaTier = nullptr;
    QComboBox* m_qaDevice = nullptr;
    QCheckBox* m_qaNow = nullptr;
    QDateTimeEdit* m_qaAt = nullptr;
    QComboBox* m_language = nullptr;
    QStringList m_devices;
    QString m_personalFilePolicy;
    std::vector<std::function<QWidget*(SettingsDialog*)>> m_pages;
};

} // namespace accord::ui
