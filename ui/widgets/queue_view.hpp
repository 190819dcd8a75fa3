// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QListView>

namespace accord::ui {

class QueueModel;

/// The play queue list: drag to reorder (ids move, nothing is removed), drop files or library rows to
/// enqueue, Delete removes the selection, double-click plays. [GUI thread]
class QueueView : public QListView {
    Q_OBJECT
public:
    explicit QueueView(QWidget* parent = nullptr);
    void setQueueModel(QueueModel* model);
    void removeSelected();

Q_SIGNALS:
    void playRequested(int row);

protected:
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QueueModel* m_model = nullptr;
};

} // namespace accord::ui
