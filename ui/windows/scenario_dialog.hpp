// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"

#include <QDialog>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace accord::ui {

class ScenarioCheckModel;
class ScenarioRun;

/// Tools > Run Scenario...: runs one QA scenario file off the GUI thread (ScenarioRun) with a progress bar,
/// lists its checks (ScenarioCheckModel: failures first), opens the HTML report, and offers the selected
/// check's context (territory, tier, device, instant) for QA mode, so the library shows what that
/// context sees. Non-modal. [GUI thread]
class ScenarioDialog : public QDialog {
    Q_OBJECT
public:
    /// The report is written into `reportDir` (which must exist), named after the scenario file.
    explicit ScenarioDialog(QString reportDir, QWidget* parent = nullptr);

    /// Starts `file`; false while a run is still going on.
    bool run(const QString& file);
    ScenarioCheckModel* model() const noexcept { return m_model; }
    QTableView* table() const noexcept { return m_table; }
    QProgressBar* progressBar() const noexcept { return m_progress; }
    QString summary() const;
    QString reportPath() const { return m_report; }

public Q_SLOTS:
    /// Opens the report in the desktop's browser (QDesktopServices).
    void openReport();
    /// Emits contextRequested() for the selected check (the first check when none is selected).
    void loadContext();

Q_SIGNALS:
    void finished(bool ranChecks);
    /// QA mode should take this context.
    void contextRequested(const accord::ui::ListenerContext& context);

private:
    void showFinished(const QString& error);
    void updateButtons();

    QString m_reportDir;
    QString m_report;
    ScenarioRun* m_run;
    ScenarioCheckModel* m_model;
    QLabel* m_file;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_openReport;
    QPushButton* m_loadContext;
};

} // namespace accord::ui
