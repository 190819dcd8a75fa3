// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// MainWindow's menu bar (its own file to keep main_window.cpp short).
#include "windows/main_window.hpp"

#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/queue_view.hpp"
#include "widgets/retranslator.hpp"
#include "widgets/transport_bar.hpp"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QTableView>

namespace accord::ui {

namespace {

/// The platform's standard keys for `key` plus `extra`, each once: the standard binding where the
/// platform defines one, and a key listeners know everywhere.
QList<QKeySequence> keysWith(QKeySequence::StandardKey key, const QKeySequence& extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(extra))
        keys << extra;
    return keys;
}

} // namespace

void MainWindow::buildMenus()
{
    // Every title and action text is set through the Retranslator, so it follows a live language switch.
    auto title = [this](QMenu* menu, QString (*source)()) {
        m_tr->add([menu, source] { menu->setTitle(source()); });
    };
    auto text = [this](QAction* action, QString (*source)()) {
        m_tr->add([action, source] { action->setText(source()); });
    };
    QMenu* file = menuBar()->addMenu(QString());
    title(file, [] { return tr("&File"); });
    text(file->addAction(Icons::get(Icons::Folder), QString(), this, &MainWindow::askForFolder),
         [] { return tr("&Add Music Folder\u2026"); });
    text(file->addAction(QString(), QKeySequence::Open, this,
                         [this] {
                             const QStringList files = QFileDialog::getOpenFileNames(
                                 this, tr("Add files to the queue"), {},
                                 tr("Audio (*.flac *.mp3 *.ogg *.opus *.wav *.aiff *.aif)"));
                             if (!files.isEmpty())
                                 Q_EMIT enqueueRequested(files, -1);
                         }),
         [] { return tr("&Open Files\u2026"); });
    QAction* rescan = file->addAction(QString(), this, &MainWindow::rescanRequested);
    rescan->setObjectName(QStringLiteral("rescanAction"));
    rescan->setShortcuts(keysWith(QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)));
    text(rescan, [] { return tr("&Rescan Music Folders"); });
    QAction* syncNow = file->addAction(QString(), this, &MainWindow::syncRequested);
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    text(syncNow, [] { return tr("&Sync Now"); });
    file->addSeparator();
    text(file->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit),
         [] { return tr("&Quit"); });

    QMenu* play = menuBar()->addMenu(QString());
    title(play, [] { return tr("&Playback"); });
    text(play->addAction(Icons::get(Icons::Play), QString(), QKeySequence(Qt::CTRL | Qt::Key_Space), this,
                         &MainWindow::playPauseRequested),
         [] { return tr("Play / Pause"); });
    text(play->addAction(Icons::get(Icons::Stop), QString(), QKeySequence(Qt::CTRL | Qt::Key_Period), this,
                         &MainWindow::stopRequested),
         [] { return tr("Stop"); });
    text(play->addAction(Icons::get(Icons::Next), QString(), QKeySequence(Qt::CTRL | Qt::Key_Right), this,
                         &MainWindow::nextRequested),
         [] { return tr("Next"); });
    text(play->addAction(Icons::get(Icons::Previous), QString(), QKeySequence(Qt::CTRL | Qt::Key_Left), this,
                         &MainWindow::previousRequested),
         [] { return tr("Previous"); });
    text(play->addAction(QString(), QKeySequence(Qt::ALT | Qt::Key_Right), this,
                         [this] { Q_EMIT seekRelativeRequested(10000); }),
         [] { return tr("Seek Forward 10 s"); });
    text(play->addAction(QString(), QKeySequence(Qt::ALT | Qt::Key_Left), this,
                         [this] { Q_EMIT seekRelativeRequested(-10000); }),
         [] { return tr("Seek Back 10 s"); });
    text(play->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Up), this,
                         [this] {
                             m_transport->setVolume(m_transport->volume() + 0.05);
                             Q_EMIT volumeRequested(m_transport->volume());
                         }),
         [] { return tr("Volume Up"); });
    text(play->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Down), this,
                         [this] {
                             m_transport->setVolume(m_transport->volume() - 0.05);
                             Q_EMIT volumeRequested(m_transport->volume());
                         }),
         [] { return tr("Volume Down"); });
    play->addSeparator();
    text(play->addAction(Icons::get(Icons::Shuffle), QString(), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                         [this] { m_queue->shuffleEntries(QRandomGenerator::global()->generate()); }),
         [] { return tr("Shuffle Queue"); });
    text(play->addAction(QString(), this, [this] { m_queueView->removeSelected(); }),
         [] { return tr("Remove From Queue"); });

    QMenu* view = menuBar()->addMenu(QString());
    title(view, [] { return tr("&View"); });
    text(view->addAction(QString(), QKeySequence::Find, this,
                         [this] {
                             m_filter->setFocus();
                             m_filter->selectAll();
                         }),
         [] { return tr("Find"); });
    text(view->addAction(Icons::get(Icons::Info), QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                         [this] {
                             const QModelIndex i = m_library->table()->currentIndex();
                             if (i.isValid())
                                 Q_EMIT explainRequested(m_library->trackModel()->storeIndexAt(i.row()));
                         }),
         [] { return tr("Why Can't I Play This?"); });
    QAction* report = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this,
                                      &MainWindow::reportRequested);
    report->setObjectName(QStringLiteral("reportAction"));
    text(report, [] { return tr("Listening &Report…"); });
    QMenu* tools = menuBar()->addMenu(QString());
    title(tools, [] { return tr("&Tools"); });
    QAction* settings =
        tools->addAction(Icons::get(Icons::Settings), QString(), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // QKeySequence::Preferences is empty on some desktops (GNOME, Windows): Ctrl+, works everywhere.
    settings->setShortcuts(keysWith(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    text(settings, [] { return tr("&Settings\u2026"); });
    QAction* replayGain = tools->addAction(QString(), this, &MainWindow::replayGainScanRequested);
    replayGain->setObjectName(QStringLiteral("scanReplayGainAction"));
    text(replayGain, [] { return tr("Scan &ReplayGain\u2026"); });
    text(tools->addAction(QString(), this, &MainWindow::demoRequested),
         [] { return tr("Load &Demo Library"); });
    m_runScenario = tools->addAction(QString(), this, &MainWindow::scenarioRequested);
    m_runScenario->setEnabled(m_context.qa); // QA engineers' tool: QA mode first
    text(m_runScenario, [] { return tr("Run &Scenario\u2026"); });
    QMenu* help = menuBar()->addMenu(QString());
    title(help, [] { return tr("&Help"); });
    text(help->addAction(
             QString(), this,
             [this] {
                 QMessageBox::about(
                     this, tr("About Accord"),
                     tr("<b>Accord</b><br>A gapless, bit-perfect music player that explains every licence "
                        "decision.<br>GPL-3.0-or-later."));
             }),
         [] { return tr("&About Accord"); });
}

} // namespace accord::ui
