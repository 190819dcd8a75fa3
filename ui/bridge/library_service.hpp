// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "application/app_settings.hpp"
#include "judgement/judge.hpp"
#include "stores/track_store.hpp"
#include "windows/main_window.hpp"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

#include <filesystem>
#include <memory>

namespace accord::ui {

/// The library and its judgements for the window, on one worker thread (never the GUI thread):
/// loads the library DB into a TrackStore with every track's decision for the listener context
/// (judgement::Judge::judgeLibrary), scans folders with progress, writes the demo, and explains one track
/// on demand (Judge::judgeFile, the player's path). Results arrive as signals on the GUI thread. A
/// re-decision is scheduled at the earliest valid_until of the library.
/// [GUI thread for every method; work runs on the "accord-library" thread]
class LibraryService : public QObject {
    Q_OBJECT
public:
    /// `dataDir` holds library.db and catalogue.db (created when missing). `judge` is the window's one
    /// Judge, shared with the player's gate; null makes one of its own (tests).
    explicit LibraryService(std::filesystem::path dataDir, std::shared_ptr<judgement::Judge> judge = nullptr,
                            QObject* parent = nullptr);
    ~LibraryService() override;

    void setContext(const ListenerContext& context); ///< re-decides the library
    void reload();
    /// Scans `folders` into the library, then reloads the window's library (always: an explicit scan or
    /// the Rescan command also refreshes what is shown).
    void scan(const QStringList& folders);
    /// Watches `folders` (inotify, every sub-folder; library::LibraryWatcher) from now on, replacing the
    /// folders watched before (an empty list stops watching), and rescans them once now, so files copied
    /// while Accord was closed appear. Whenever something under them changes and then holds still, they
    /// are rescanned (bursts coalesce into one scan) and the library reloads if the scan changed anything.
    /// Watching starts, and every scan runs, on the worker thread: the GUI thread never touches the disk.
    void watch(const QStringList& folders);
    /// How many folders are watched (the worker's last count; 0 before watch() took effect). [any thread]
    std::size_t watchedFolders() const noexcept { return m_watchedFolders.load(); }
    /// Writes the demo tracks and the demo catalogue, then scans them. Emits demoReady(folder).
    void installDemo();
    void explain(const QString& path, const QString& title);
    const std::filesystem::path& dataDir() const noexcept { return m_dataDir; }

Q_SIGNALS:
    /// The rows, every verdict still Unknown; verdictsReady() follows in chunks, then decisionsFinished().
    void libraryLoaded(std::shared_ptr<accord::ui::TrackStore> store, qint64 loadMs);
    void verdictsReady(const std::vector<accord::ui::VerdictUpdate>& updates);
    void decisionsFinished(qint64 totalMs);
    void unreadableFiles(const QList<accord::ui::UnreadableFile>& files);
    void scanProgress(int done, int total);
    void scanFinished(const QString& summary);
    void demoReady(const QString& folder);
    /// Catalogue aliases of the library's rows (one folded text per row of the store of the last
    /// libraryLoaded()), after decisionsFinished(); only when some row has aliases.
    void aliasesReady(std::shared_ptr<accord::ui::SearchIndex> aliases);
    void explanationReady(const QString& title, const accord::ui::Explanation& explanation);
    void personalFilePolicy(const QString& text);
    void failed(const QString& message);

private:
    struct Worker;
    void post(std::function<void(Worker&)> job);
    void emitUnreadable(Worker& w);
    void scheduleRedecide(const QDateTime& when);
    /// Scans `roots` [worker thread]; reloads when `alwaysReload` or the scan changed the library.
    void scanOnWorker(Worker& w, const std::vector<std::filesystem::path>& roots, bool alwaysReload);
    /// Looks up the catalogue aliases of each row's recording and emits aliasesReady(). [worker thread]
    void emitAliases(Worker& w, quint64 generation,
                     const std::vector<std::pair<std::uint32_t, std::int64_t>>& recordingOfRow,
                     std::size_t rows);

    std::filesystem::path m_dataDir;
    QThread m_thread;
    QObject* m_context;               ///< lives on m_thread: jobs are posted to it
    std::unique_ptr<Worker> m_worker; ///< used only on m_thread
    ListenerContext m_listener;
    std::atomic<quint64> m_generation{0}; ///< bumped by reload(); older decision runs stop
    QTimer* m_redecide;
    std::atomic<std::size_t> m_watchedFolders{0};
};

} // namespace accord::ui
