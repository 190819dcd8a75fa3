// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QObject>

class QTableView;

namespace accord::ui {

/// Fits a track table's columns to its width whenever the table is resized, its rows change or a column is
/// shown or hidden: the other visible columns keep their widths; Artist and Album get the width of their
/// texts as far as the room allows (Title first keeps its share), Album giving way first as the table
/// narrows; Title stretches into whatever is left. So at any window size every visible
/// column, Length and Format included, is on screen without scrolling sideways, and a wide window gives its
/// room to the titles. A width the listener drags by hand lasts until the next resize. [GUI thread]
class ColumnFitter : public QObject {
public:
    /// Fits `table` (a child of it from now on) by its logical columns `title`, `artist` and `album`.
    /// The table's model must be set first.
    ColumnFitter(QTableView* table, int title, int artist, int album);

    /// Fits the columns to the table's current width.
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int contentWidth(int column) const;

    QTableView* m_table;
    int m_title;
    int m_artist;
    int m_album;
    bool m_fitting = false;
};

} // namespace accord::ui
