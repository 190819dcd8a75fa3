// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/scenario_run.hpp"

#include "bridge/qt_convert.hpp"
#include "scenario/check_plan.hpp"
#include "scenario/html_report_writer.hpp"
#include "scenario/scenario_parser.hpp"
#include "scenario/scenario_runner.hpp"

#include <QPointer>
#include <QtConcurrent>

#include <fstream>
#include <memory>

namespace accord::ui {

ScenarioRun::ScenarioRun(QObject* parent) : QObject(parent) {}

ScenarioRun::~ScenarioRun()
{
    m_future.waitForFinished();
}

bool ScenarioRun::isRunning() const
{
    return m_future.isRunning();
}

bool ScenarioRun::start(const QString& file, const QString& reportPath)
{
    if (isRunning())
        return false;
    const std::string path = toUtf8(file);
    const std::string report = toUtf8(reportPath);
    // Results cross to the GUI thread as queued calls on this object; the destructor waits for the
    // worker, so it never posts to a destroyed object.
    m_future = QtConcurrent::run([this, path, report] {
        const auto post = [this](auto fn) {
            QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
        };
        auto parsed = scenario::parseScenarioFile(path);
        if (!parsed.ok()) {
            const QString message = toQString(parsed.error().message);
            post([this, message] { Q_EMIT finished(message); });
            return;
        }
        const std::vector<scenario::Scenario> scenarios{std::move(*parsed)};
        const int total = static_cast<int>(scenario::planChecks(scenarios.front()).size());
        post([this, total] { Q_EMIT progress(0, total); });
        int done = 0;
        scenario::ScenarioRunner runner({}, false);
        auto results = std::make_shared<std::vector<scenario::ScenarioResult>>(
            runner.run(scenarios, [&](const scenario::CheckResult&) {
                const int n = ++done;
                post([this, n, total] { Q_EMIT progress(n, total); });
            }));
        std::ofstream out(report, std::ios::binary | std::ios::trunc);
        out << scenario::HtmlReportWriter().write(*results);
        out.close();
        const QString reportPathOut = out ? toQString(report) : QString();
        post([this, results, reportPathOut] {
            Q_EMIT resultsReady(results, reportPathOut);
            Q_EMIT finished(QString());
        });
    });
    return true;
}

} // namespace accord::ui
