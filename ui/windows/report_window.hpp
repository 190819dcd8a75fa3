// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "history/listening_report.hpp"

#include <QDialog>
#include <QList>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace accord::ui {

class HistoryService;

/// View > Listening Report…: the listening report for a period (the last week, month or year, or two
/// dates, local calendar days): hours listened, plays (finished / skipped), the share of listening time in
/// hi-res and of plays that were previews, a bar chart of the minutes heard by hour of the day (local
/// time), the top tracks, artists and albums by time or by plays, and the tracks the catalogue blocked with
/// why. The report is computed by HistoryService off the GUI thread. "Export as PNG…" saves the window's
/// picture. [GUI thread]
class ReportWindow : public QDialog {
    Q_OBJECT
public:
    enum class Period { Week, Month, Year, Custom };

    explicit ReportWindow(HistoryService& history, QWidget* parent = nullptr);

    /// Picks a period and asks for its report (Custom uses the two dates, both days included).
    void setPeriod(Period period);
    void setCustomDates(const QDate& from, const QDate& to);
    /// Ask for the current period's report again (e.g. after plays were recorded).
    void refresh();
    /// Saves the report as it is shown; false if the file could not be written.
    bool exportPng(const QString& path);

    const history::ListeningReport& report() const noexcept { return m_report; }
    QLabel* hoursLabel() const noexcept { return m_hours; }
    QLabel* playsLabel() const noexcept { return m_plays; }
    QLabel* hiResLabel() const noexcept { return m_hiRes; }
    QLabel* previewLabel() const noexcept { return m_previews; }
    QLabel* blockedLabel() const noexcept { return m_blocked; }
    QChartView* chartView() const noexcept { return m_chartView; }
    /// The minutes the chart shows for each hour of the day, 0..23.
    QList<double> chartMinutes() const;
    QTreeWidget* topTracks() const noexcept { return m_topTracks; }
    QTreeWidget* topArtists() const noexcept { return m_topArtists; }
    QTreeWidget* topAlbums() const noexcept { return m_topAlbums; }
    QTreeWidget* blockedTree() const noexcept { return m_blockedTree; }
    QComboBox* rankBy() const noexcept { return m_rankBy; }

Q_SIGNALS:
    /// A report is on screen (after every request).
    void reportShown();

private:
    void request();
    void showReport(const history::ListeningReport& report);
    void fillTops();

    HistoryService& m_history;
    history::ListeningReport m_report;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_export;
    QLabel* m_range;
    QLabel* m_hours;
    QLabel* m_plays;
    QLabel* m_hiRes;
    QLabel* m_previews;
    QLabel* m_blocked;
    QChart* m_chart;
    QChartView* m_chartView;
    QBarSet* m_bars = nullptr;
    QComboBox* m_rankBy;
    QTabWidget* m_tabs;
    QTreeWidget* m_topTracks;
    QTreeWidget* m_topArtists;
    QTreeWidget* m_topAlbums;
    QTreeWidget* m_blockedTree;
};

} // namespace accord::ui
