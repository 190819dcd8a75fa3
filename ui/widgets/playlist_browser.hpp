// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "bridge/playlist_service.hpp"

#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace accord::ui {

/// The "Playlists" section under the library browser: the listener's own playlists by name (a warning
/// badge when items are missing), a button for a new one, and a context menu. [GUI thread]
class PlaylistBrowser : public QWidget {
    Q_OBJECT
public:
    explicit PlaylistBrowser(QWidget* parent = nullptr);

    QListWidget* list() const noexcept { return m_list; }
    /// Shows `rows`, keeping (or moving to) `currentId` selected when it is among them.
    void setPlaylists(const QList<PlaylistRow>& rows, qint64 currentId);
    qint64 currentId() const;
    /// The row showing playlist `id`, or -1.
    int rowOf(qint64 id) const;

Q_SIGNALS:
    void opened(qint64 id); ///< selected or clicked: show its items
    void playRequested(qint64 id);
    void newRequested();
    void renameRequested(qint64 id);
    void deleteRequested(qint64 id);
    void exportRequested(qint64 id);

private:
    QLabel* m_heading;
    QToolButton* m_add;
    QListWidget* m_list;
};

} // namespace accord::ui
