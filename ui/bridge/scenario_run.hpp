// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/scenario_result.hpp"

#include <QFuture>
#include <QObject>
#include <QString>

#include <vector>

namespace accord::ui {

/// Runs one QA scenario file on a worker thread (scenario::ScenarioRunner: its own temporary data dir,
/// never the window's catalogue or library) and writes its HTML report. Play checks are listed, not played:
/// the window never sends scenario audio to the listener's device.
/// Signals arrive on the GUI thread. [GUI thread]; the destructor waits for a running worker.
class ScenarioRun : public QObject {
    Q_OBJECT
public:
    explicit ScenarioRun(QObject* parent = nullptr);
    ~ScenarioRun() override;

    /// Starts reading and running `file`; the report goes to `reportPath`. False while a run is going on.
    bool start(const QString& file, const QString& reportPath);
    bool isRunning() const;

Q_SIGNALS:
    /// `done` of `total` checks have run (total is known once the file is read; 0 before).
    void progress(int done, int total);
    /// The run ended: `error` is empty, or says why the file could not be read (nothing ran then).
    void finished(const QString& error);
    /// With finished() when the file ran: every scenario's checks and the written report.
    void resultsReady(std::shared_ptr<std::vector<accord::scenario::ScenarioResult>> results,
                      const QString& reportPath);

private:
    QFuture<void> m_future;
};

} // namespace accord::ui
