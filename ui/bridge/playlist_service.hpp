// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/library_db.hpp"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>

namespace accord::ui {

/// A playlist as the browser lists it.
struct PlaylistRow {
    qint64 id = 0;
    QString name;
    int items = 0;
    int missing = 0;
    qint64 durationMs = 0;
};

/// One item as the playlist view shows it (playlist::PlaylistItem in Qt types).
struct PlaylistItemRow {
    qint64 id = 0;
    qint64 trackId = 0; ///< 0: missing
    QString path;
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = -1;
    QString matchedBy;
    QString missingReason;
};

/// The window's access to the playlists in <data-dir>/library.db (core/playlist: PlaylistStore, import and
/// export). Its own connection, opened on first use; every change is one small transaction (an import or
/// export reads or writes one playlist file), run on the GUI thread, and announced with playlistsChanged()
/// and itemsChanged(). A failure returns false / nullopt and leaves its text in lastError(). [GUI thread]
class PlaylistService : public QObject {
    Q_OBJECT
public:
    explicit PlaylistService(std::filesystem::path dataDir, QObject* parent = nullptr);
    ~PlaylistService() override;

    QList<PlaylistRow> playlists();
    QList<PlaylistItemRow> items(qint64 playlistId);
    /// A new playlist holding `paths` (library files become their tracks; other paths missing items).
    std::optional<qint64> create(const QString& name, const QStringList& paths);
    bool rename(qint64 playlistId, const QString& name);
    bool remove(qint64 playlistId);
    bool append(qint64 playlistId, const QStringList& paths);
    bool reorder(qint64 playlistId, const QList<qint64>& itemIds);
    bool removeItems(qint64 playlistId, const QList<qint64>& itemIds);

    struct Imported {
        qint64 id = 0;
        QString name;
        int entries = 0;
        int missing = 0;
    };
    std::optional<Imported> importFile(const QString& file);
    /// Writes the playlist in the format of `file`'s extension (M3U8 when it has none).
    bool exportFile(qint64 playlistId, const QString& file);

    QString lastError() const { return m_error; }

Q_SIGNALS:
    void playlistsChanged();
    void itemsChanged(qint64 playlistId);

private:
    library::LibraryDb* db();
    bool failed(const base::Error& error);
    std::filesystem::path m_dataDir;
    std::optional<library::LibraryDb> m_db;
    QString m_error;
};

} // namespace accord::ui
