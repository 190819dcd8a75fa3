// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "stores/track_store.hpp"

#include <QWidget>

#include <memory>

class QComboBox;
class QListView;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace accord::ui {

class BrowserModel;
class TrackTableModel;

/// The library: artists / albums / genres browser, the track table (sortable, resizable, hideable
/// columns, greyed rows that cannot play), and a first-run page when the library is empty. [GUI thread]
class LibraryPane : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPane(QWidget* parent = nullptr);

    void setStore(std::shared_ptr<TrackStore> store);
    void setFilterText(const QString& text);
    TrackTableModel* trackModel() const noexcept { return m_model; }
    QTableView* table() const noexcept { return m_table; }
    QListView* browser() const noexcept { return m_browser; }
    bool showingEmptyPage() const;
    /// Paths of the selected rows (in view order), or of the current row.
    QStringList selectedPaths() const;
    /// Adds a section under the browser: `sidebar` (the subscriber's playlists) below the facet list and
    /// `page`, shown in place of the track table by showSection(). Both become children of the pane.
    void addSection(QWidget* sidebar, QWidget* page);
    /// Shows a section's page instead of the track table; null shows the track table again.
    void showSection(QWidget* page);
    QWidget* shownSection() const; ///< null while the track table is shown
    /// Keeps the browser (and its sections) on screen even when the library is empty, instead of the
    /// first-run page: a subscriber's synced playlists are worth showing without local files.
    void setKeepBrowser(bool keep);
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);
    /// Adds a section under the artists/albums/genres browser (the playlists, ...), in order.
    void addBrowserSection(QWidget* section, int stretch = 0);
    /// Adds a page that stands in place of the track table when shown (a playlist's items, ...).
    void addPage(QWidget* page);
    void showPage(QWidget* page);
    /// Shows the track table again (choosing an artist, album or genre does too).
    void showTracks();
    bool showingTracks() const;

Q_SIGNALS:
    /// A row was activated (double-click, Enter). `storeIndex` indexes the TrackStore.
    void trackActivated(std::size_t storeIndex);
    void explainRequested(std::size_t storeIndex);
    void enqueueRequested(const QStringList& paths);
    void demoRequested();
    void addFolderRequested();
    void currentTrackChanged(std::size_t storeIndex);

private:
    QWidget* buildEmptyPage();
    void showHeaderMenu(const QPoint& pos);
    void showRowMenu(const QPoint& pos);

    TrackTableModel* m_model;
    BrowserModel* m_browserModel;
    QComboBox* m_facet;
    QListView* m_browser;
    QTableView* m_table;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QWidget* m_left = nullptr; ///< the facet list, the browser and the sections' sidebars
    bool m_keepBrowser = false;
    QStackedWidget* m_pages;   ///< the track table, or a page added with addPage()
    QVBoxLayout* m_leftLayout; ///< the browser column, for addBrowserSection()
};

} // namespace accord::ui
