// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "presentation/verdict.hpp"

#include <QAbstractListModel>
#include <QList>

#include <functional>

namespace accord::ui {

/// One play-queue entry as the UI shows it. `id` is the player's stable queue item id.
struct QueueEntry {
    quint64 id = 0;
    QString path;
    QString title; ///< empty: the file name is shown
    QString artist;
    qint64 durationMs = 0;
    Verdict verdict = Verdict::Unknown;
};

/// The play queue. Mirrors the player's queue: the composition root applies every edit to both. Edits
/// a user makes in the view (drag to reorder, Delete) are announced with the user*() signals so the
/// player can follow. [GUI thread]
class QueueModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole, VerdictRole, CurrentRole };
    static constexpr const char* kIdsMime = "application/x-accord-queue-ids";

    explicit QueueModel(QObject* parent = nullptr);

    void setEntries(const QList<QueueEntry>& entries);
    void insertEntries(int row, const QList<QueueEntry>& entries); ///< row -1 or past the end: append
    const QList<QueueEntry>& entries() const noexcept { return m_entries; }
    int rowOfId(quint64 id) const;

    /// User edits: change the model and emit the matching user*() signal.
    void moveEntry(quint64 id, int toRow);
    void removeEntry(quint64 id);
    void clearEntries();
    /// Reorders randomly (the current entry goes first) and announces it as moves.
    void shuffleEntries(quint32 seed);

    /// Lets \`update\` refresh every entry's display fields (tags and verdict from a newly loaded or
    /// re-decided library); rows that changed are announced.
    void refreshEntries(const std::function<void(QueueEntry& entry)>& update);
    void setCurrentId(quint64 id);
    quint64 currentId() const noexcept { return m_currentId; }
    qint64 totalDurationMs() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    void userMoved(quint64 id, int toRow);
    void userRemoved(quint64 id);
    void userCleared();
    /// Files or folders dropped onto the queue (from the file manager or the track table).
    void filesDropped(int row, const QStringList& paths);

private:
    QList<QueueEntry> m_entries;
    quint64 m_currentId = 0;
};

} // namespace accord::ui
