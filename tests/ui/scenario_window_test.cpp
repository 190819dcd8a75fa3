// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Tools > Run Scenario... on the real MainWindow: the menu action (QA mode only) and its file dialog, the run
// off the GUI thread with progress, the checks table (failures first), the HTML report opened through
// QDesktopServices, and "load context into QA mode" re-deciding the library for that context. A
// screenshot of the dialog is kept for people to look at.
#include "bridge/library_service.hpp"
#include "models/scenario_check_model.hpp"
#include "models/track_table_model.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "windows/main_window.hpp"
#include "windows/scenario_dialog.hpp"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "qt_catch.hpp"

using namespace accord;

namespace {

// Receives what QDesktopServices::openUrl would hand to the desktop's browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

QAction* runScenarioAction(ui::MainWindow* w)
{
    for (QAction* a : w->findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Run Scenario")))
            return a;
    return nullptr;
}

ui::Verdict verdictOf(ui::TrackTableModel* model, const QString& title)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 1)).toString() == title)
            return static_cast<ui::Verdict>(
                model->data(model->index(r, 0), ui::TrackTableModel::VerdictRole).toInt());
    return ui::Verdict::Unknown;
}

} // namespace

TEST_CASE("Tools > Run Scenario runs a file off the GUI thread, tables its checks, opens the report and "
          "loads a check's context into QA mode",
          "[ui][app][scenario]")
{
    test::UiFixture fx;
    REQUIRE(fx.loadDemo());
    ui::MainWindow* w = fx.app().window();
    QAction* action = runScenarioAction(w);
    REQUIRE(action != nullptr);
    CHECK_FALSE(action->isEnabled()); // not in QA mode

    ui::ListenerContext qa;
    qa.qa = true;
    qa.territory = QStringLiteral("JP");
    qa.tier = QStringLiteral("svip");
    qa.at = QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    {
        QSignalSpy decided(fx.app().library(), &ui::LibraryService::decisionsFinished);
        w->setContext(qa);
        fx.app().library()->setContext(qa);
        REQUIRE(decided.wait(30000));
    }
    REQUIRE(action->isEnabled());

    // The menu action asks for the file: answer its dialog as a user would.
    const QString file = QStringLiteral(ACCORD_TEST_DATA_DIR "/scenarios/failing-takedown-off-by-one.toml");
    bool answered = false;
    QTimer answer;
    int tries = 0;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QFileDialog*>(top);
            if (!dialog || !dialog->isVisible())
                continue;
            // As if the user picked it: the selection shows once the dialog's model has listed the folder
            // (asynchronously); then done() (accept()'s own check of the file is asynchronous too).
            // Typed into the file name box, as a user may (the list view's selection only shows once the
            // dialog's model has listed the folder).
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                name->setText(file);
            const QStringList picked = dialog->selectedFiles();
            if (picked.size() != 1 || QFileInfo(picked.front()) != QFileInfo(file)) {
                if (++tries > 100) // 10 s: give up rather than hang
                    dialog->close();
                return;
            }
            static_cast<QDialog*>(dialog)->done(QDialog::Accepted); // protected in QFileDialog
            answered = true;
            answer.stop();
            return;
        }
        if (++tries > 100) { // 10 s without a file dialog: close whatever is modal rather than hang
            answer.stop();
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    answer.start(100);
    action->trigger();
    REQUIRE(answered);
    auto* dialog = w->findChild<ui::ScenarioDialog*>();
    REQUIRE(dialog != nullptr);
    QSignalSpy finished(dialog, &ui::ScenarioDialog::finished);
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(0).at(0).toBool());

    // Progress ran to the number of checks: 2 cells and 1 timeline.
    CHECK(dialog->progressBar()->maximum() == 3);
    CHECK(dialog->progressBar()->value() == 3);
    CHECK(dialog->summary() == QStringLiteral("1 passed, 2 failed, 0 unasserted"));
    ui::ScenarioCheckModel* model = dialog->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->data(model->index(0, 0), ui::ScenarioCheckModel::StatusRole) == QStringLiteral("failed"));
    CHECK(model->data(model->index(1, 0), ui::ScenarioCheckModel::StatusRole) == QStringLiteral("failed"));
    CHECK(model->data(model->index(2, 0), ui::ScenarioCheckModel::StatusRole) == QStringLiteral("passed"));
    CHECK(model->data(model->index(0, ui::ScenarioCheckModel::CheckColumn)).toString() ==
          QStringLiteral("ACC-0001 CN/vip/desktop @2015-11-08"));
    CHECK(model->data(model->index(0, ui::ScenarioCheckModel::ProblemsColumn))
              .toString()
              .contains(QStringLiteral("verdict")));

    // The report: written, and handed to the desktop as a file URL.
    REQUIRE_FALSE(dialog->reportPath().isEmpty());
    QFile report(dialog->reportPath());
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    CHECK(html.contains(QStringLiteral("takedown off by one day")));
    CHECK(html.contains(QStringLiteral("<html")));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    dialog->openReport();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(catcher.urls.size() == 1);
    CHECK(catcher.urls.front() == QUrl::fromLocalFile(dialog->reportPath()));

    // A screenshot people look at (kept under the build's screenshots folder).
    QDir().mkpath(QStringLiteral(ACCORD_SCREENSHOT_OUT));
    const QString shot = QStringLiteral(ACCORD_SCREENSHOT_OUT "/scenario-dialog.png");
    CHECK(dialog->grab().save(shot));

    // Load the failing CN check's context: QA mode takes it and the library is decided again for it.
    auto* tracks = w->library()->trackModel();
    CHECK(verdictOf(tracks, QStringLiteral("Far Province")) ==
          ui::Verdict::Playable); // JP/svip/2024 (app_test)
    dialog->table()->selectRow(0);
    QSignalSpy decided(fx.app().library(), &ui::LibraryService::decisionsFinished);
    dialog->loadContext();
    const ui::ListenerContext now = fx.settings().qa();
    CHECK(now.qa);
    CHECK(now.territory == QStringLiteral("CN"));
    CHECK(now.tier == QStringLiteral("vip"));
    CHECK(now.device == QStringLiteral("desktop"));
    CHECK(now.at == QDateTime(QDate(2015, 11, 8), QTime(0, 0), Qt::UTC));
    REQUIRE(decided.wait(30000));
    QTest::qWait(50);
    // As CN sees it: the JP-only recording is blocked, the worldwide one still plays.
    CHECK(verdictOf(tracks, QStringLiteral("Far Province")) == ui::Verdict::Blocked);
    CHECK(verdictOf(tracks, QStringLiteral("Open Skies")) == ui::Verdict::Playable);
}

#include "scenario_window_test.moc"
