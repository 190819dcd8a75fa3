// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/library_pane.hpp"

#include "models/browser_model.hpp"
#include "models/track_table_model.hpp"
#include "widgets/column_fitter.hpp"
#include "widgets/icons.hpp"
#include "widgets/retranslator.hpp"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace accord::ui {

LibraryPane::LibraryPane(QWidget* parent)
    : QWidget(parent), m_model(new TrackTableModel(this)), m_browserModel(new BrowserModel(this)),
      m_facet(new QComboBox(this)), m_browser(new QListView(this)), m_table(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_stack(new QStackedWidget(this)),
      m_pages(new QStackedWidget(this)), m_leftLayout(nullptr)
{
    m_facet->addItem(QString(), int(Facet::Artist));
    m_facet->addItem(QString(), int(Facet::Album));
    m_facet->addItem(QString(), int(Facet::Genre));
    m_browser->setModel(m_browserModel);
    m_browser->setUniformItemSizes(true);
    m_browser->setSpacing(1);
    m_browser->setAlternatingRowColors(false);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_browser->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setIconSize(QSize(16, 16));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TrackTableModel::Status, 30);
    header->setSectionResizeMode(TrackTableModel::Status, QHeaderView::Fixed);
    header->setSectionResizeMode(TrackTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(TrackTableModel::Artist, 150);
    header->resizeSection(TrackTableModel::Album, 150);
    header->resizeSection(TrackTableModel::TrackNo, 36);
    header->resizeSection(TrackTableModel::Year, 52);
    header->resizeSection(TrackTableModel::Genre, 100);
    header->resizeSection(TrackTableModel::Duration, 60);
    header->resizeSection(TrackTableModel::Format, 110);
    header->resizeSection(TrackTableModel::Path, 300);
    header->setMinimumSectionSize(28);
    m_table->setColumnHidden(TrackTableModel::Genre, true);
    m_table->setColumnHidden(TrackTableModel::Path, true);
    new ColumnFitter(m_table, TrackTableModel::Title, TrackTableModel::Artist, TrackTableModel::Album);

    auto* left = new QWidget(this);
    m_left = left;
    auto* leftLayout = new QVBoxLayout(left);
    m_leftLayout = leftLayout;
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_facet);
    leftLayout->addWidget(m_browser, 1);
    m_splitter->addWidget(left);
    m_pages->addWidget(m_table);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 700});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(buildEmptyPage());
    m_stack->setCurrentIndex(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    (new Retranslator(this))->add([this] {
        m_facet->setItemText(0, tr("Artists"));
        m_facet->setItemText(1, tr("Albums"));
        m_facet->setItemText(2, tr("Genres"));
        m_browser->setAccessibleName(tr("Library browser"));
        m_table->setAccessibleName(tr("Tracks"));
        // The models' texts are computed on demand: tell the views to ask again.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, TrackTableModel::ColumnCount - 1);
        if (m_browserModel->rowCount() > 0)
            Q_EMIT m_browserModel->dataChanged(m_browserModel->index(0),
                                               m_browserModel->index(m_browserModel->rowCount() - 1));
    });

    connect(m_facet, &QComboBox::currentIndexChanged, this, [this] {
        const auto facet = static_cast<Facet>(m_facet->currentData().toInt());
        m_browserModel->rebuild(m_model->store(), facet);
        m_model->setFacet(Facet::None, 0);
    });
    connect(m_browser->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                showTracks();
                const qint64 id = i.data(BrowserModel::PoolIdRole).toLongLong();
                m_model->setFacet(id < 0 ? Facet::None : m_browserModel->facet(),
                                  static_cast<std::uint32_t>(std::max<qint64>(id, 0)));
            });
    connect(m_browser, &QListView::clicked, this, &LibraryPane::showTracks);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& i) { Q_EMIT trackActivated(m_model->storeIndexAt(i.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid())
                    Q_EMIT currentTrackChanged(m_model->storeIndexAt(i.row()));
            });
    connect(header, &QHeaderView::customContextMenuRequested, this, &LibraryPane::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &LibraryPane::showRowMenu);
}

QWidget* LibraryPane::buildEmptyPage()
{
    auto* page = new QWidget(this);
    auto* icon = new QLabel(page);
    icon->setPixmap(Icons::get(Icons::App).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto* title = new QLabel(page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(460);
    auto* demo = new QPushButton(Icons::get(Icons::Play), QString(), page);
    demo->setDefault(true);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto* add = new QPushButton(Icons::get(Icons::Folder), QString(), page);
    (new Retranslator(page))->add([title, text, demo, add] {
        title->setText(tr("Your library is empty"));
        text->setText(tr("Add a music folder, drop files here, or try the demo library: a few generated "
                         "tracks and a demo catalogue that shows every licence verdict."));
        // Centred in its layout, a word-wrapped label gets only its one-line size hint: ask for the
        // height of the wrapped text.
        text->setMinimumHeight(text->heightForWidth(text->width()));
        demo->setText(tr("Try the demo library"));
        add->setText(tr("Add music folder\u2026"));
    });
    connect(demo, &QPushButton::clicked, this, &LibraryPane::demoRequested);
    connect(add, &QPushButton::clicked, this, &LibraryPane::addFolderRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(demo);
    buttons->addWidget(add);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void LibraryPane::setStore(std::shared_ptr<TrackStore> store)
{
    const bool empty = !store || store->size() == 0;
    m_model->setStore(std::move(store));
    m_browserModel->rebuild(m_model->store(), static_cast<Facet>(m_facet->currentData().toInt()));
    m_stack->setCurrentIndex(empty && !m_keepBrowser ? 1 : 0);
}

void LibraryPane::addSection(QWidget* sidebar, QWidget* page)
{
    sidebar->setParent(m_left);
    static_cast<QBoxLayout*>(m_left->layout())->addWidget(sidebar, 1);
    m_pages->addWidget(page);
}

void LibraryPane::showSection(QWidget* page)
{
    m_pages->setCurrentWidget(page != nullptr ? page : m_table);
}

QWidget* LibraryPane::shownSection() const
{
    return m_pages->currentWidget() == m_table ? nullptr : m_pages->currentWidget();
}

void LibraryPane::setKeepBrowser(bool keep)
{
    m_keepBrowser = keep;
    const bool empty = m_model->store() == nullptr || m_model->store()->size() == 0;
    m_stack->setCurrentIndex(empty && !m_keepBrowser ? 1 : 0);
}

void LibraryPane::setFilterText(const QString& text)
{
    m_model->setFilterText(text);
}

bool LibraryPane::showingEmptyPage() const
{
    return m_stack->currentIndex() == 1;
}

QStringList LibraryPane::selectedPaths() const
{
    QStringList paths;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows)
        paths << i.data(TrackTableModel::PathRole).toString();
    if (paths.isEmpty() && m_table->currentIndex().isValid())
        paths << m_table->currentIndex().data(TrackTableModel::PathRole).toString();
    return paths;
}

QByteArray LibraryPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_table->horizontalHeader()->saveState() << m_splitter->saveState() << m_facet->currentIndex();
    return out;
}

void LibraryPane::restoreState(const QByteArray& state)
{
    QDataStream s(state);
    QByteArray header;
    QByteArray splitter;
    int facet = 0;
    s >> header >> splitter >> facet;
    if (s.status() != QDataStream::Ok)
        return;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
    m_facet->setCurrentIndex(facet);
}

void LibraryPane::addBrowserSection(QWidget* section, int stretch)
{
    m_leftLayout->addWidget(section, stretch);
}

void LibraryPane::addPage(QWidget* page)
{
    m_pages->addWidget(page);
}

void LibraryPane::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
}

void LibraryPane::showTracks()
{
    m_pages->setCurrentWidget(m_table);
}

bool LibraryPane::showingTracks() const
{
    return m_pages->currentWidget() == m_table;
}

void LibraryPane::showHeaderMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (int c = TrackTableModel::Title; c < TrackTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void LibraryPane::showRowMenu(const QPoint& pos)
{
    const QModelIndex at = m_table->indexAt(pos);
    if (!at.isValid())
        return;
    const std::size_t storeIndex = m_model->storeIndexAt(at.row());
    QMenu menu(this);
    menu.addAction(Icons::get(Icons::Play), tr("Play"), this,
                   [this, storeIndex] { Q_EMIT trackActivated(storeIndex); });
    menu.addAction(tr("Add to queue"), this, [this] { Q_EMIT enqueueRequested(selectedPaths()); });
    menu.addSeparator();
    menu.addAction(Icons::get(Icons::Info), tr("Why can't I play this?"), this,
                   [this, storeIndex] { Q_EMIT explainRequested(storeIndex); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace accord::ui
