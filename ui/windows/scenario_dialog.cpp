// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/scenario_dialog.hpp"

#include "bridge/qt_convert.hpp"
#include "bridge/scenario_run.hpp"
#include "models/scenario_check_model.hpp"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace accord::ui {

ScenarioDialog::ScenarioDialog(QString reportDir, QWidget* parent)
    : QDialog(parent), m_reportDir(std::move(reportDir)), m_run(new ScenarioRun(this)),
      m_model(new ScenarioCheckModel(this)), m_file(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    setWindowTitle(tr("Run Scenario"));
    resize(1180, 520);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openReport = buttons->addButton(tr("Open Report"), QDialogButtonBox::ActionRole);
    m_loadContext = buttons->addButton(tr("Load Context into QA Mode"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_openReport, &QPushButton::clicked, this, &ScenarioDialog::openReport);
    connect(m_loadContext, &QPushButton::clicked, this, &ScenarioDialog::loadContext);
    connect(m_run, &ScenarioRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_summary->setText(tr("%1 of %2 checks").arg(done).arg(total));
    });
    connect(
        m_run, &ScenarioRun::resultsReady, this,
        [this](const std::shared_ptr<std::vector<scenario::ScenarioResult>>& results, const QString& report) {
            m_model->setResults(std::move(*results));
            m_table->resizeColumnsToContents();
            // Long check names must not push "expected vs actual" (the reason to look) off screen.
            for (int c = 0; c < ScenarioCheckModel::ProblemsColumn; ++c)
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 330));
            m_report = report;
        });
    connect(m_run, &ScenarioRun::finished, this, &ScenarioDialog::showFinished);
    updateButtons();
}

bool ScenarioDialog::run(const QString& file)
{
    const QString report =
        m_reportDir + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QStringLiteral("-report.html");
    if (!m_run->start(file, report))
        return false;
    m_model->clear();
    m_report.clear();
    m_file->setText(tr("Scenario: %1").arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, 0); // busy until the file is read
    m_summary->setText(tr("Reading the scenario\u2026"));
    updateButtons();
    return true;
}

QString ScenarioDialog::summary() const
{
    return m_summary->text();
}

void ScenarioDialog::showFinished(const QString& error)
{
    if (!error.isEmpty()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_summary->setText(tr("The scenario could not be read: %1").arg(error));
    } else {
        m_summary->setText(
            tr("%1 passed, %2 failed, %3 unasserted")
                .arg(m_model->count(QStringLiteral("passed")))
                .arg(m_model->count(QStringLiteral("failed")) + m_model->count(QStringLiteral("error")))
                .arg(m_model->count(QStringLiteral("unasserted"))));
    }
    updateButtons();
    Q_EMIT finished(error.isEmpty());
}

void ScenarioDialog::updateButtons()
{
    m_openReport->setEnabled(!m_report.isEmpty());
    m_loadContext->setEnabled(m_model->rowCount() > 0);
}

void ScenarioDialog::openReport()
{
    if (!m_report.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_report));
}

void ScenarioDialog::loadContext()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const scenario::CheckResult* check = nullptr;
    if (!selected.isEmpty())
        check = m_model->checkAt(selected.front().row());
    for (int r = 0; !check && r < m_model->rowCount(); ++r)
        check = m_model->checkAt(r);
    if (!check)
        return;
    ListenerContext ctx;
    ctx.qa = true;
    ctx.territory = toQString(check->context.territory);
    ctx.tier = toQString(catalogue::toString(check->context.tier));
    ctx.device = toQString(catalogue::toString(check->context.device));
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(check->context.at.time_since_epoch());
    ctx.at = QDateTime::fromSecsSinceEpoch(secs.count(), QTimeZone::utc());
    Q_EMIT contextRequested(ctx);
}

} // namespace accord::ui
