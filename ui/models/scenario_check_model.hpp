// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "scenario/scenario_result.hpp"

#include <QAbstractTableModel>

#include <vector>

namespace accord::ui {

/// The checks of a QA scenario run as a table: one row per check (a scenario that could not build its
/// fixtures is one "error" row), columns result, scenario, check, context, problems. Failed rows come
/// first so a long run's failures are on screen; within a status, plan order. [GUI thread]
class ScenarioCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, ScenarioColumn, CheckColumn, ContextColumn, ProblemsColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; ///< "passed", "failed", "unasserted", "error"

    explicit ScenarioCheckModel(QObject* parent = nullptr);

    void setResults(std::vector<scenario::ScenarioResult> results);
    void clear();
    /// The check at `row`; nullptr for a scenario error row.
    const scenario::CheckResult* checkAt(int row) const;
    int count(const QString& status) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        std::size_t scenario = 0;
        int check = -1; ///< -1: the scenario's fixture error
    };
    QString statusOf(const Row& row) const;
    std::vector<scenario::ScenarioResult> m_results;
    std::vector<Row> m_rows;
};

} // namespace accord::ui
