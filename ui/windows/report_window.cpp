// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/report_window.hpp"

#include "bridge/history_service.hpp"
#include "bridge/qt_convert.hpp"
#include "history/report_period.hpp"
#include "presentation/reason_text.hpp"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace accord::ui {

namespace {

QString hoursText(qint64 ms)
{
    const qint64 minutes = (ms + 30'000) / 60'000;
    if (minutes < 60)
        return ReportWindow::tr("%1 min").arg(minutes);
    return ReportWindow::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QTreeWidget* makeTree(const QStringList& headers, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    return tree;
}

// A figure: its value big, its caption below.
QLabel* addFigure(QGridLayout* grid, int column, const QString& caption, const char* name, QWidget* parent)
{
    auto* value = new QLabel(QStringLiteral("\u2014"), parent);
    value->setObjectName(QLatin1String(name));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    auto* label = new QLabel(caption, parent);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    grid->addWidget(value, 0, column);
    grid->addWidget(label, 1, column);
    return value;
}

} // namespace

ReportWindow::ReportWindow(HistoryService& history, QWidget* parent)
    : QDialog(parent), m_history(history), m_period(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_export(new QPushButton(this)), m_range(new QLabel(this)),
      m_chart(new QChart), m_chartView(new QChartView(m_chart, this)), m_rankBy(new QComboBox(this)),
      m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Listening Report"));
    setObjectName(QStringLiteral("reportWindow"));
    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    m_period->addItem(tr("Last month"), int(Period::Month));
    m_period->addItem(tr("Last year"), int(Period::Year));
    m_period->addItem(tr("Dates"), int(Period::Custom));
    const QDate today = QDate::currentDate();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    m_export->setText(tr("Export as PNG\u2026"));
    m_export->setObjectName(QStringLiteral("exportPngButton"));
    m_range->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    top->addWidget(m_to);
    top->addWidget(m_range, 1);
    top->addWidget(m_export);

    auto* figures = new QGridLayout;
    m_hours = addFigure(figures, 0, tr("listened"), "hoursValue", this);
    m_plays = addFigure(figures, 1, tr("plays"), "playsValue", this);
    m_hiRes = addFigure(figures, 2, tr("of the time in hi-res"), "hiResValue", this);
    m_previews = addFigure(figures, 3, tr("of plays were previews"), "previewValue", this);
    m_blocked = addFigure(figures, 4, tr("blocked attempts"), "blockedValue", this);

    m_chart->setTitle(tr("Minutes by hour of the day (local time)"));
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    auto* series = new QBarSeries;
    m_bars = new QBarSet(tr("Minutes"));
    for (int h = 0; h < 24; ++h)
        *m_bars << 0.0;
    series->append(m_bars);
    m_chart->addSeries(series);
    auto* hoursAxis = new QBarCategoryAxis;
    QStringList categories;
    for (int h = 0; h < 24; ++h)
        categories << QString::number(h);
    hoursAxis->append(categories);
    m_chart->addAxis(hoursAxis, Qt::AlignBottom);
    series->attachAxis(hoursAxis);
    auto* minutesAxis = new QValueAxis;
    minutesAxis->setLabelFormat(QStringLiteral("%d"));
    minutesAxis->setRange(0, 10);
    m_chart->addAxis(minutesAxis, Qt::AlignLeft);
    series->attachAxis(minutesAxis);

    m_rankBy->addItem(tr("By time"));
    m_rankBy->addItem(tr("By plays"));
    m_topTracks = makeTree({tr("#"), tr("Track"), tr("Artist"), tr("Time"), tr("Plays")}, this);
    m_topArtists = makeTree({tr("#"), tr("Artist"), tr("Time"), tr("Plays")}, this);
    m_topAlbums = makeTree({tr("#"), tr("Album"), tr("Artist"), tr("Time"), tr("Plays")}, this);
    m_blockedTree = makeTree({tr("Attempts"), tr("Track"), tr("Artist"), tr("Why")}, this);
    m_blockedTree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs->addTab(m_topTracks, tr("Top Tracks"));
    m_tabs->addTab(m_topArtists, tr("Top Artists"));
    m_tabs->addTab(m_topAlbums, tr("Top Albums"));
    m_tabs->addTab(m_blockedTree, tr("Blocked"));
    m_tabs->setCornerWidget(m_rankBy);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(m_tabs, 2);
    resize(820, 720);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Period(m_period->currentData().toInt()) == Period::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        request();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_from->isEnabled())
            request();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_to->isEnabled())
            request();
    });
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, &ReportWindow::fillTops);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export as PNG"), tr("listening-report.png"), tr("PNG images (*.png)"));
        if (!file.isEmpty() && !exportPng(file))
            QMessageBox::warning(this, tr("Export as PNG"), tr("Could not write %1.").arg(file));
    });
    connect(&m_history, &HistoryService::reportReady, this, &ReportWindow::showReport);
    connect(&m_history, &HistoryService::failed, this,
            [this](const QString& message) { m_range->setText(message); });
    request();
}

void ReportWindow::setPeriod(Period period)
{
    const int index = m_period->findData(int(period));
    if (index == m_period->currentIndex())
        request();
    else
        m_period->setCurrentIndex(index);
}

void ReportWindow::setCustomDates(const QDate& from, const QDate& to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    if (Period(m_period->currentData().toInt()) == Period::Custom)
        request();
}

void ReportWindow::refresh()
{
    request();
}

void ReportWindow::request()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    history::ReportPeriod p;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Week:
        p = history::periodEnding(history::PeriodLength::Week, now);
        break;
    case Period::Month:
        p = history::periodEnding(history::PeriodLength::Month, now);
        break;
    case Period::Year:
        p = history::periodEnding(history::PeriodLength::Year, now);
        break;
    case Period::Custom: {
        // Local calendar days, both included: from the first's midnight to the midnight after the last.
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        p.fromMs = from.startOfDay().toMSecsSinceEpoch();
        p.toMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
        break;
    }
    }
    m_range->setText(tr("Working\u2026"));
    m_history.requestReport(p.fromMs, p.toMs);
}

QList<double> ReportWindow::chartMinutes() const
{
    QList<double> out;
    for (int h = 0; h < m_bars->count(); ++h)
        out << m_bars->at(h);
    return out;
}

void ReportWindow::showReport(const history::ListeningReport& r)
{
    m_report = r;
    const QLocale locale;
    m_range->setText(tr("%1 to %2")
                         .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(r.fromMs), QLocale::ShortFormat),
                              locale.toString(QDateTime::fromMSecsSinceEpoch(r.toMs), QLocale::ShortFormat)));
    m_hours->setText(hoursText(r.heardMs));
    m_plays->setText(QString::number(r.plays));
    m_plays->setToolTip(tr("%1 finished, %2 skipped").arg(r.finished).arg(r.skipped));
    m_hiRes->setText(percent(r.hiResShare));
    m_previews->setText(percent(r.previewShare));
    m_blocked->setText(QString::number(r.blockedAttempts));

    double most = 0;
    for (int h = 0; h < 24; ++h) {
        const double minutes = double(r.heardByHour[std::size_t(h)]) / 60'000.0;
        m_bars->replace(h, minutes);
        most = std::max(most, minutes);
    }
    for (QAbstractAxis* axis : m_chart->axes(Qt::Vertical))
        if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            values->setRange(0, most > 0 ? most * 1.1 : 10);
            values->applyNiceNumbers();
        }

    m_blockedTree->clear();
    for (const history::BlockedEntry& b : r.blocked) {
        QStringList why;
        for (const std::string& code : b.reasonCodes) {
            const QString title = reasonTitle(toQString(code));
            why << (title.isEmpty() ? toQString(code) : title);
        }
        auto* item =
            new QTreeWidgetItem(m_blockedTree, {QString::number(b.attempts), toQString(b.title),
                                                toQString(b.artist), why.join(QStringLiteral("; "))});
        item->setToolTip(3, toQString(b.reason));
    }
    fillTops();
    Q_EMIT reportShown();
}

void ReportWindow::fillTops()
{
    const bool byTime = m_rankBy->currentIndex() == 0;
    auto fill = [](QTreeWidget* tree, const std::vector<history::RankedEntry>& entries, bool withArtist) {
        tree->clear();
        int rank = 0;
        for (const history::RankedEntry& e : entries) {
            QStringList cells{QString::number(++rank), toQString(e.name)};
            if (withArtist)
                cells << toQString(e.artist);
            cells << hoursText(e.heardMs) << QString::number(e.plays);
            new QTreeWidgetItem(tree, cells);
        }
    };
    fill(m_topTracks, byTime ? m_report.topTracksByTime : m_report.topTracksByPlays, true);
    fill(m_topArtists, byTime ? m_report.topArtistsByTime : m_report.topArtistsByPlays, false);
    fill(m_topAlbums, byTime ? m_report.topAlbumsByTime : m_report.topAlbumsByPlays, true);
}

bool ReportWindow::exportPng(const QString& path)
{
    return grab().save(path, "PNG");
}

} // namespace accord::ui
