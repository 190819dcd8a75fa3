// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// UiApplication's QA scenario runner (Tools > Run Scenario...), in its own file to keep the composition
// root short: the dialog, and its "load context" into QA mode.
#include "application/ui_application.hpp"

#include "bridge/qt_convert.hpp"
#include "windows/main_window.hpp"
#include "windows/scenario_dialog.hpp"

#include <QDir>
#include <QFileDialog>

namespace accord::ui {

ScenarioDialog* UiApplication::runScenario(const QString& file)
{
    if (!m_scenarioDialog) {
        // Reports stay beside the user's data (never inside the scenario's temporary data dir, which
        // the run removes), one per scenario file name, replaced by the next run of it.
        const QString reports = toQString((m_options.dataDir / "qa-reports").string());
        QDir().mkpath(reports);
        m_scenarioDialog = new ScenarioDialog(reports, m_window.get());
        // The context a check was decided for becomes QA mode's: the library table, the why panel and the
        // player's gate then answer as that context sees the user's own library.
        connect(m_scenarioDialog, &ScenarioDialog::contextRequested, this,
                [this](const ListenerContext& ctx) {
                    m_settings.setQa(ctx);
                    applySettings();
                });
    }
    m_scenarioDialog->show();
    m_scenarioDialog->raise();
    m_scenarioDialog->run(file);
    return m_scenarioDialog;
}

void UiApplication::askForScenario()
{
    const QString file = QFileDialog::getOpenFileName(m_window.get(), tr("Run a QA scenario"), {},
                                                      tr("Accord scenarios (*.toml)"));
    if (!file.isEmpty())
        runScenario(file);
}

} // namespace accord::ui
