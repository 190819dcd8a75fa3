// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace accord::ui {

class PlaylistItemsModel;

/// One playlist on the right of the library pane: its name and what it holds, the items with their badges
/// (drag to reorder, or Move Up / Move Down), double-click or Enter to play from that item. [GUI thread]
class PlaylistView : public QWidget {
    Q_OBJECT
public:
    explicit PlaylistView(PlaylistItemsModel* model, QWidget* parent = nullptr);

    QTableView* table() const noexcept { return m_table; }
    QLabel* titleLabel() const noexcept { return m_title; }
    void setTitle(const QString& name, int items, int missing, qint64 durationMs);
    /// The selected rows, in order (the current row when nothing is selected).
    QList<int> selectedRows() const;

Q_SIGNALS:
    void playFromRequested(int row);
    void moveRequested(int row, int toRow);
    void removeRequested(const QList<int>& rows);

private:
    void moveCurrent(int delta);
    PlaylistItemsModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QTableView* m_table;
    QToolButton* m_up;
    QToolButton* m_down;
};

} // namespace accord::ui
