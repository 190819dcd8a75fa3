// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "widgets/column_fitter.hpp"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace accord::ui {

namespace {

// Shares of the room left by the other columns, and the narrowest each may get (in average characters).
constexpr double kTitleShare = 0.46;
constexpr double kArtistShare = 0.55; ///< of what Title leaves
constexpr int kTitleMinChars = 12;
constexpr int kArtistMinChars = 8;
constexpr int kAlbumMinChars = 6;
constexpr int kArtistMaxChars = 26;
constexpr int kAlbumMaxChars = 26;

} // namespace

ColumnFitter::ColumnFitter(QTableView* table, int title, int artist, int album)
    : QObject(table), m_table(table), m_title(title), m_artist(artist), m_album(album)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(title, QHeaderView::Stretch);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fit);
    // New rows (a library loaded, a filter typed) may have longer or shorter texts.
    if (QAbstractItemModel* model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    }
    // Showing or hiding a column (the header's menu) changes what the others leave.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical, int oldSize, int newSize) {
        if (!m_fitting && logical != m_title && (oldSize == 0 || newSize == 0))
            fit();
    });
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    // While the table is being destroyed its viewport may still be resized, when the table is a plain
    // QWidget already: qobject_cast (the dynamic type as it is now) tells, before any table call.
    if (event->type() == QEvent::Resize && qobject_cast<QTableView*>(m_table) != nullptr &&
        watched == m_table->viewport())
        fit();
    return QObject::eventFilter(watched, event);
}

int ColumnFitter::contentWidth(int column) const
{
    // The rows on screen and the header (QTableView measures only the rows in view: cheap at any size;
    // public through the base class).
    return std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(column),
                    m_table->horizontalHeader()->sectionSizeHint(column));
}

void ColumnFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != m_title && c != m_artist && c != m_album && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int room = std::max(0, m_table->viewport()->width() - others);
    const int ch = std::max(1, m_table->fontMetrics().averageCharWidth());
    const bool artistShown = !header->isSectionHidden(m_artist);
    const bool albumShown = !header->isSectionHidden(m_album);
    // Title first: its share of the room, or less when its texts are shorter.
    const int title = std::min(std::max(contentWidth(m_title), kTitleMinChars * ch),
                               std::max(static_cast<int>(room * kTitleShare), kTitleMinChars * ch));
    const int rest = std::max(0, room - title);
    // Artist and Album share the rest, each no wider than its texts (Title takes what they leave).
    const int artistWant = artistShown ? std::min(contentWidth(m_artist), kArtistMaxChars * ch) : 0;
    const int albumWant = albumShown ? std::min(contentWidth(m_album), kAlbumMaxChars * ch) : 0;
    int album = std::min(albumWant, static_cast<int>(rest * (1.0 - kArtistShare)));
    int artist = std::min(artistWant, rest - album);
    album = std::min(albumWant, rest - artist);
    artist = artistShown ? std::max(artist, kArtistMinChars * ch) : 0;
    album = albumShown ? std::max(album, kAlbumMinChars * ch) : 0;
    // Too narrow for every minimum: Album gives way first, then Artist, so Title keeps a readable width
    // and the columns after them stay in view.
    int over = kTitleMinChars * ch + artist + album - room;
    if (over > 0 && albumShown) {
        const int give = std::max(0, std::min(over, album - 3 * ch));
        album -= give;
        over -= give;
    }
    if (over > 0 && artistShown)
        artist -= std::max(0, std::min(over, artist - 4 * ch));
    if (artistShown)
        header->resizeSection(m_artist, artist);
    if (albumShown)
        header->resizeSection(m_album, album);
    m_fitting = false;
}

} // namespace accord::ui
