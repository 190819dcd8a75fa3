// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/library_db.hpp"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>

#include <filesystem>
#include <functional>
#include <memory>
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
/// export), on its own worker thread ("accord-playlists") with its own connection, opened there on first
/// use: the GUI thread never waits for SQLite (a scan holding the write lock) or a playlist file. Every
/// request is queued to the worker in call order and runs as one small transaction (an import or export
/// reads or writes one playlist file). Results come back on the GUI thread: listings as playlistsLoaded()
/// and itemsLoaded(), changes as playlistsChanged() / itemsChanged(), and each change's outcome through its
/// optional `done` callback, which runs on the GUI thread only while `context` still exists. A failure
/// emits failed(text) (also kept in lastError()) before its callback runs with 0 / false / nullopt.
/// [GUI thread for every method]
class PlaylistService : public QObject {
    Q_OBJECT
public:
    explicit PlaylistService(std::filesystem::path dataDir, QObject* parent = nullptr);
    /// Waits for the requests already queued (each is one short transaction), then stops the worker.
    ~PlaylistService() override;

    struct Imported {
        qint64 id = 0;
        QString name;
        int entries = 0;
        int missing = 0;
    };

    /// Lists the playlists: playlistsLoaded() follows.
    void requestPlaylists();
    /// Reads one playlist's items: itemsLoaded(playlistId, ...) follows.
    void requestItems(qint64 playlistId);
    /// A new playlist holding `paths` (library files become their tracks; other paths missing items);
    /// `done` gets its id (0 on failure).
    void create(const QString& name, const QStringList& paths, QObject* context = nullptr,
                std::function<void(qint64)> done = {});
    void rename(qint64 playlistId, const QString& name, QObject* context = nullptr,
                std::function<void(bool)> done = {});
    void remove(qint64 playlistId, QObject* context = nullptr, std::function<void(bool)> done = {});
    void append(qint64 playlistId, const QStringList& paths, QObject* context = nullptr,
                std::function<void(bool)> done = {});
    void reorder(qint64 playlistId, const QList<qint64>& itemIds, QObject* context = nullptr,
                 std::function<void(bool)> done = {});
    void removeItems(qint64 playlistId, const QList<qint64>& itemIds, QObject* context = nullptr,
                     std::function<void(bool)> done = {});
    void importFile(const QString& file, QObject* context = nullptr,
                    std::function<void(std::optional<Imported>)> done = {});
    /// Writes the playlist in the format of `file`'s extension (M3U8 when it has none).
    void exportFile(qint64 playlistId, const QString& file, QObject* context = nullptr,
                    std::function<void(bool)> done = {});

    /// The text of the last failure that reached the GUI thread.
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void playlistsLoaded(const QList<accord::ui::PlaylistRow>& playlists);
    void itemsLoaded(qint64 playlistId, const QList<accord::ui::PlaylistItemRow>& items);
    void playlistsChanged();
    void itemsChanged(qint64 playlistId);
    void failed(const QString& message);

private:
    struct Worker;
    /// Runs `job` on the worker thread; the function it returns then runs on the GUI thread.
    void post(std::function<std::function<void()>(Worker&)> job);
    /// Runs `change` on the worker; back on the GUI thread records and announces a failure (its text
    /// non-empty), or emits the change's signals, then calls `done` while `context` (when given) lives.
    template <typename T>
    void change(QObject* context, std::function<void(T)> done, T failedValue,
                std::function<T(Worker&, QString& error)> work, std::function<void(const T&)> announce);

    std::filesystem::path m_dataDir;
    QThread m_thread;
    QObject* m_context;               ///< lives on m_thread: jobs are posted to it
    std::unique_ptr<Worker> m_worker; ///< used only on m_thread
    QString m_error;
};

} // namespace accord::ui

Q_DECLARE_METATYPE(accord::ui::PlaylistRow)
Q_DECLARE_METATYPE(accord::ui::PlaylistItemRow)
