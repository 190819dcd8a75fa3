// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "windows/main_window.hpp"

#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/icons.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/now_playing_panel.hpp"
#include "widgets/queue_view.hpp"
#include "widgets/retranslator.hpp"
#include "widgets/transport_bar.hpp"
#include "widgets/why_panel.hpp"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace accord::ui {

namespace {

/// The widgets under `root` that Tab can reach, in their current focus-chain order.
QList<QWidget*> tabStops(QWidget* root)
{
    QList<QWidget*> out;
    for (QWidget* w = root->nextInFocusChain(); w != root && root->isAncestorOf(w); w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) != 0)
            out << w;
    return out;
}

} // namespace

MainWindow::MainWindow(QueueModel* queue, QWidget* parent)
    : QMainWindow(parent), m_queue(queue), m_nowPlaying(new NowPlayingPanel(this)),
      m_filter(new QLineEdit(this)), m_qaBanner(new QLabel(this)), m_library(new LibraryPane(this)),
      m_why(new WhyPanel(this)), m_queueView(new QueueView(this)), m_queueSummary(new QLabel(this)),
      m_transport(new TransportBar(this)), m_libraryStatus(new QLabel(this)),
      m_scanProgress(new QProgressBar(this)), m_unreadableButton(new QToolButton(this))
{
    m_tr = new Retranslator(this);
    setWindowIcon(Icons::get(Icons::App));
    setAcceptDrops(true);
    setObjectName(QStringLiteral("AccordMainWindow"));

    m_qaBanner->setVisible(false);
    m_qaBanner->setObjectName(QStringLiteral("qaBanner"));
    m_qaBanner->setStyleSheet(QStringLiteral("QLabel { background: #f2a93b; color: #2b1d00; font-weight: 600;"
                                             " padding: 5px 10px; }"));
    m_why->setVisible(false);

    auto* centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("centreSplitter"));
    centre->addWidget(m_library);
    centre->addWidget(m_why);
    centre->setStretchFactor(0, 3);
    centre->setChildrenCollapsible(false);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("bodySplitter"));
    body->addWidget(centre);
    // The queue and, beside it in tabs, what follows the track playing (lyrics).
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    const int queueTab = m_sideTabs->addTab(buildQueuePane(), QString());
    m_tr->add([this, queueTab] { m_sideTabs->setTabText(queueTab, tr("Queue")); });
    body->addWidget(m_sideTabs);
    body->setStretchFactor(0, 3); // a narrower window takes from the queue too, a quarter as much
    body->setStretchFactor(1, 1);
    body->setSizes({880, 300});

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_qaBanner);
    layout->addWidget(buildHeader());
    auto* bodyHolder = new QWidget(central);
    auto* bodyLayout = new QVBoxLayout(bodyHolder);
    bodyLayout->setContentsMargins(10, 6, 10, 0);
    bodyLayout->addWidget(body);
    layout->addWidget(bodyHolder, 1);
    layout->addWidget(m_transport);
    setCentralWidget(central);
    buildMenus();
    buildStatusBar();
    resize(1200, 760);

    // Tab walks the window top to bottom, left to right: filter, settings, library (browser, then the
    // table, which Tab leaves at once), the why panel, the queue, then the transport controls.
    m_queueView->setTabKeyNavigation(false);
    QList<QWidget*> chain{m_filter, findChild<QToolButton*>(QStringLiteral("settingsButton"))};
    chain << tabStops(m_library) << tabStops(m_why) << m_queueView
          << findChild<QToolButton*>(QStringLiteral("clearQueueButton")) << tabStops(m_transport);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    connect(m_filter, &QLineEdit::textChanged, m_library, &LibraryPane::setFilterText);
    connect(m_library, &LibraryPane::trackActivated, this, [this](std::size_t storeIndex) {
        const TrackStore* store = m_library->trackModel()->store();
        if (store == nullptr || storeIndex >= store->size())
            return;
        const TrackRow& row = store->rows()[storeIndex];
        if (verdictPlays(row.verdict))
            Q_EMIT playTrackRequested(row.path);
        else
            Q_EMIT explainRequested(storeIndex); // explain instead of failing silently
    });
    connect(m_library, &LibraryPane::explainRequested, this, &MainWindow::explainRequested);
    connect(m_library, &LibraryPane::currentTrackChanged, this, [this](std::size_t storeIndex) {
        if (m_why->isVisible())
            Q_EMIT explainRequested(storeIndex);
    });
    connect(m_library, &LibraryPane::enqueueRequested, this,
            [this](const QStringList& p) { Q_EMIT enqueueRequested(p, -1); });
    connect(m_library, &LibraryPane::demoRequested, this, &MainWindow::demoRequested);
    connect(m_library, &LibraryPane::addFolderRequested, this, &MainWindow::askForFolder);
    connect(m_queueView, &QueueView::playRequested, this, &MainWindow::playQueueRowRequested);
    connect(m_queue, &QueueModel::filesDropped, this,
            [this](int row, const QStringList& p) { Q_EMIT enqueueRequested(p, row); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_queue, signal, this, &MainWindow::updateQueueSummary);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &MainWindow::updateQueueSummary);
    connect(m_queue, &QAbstractItemModel::dataChanged, this, &MainWindow::updateQueueSummary);

    connect(m_transport, &TransportBar::playPauseClicked, this, &MainWindow::playPauseRequested);
    connect(m_transport, &TransportBar::stopClicked, this, &MainWindow::stopRequested);
    connect(m_transport, &TransportBar::nextClicked, this, &MainWindow::nextRequested);
    connect(m_transport, &TransportBar::previousClicked, this, &MainWindow::previousRequested);
    connect(m_transport, &TransportBar::seekRequested, this, &MainWindow::seekRequested);
    connect(m_transport, &TransportBar::volumeChanged, this, &MainWindow::volumeRequested);
    connect(m_transport, &TransportBar::repeatChanged, this, &MainWindow::repeatRequested);
    connect(m_transport, &TransportBar::shuffleClicked, this,
            [this] { m_queue->shuffleEntries(QRandomGenerator::global()->generate()); });
    updateQueueSummary();
}

QWidget* MainWindow::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("header"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::get(Icons::Search), QLineEdit::LeadingPosition);
    m_filter->setMinimumWidth(280);
    auto* settings = new QToolButton(header);
    settings->setObjectName(QStringLiteral("settingsButton"));
    settings->setIcon(Icons::get(Icons::Settings));
    settings->setIconSize(QSize(20, 20));
    settings->setAutoRaise(true);
    m_tr->add([this, settings] {
        m_filter->setPlaceholderText(tr("Filter: title, artist, album, alias\u2026"));
        m_filter->setAccessibleName(tr("Filter"));
        settings->setToolTip(tr("Settings"));
        settings->setAccessibleName(tr("Settings"));
    });
    connect(settings, &QToolButton::clicked, this, &MainWindow::settingsRequested);

    auto* right = new QVBoxLayout;
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_filter);
    searchRow->addWidget(settings);
    right->addLayout(searchRow);
    right->addStretch();

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(16);
    layout->addWidget(m_nowPlaying, 1);
    layout->addLayout(right);
    return header;
}

QWidget* MainWindow::buildQueuePane()
{
    auto* pane = new QWidget(this);
    auto* title = new QLabel(pane);
    QFont f = title->font();
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    m_queueSummary->setForegroundRole(QPalette::PlaceholderText);
    auto* clear = new QToolButton(pane);
    clear->setObjectName(QStringLiteral("clearQueueButton"));
    clear->setAutoRaise(true);
    m_tr->add([title, clear] {
        title->setText(tr("Queue"));
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Remove every track from the queue"));
        clear->setAccessibleName(tr("Clear the queue"));
    });
    connect(clear, &QToolButton::clicked, m_queue, &QueueModel::clearEntries);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_queueSummary, 1);
    top->addWidget(clear);
    m_queueView->setQueueModel(m_queue);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_queueView, 1);
    return pane;
}

void MainWindow::buildStatusBar()
{
    m_scanProgress->setMaximumWidth(180);
    m_scanProgress->setMaximumHeight(14);
    m_scanProgress->setTextVisible(false);
    m_scanProgress->setVisible(false);
    m_unreadableButton->setAutoRaise(true);
    m_unreadableButton->setVisible(false);
    connect(m_unreadableButton, &QToolButton::clicked, this, [this] {
        QStringList lines;
        for (const UnreadableFile& f : std::as_const(m_unreadable))
            lines << QStringLiteral("%1\n    %2").arg(f.path, f.reason);
        QMessageBox box(QMessageBox::Information, tr("Unreadable files"),
                        tr("%n file(s) could not be read.", nullptr, static_cast<int>(m_unreadable.size())),
                        QMessageBox::Close, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    });
    m_message = new QLabel(this);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);
    statusBar()->addWidget(m_libraryStatus);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_scanProgress);
    statusBar()->addPermanentWidget(m_unreadableButton);
    // Texts computed from state follow the language too.
    m_tr->add([this] {
        updateLibraryStatus();
        updateQueueSummary();
        setUnreadable(m_unreadable);
        setContext(m_context);
        setWindowTitle(m_nowPlayingTitle.isEmpty() ? tr("Accord") : m_nowPlayingTitle);
    });
    setLibrary(nullptr);
}

void MainWindow::setLibrary(std::shared_ptr<TrackStore> store)
{
    m_trackCount = store ? store->size() : 0;
    m_libraryMs = 0;
    if (store)
        for (const TrackRow& r : store->rows())
            m_libraryMs += r.durationMs;
    m_library->setStore(std::move(store));
    updateLibraryStatus();
}

void MainWindow::updateLibraryStatus()
{
    const qint64 hours = m_libraryMs / 3600000;
    m_libraryStatus->setText(m_trackCount == 0
                                 ? tr("Library is empty")
                                 : tr("%n track(s)", nullptr, static_cast<int>(m_trackCount)) +
                                       QStringLiteral(" \u00b7 ") +
                                       (hours > 0 ? tr("%n hour(s)", nullptr, static_cast<int>(hours))
                                                  : formatDuration(m_libraryMs)));
}

void MainWindow::setScanProgress(int done, int total)
{
    m_scanProgress->setVisible(total > 0 && done < total);
    m_scanProgress->setRange(0, std::max(total, 1));
    m_scanProgress->setValue(done);
    m_scanProgress->setToolTip(tr("Scanning: %1 of %2 files").arg(done).arg(total));
}

void MainWindow::setUnreadable(const QList<UnreadableFile>& files)
{
    m_unreadable = files;
    m_unreadableButton->setVisible(!files.isEmpty());
    m_unreadableButton->setText(tr("%n unreadable", nullptr, static_cast<int>(files.size())));
}

void MainWindow::setContext(const ListenerContext& context)
{
    m_context = context;
    m_qaBanner->setVisible(context.qa);
    if (m_runScenario)
        m_runScenario->setEnabled(context.qa);
    m_qaBanner->setText(tr("QA MODE \u2014 availability shown for %1").arg(context.describe()));
    m_libraryStatus->setToolTip(context.describe());
}

void MainWindow::setState(PlayState state)
{
    m_transport->setState(state);
    if (state == PlayState::Stopped)
        m_queue->setCurrentId(0);
}

void MainWindow::setNowPlaying(const NowPlayingInfo& info)
{
    if (!info.valid()) {
        m_nowPlaying->clear();
        m_transport->setDuration(0);
        m_nowPlayingTitle.clear();
        setWindowTitle(tr("Accord"));
        return;
    }
    m_nowPlaying->setNowPlaying(info);
    m_transport->setDuration(info.previewSeconds >= 0 ? static_cast<qint64>(info.previewSeconds * 1000)
                                                      : info.durationMs);
    m_queue->setCurrentId(info.queueItemId);
    const QString title = info.title.isEmpty() ? info.path.section(QLatin1Char('/'), -1) : info.title;
    m_nowPlayingTitle =
        info.artist.isEmpty() ? title : QStringLiteral("%1 \u2014 %2").arg(info.artist, title);
    setWindowTitle(m_nowPlayingTitle);
}

void MainWindow::setPosition(qint64 ms)
{
    m_transport->setPosition(ms);
}

void MainWindow::showExplanation(const QString& title, const Explanation& explanation)
{
    const bool opening = m_why->isHidden();
    m_why->showExplanation(title, explanation);
    auto* centre = findChild<QSplitter*>(QStringLiteral("centreSplitter"));
    if (opening && centre != nullptr) {
        // As tall as the explanation, half the library at most: the panel scrolls, the rows stay in view.
        const int total = centre->height() - centre->handleWidth();
        const int panel = std::min(m_why->sizeHint().height(), total / 2);
        centre->setSizes({total - panel, panel});
    }
}

void MainWindow::showMessage(const QString& text, int timeoutMs)
{
    // A label of our own rather than QStatusBar::showMessage, which would hide the library summary.
    m_message->setText(text);
    m_messageTimer->start(timeoutMs);
}

QString MainWindow::statusText() const
{
    return m_libraryStatus->text();
}

void MainWindow::updateQueueSummary()
{
    const int n = m_queue->rowCount();
    m_queueSummary->setText(n == 0 ? tr("empty")
                                   : tr("%n track(s)", nullptr, n) + QStringLiteral(" \u00b7 ") +
                                         formatDuration(m_queue->totalDurationMs()));
}

void MainWindow::askForFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a music folder"));
    if (!dir.isEmpty())
        Q_EMIT addFolderRequested(dir);
}

void MainWindow::saveUiState(AppSettings& settings) const
{
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    settings.setValue(QStringLiteral("ui/library"), m_library->saveState());
    if (auto* body = findChild<QSplitter*>(QStringLiteral("bodySplitter")))
        settings.setValue(QStringLiteral("ui/body"), body->saveState());
}

void MainWindow::restoreUiState(const AppSettings& settings)
{
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")));
    restoreState(settings.value(QStringLiteral("ui/state")));
    m_library->restoreState(settings.value(QStringLiteral("ui/library")));
    if (auto* body = findChild<QSplitter*>(QStringLiteral("bodySplitter")))
        body->restoreState(settings.value(QStringLiteral("ui/body")));
}

void MainWindow::setTrayShown(bool shown)
{
    m_trayShown = shown;
}

void MainWindow::setKeepRunningInTray(std::optional<bool> keep)
{
    m_keepRunningInTray = keep;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_trayShown && !m_keepRunningInTray) {
        // Asked once; the answer is stored (Settings > Playback changes it later).
        QMessageBox box(QMessageBox::Question, tr("Keep Accord running?"),
                        tr("Accord can keep playing in the tray with its window closed; click the tray icon "
                           "to bring the window back."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("keepRunningQuestion"));
        QPushButton* keep = box.addButton(tr("Keep running in the tray"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit Accord"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        m_keepRunningInTray = box.clickedButton() == keep;
        Q_EMIT keepRunningInTrayChosen(*m_keepRunningInTray);
    }
    if (m_trayShown && m_keepRunningInTray.value_or(false)) {
        hide(); // not closed: the application goes on, and the tray icon shows the window again
        event->ignore();
        return;
    }
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        Q_EMIT enqueueRequested(paths, -1);
        event->acceptProposedAction();
    }
}

} // namespace accord::ui
