// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/scenario_check_model.hpp"

#include "bridge/qt_convert.hpp"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace accord::ui {

using scenario::CheckResult;

ScenarioCheckModel::ScenarioCheckModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioCheckModel::setResults(std::vector<scenario::ScenarioResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    m_rows.clear();
    for (std::size_t s = 0; s < m_results.size(); ++s) {
        if (m_results[s].error)
            m_rows.push_back({s, -1});
        for (std::size_t c = 0; c < m_results[s].checks.size(); ++c)
            m_rows.push_back({s, static_cast<int>(c)});
    }
    // Errors and failures first: what a QA engineer opens the table for.
    const auto rank = [this](const Row& r) {
        const QString s = statusOf(r);
        return s == QLatin1String("error") ? 0 : s == QLatin1String("failed") ? 1 : 2;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](const Row& a, const Row& b) { return rank(a) < rank(b); });
    endResetModel();
}

void ScenarioCheckModel::clear()
{
    setResults({});
}

const CheckResult* ScenarioCheckModel::checkAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()) || m_rows[static_cast<std::size_t>(row)].check < 0)
        return nullptr;
    const Row& r = m_rows[static_cast<std::size_t>(row)];
    return &m_results[r.scenario].checks[static_cast<std::size_t>(r.check)];
}

int ScenarioCheckModel::count(const QString& status) const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return statusOf(r) == status; }));
}

QString ScenarioCheckModel::statusOf(const Row& row) const
{
    if (row.check < 0)
        return QStringLiteral("error");
    switch (m_results[row.scenario].checks[static_cast<std::size_t>(row.check)].status) {
    case CheckResult::Status::Passed:
        return QStringLiteral("passed");
    case CheckResult::Status::Failed:
        return QStringLiteral("failed");
    case CheckResult::Status::Unasserted:
        break;
    }
    return QStringLiteral("unasserted");
}

int ScenarioCheckModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenarioCheckModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioCheckModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const scenario::ScenarioResult& s = m_results[row.scenario];
    const QString status = statusOf(row);
    if (role == StatusRole)
        return status;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (status == QLatin1String("passed"))
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (status == QLatin1String("unasserted"))
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (row.check < 0) {
        switch (index.column()) {
        case StatusColumn:
            return tr("error");
        case ScenarioColumn:
            return toQString(s.name);
        case CheckColumn:
            return tr("fixtures (no check ran)");
        case ProblemsColumn:
            return toQString(*s.error);
        default:
            return {};
        }
    }
    const CheckResult& c = s.checks[static_cast<std::size_t>(row.check)];
    switch (index.column()) {
    case StatusColumn:
        return status == QLatin1String("passed")   ? tr("passed")
               : status == QLatin1String("failed") ? tr("failed")
                                                   : tr("unasserted");
    case ScenarioColumn:
        return toQString(s.name);
    case CheckColumn:
        return toQString(c.name);
    case ContextColumn:
        return QStringLiteral("%1 \u00b7 %2 \u00b7 %3 \u00b7 %4")
            .arg(toQString(c.context.territory), toQString(catalogue::toString(c.context.tier)),
                 toQString(catalogue::toString(c.context.device)),
                 toQString(base::formatIso8601(c.context.at)));
    case ProblemsColumn: {
        QStringList lines;
        for (const std::string& p : c.problems)
            lines << toQString(p);
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ScenarioCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Result");
    case ScenarioColumn:
        return tr("Scenario");
    case CheckColumn:
        return tr("Check");
    case ContextColumn:
        return tr("Context");
    case ProblemsColumn:
        return tr("Expected vs actual");
    default:
        return {};
    }
}

} // namespace accord::ui
