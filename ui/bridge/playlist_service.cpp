// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/playlist_service.hpp"

#include "bridge/qt_convert.hpp"
#include "playlist/playlist_store.hpp"
#include "playlist/playlist_transfer.hpp"

namespace accord::ui {

struct PlaylistService::Worker {
    std::filesystem::path dataDir;
    std::optional<library::LibraryDb> db;

    /// The worker's connection, opened on first use (a failure leaves its text in `error`).
    library::LibraryDb* open(QString& error)
    {
        if (!db) {
            auto opened = library::LibraryDb::open(library::LibraryDb::pathIn(dataDir));
            if (!opened) {
                error = toQString(opened.error().describe());
                return nullptr;
            }
            db.emplace(std::move(opened).value());
        }
        return &*db;
    }

    /// Runs `op`, a store edit returning base::Status, on the worker's connection: false, with the
    /// failure's text in `error`, when the connection cannot open or the edit fails.
    template <typename Op> bool edit(QString& error, Op&& op)
    {
        library::LibraryDb* d = open(error);
        if (!d)
            return false;
        playlist::PlaylistStore store(d->connection());
        if (base::Status st = op(store); !st) {
            error = toQString(st.error().describe());
            return false;
        }
        return true;
    }
};

namespace {

base::Result<std::vector<playlist::NewPlaylistItem>> itemsFor(playlist::PlaylistStore& store,
                                                              const QStringList& paths)
{
    std::vector<playlist::NewPlaylistItem> out;
    for (const QString& p : paths) {
        auto item = store.itemForPath(toPath(p).string());
        if (!item)
            return std::move(item).error();
        out.push_back(std::move(*item));
    }
    return out;
}

/// Keeps a failure's text and reports it as failed.
bool fail(QString& error, const base::Error& e)
{
    error = toQString(e.describe());
    return false;
}

} // namespace

PlaylistService::PlaylistService(std::filesystem::path dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_context(new QObject),
      m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<PlaylistRow>();
    qRegisterMetaType<PlaylistItemRow>();
    qRegisterMetaType<QList<PlaylistRow>>();
    qRegisterMetaType<QList<PlaylistItemRow>>();
    m_worker->dataDir = m_dataDir;
    m_thread.setObjectName(QStringLiteral("accord-playlists"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

PlaylistService::~PlaylistService()
{
    // Queued requests finish (each is one short transaction, never left half-written); their replies,
    // posted to this object, are dropped with it. The connection closes here once the thread has stopped.
    m_thread.quit();
    m_thread.wait();
}

void PlaylistService::post(std::function<std::function<void()>(Worker&)> job)
{
    Worker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        m_context,
        [this, worker, job = std::move(job)] {
            std::function<void()> reply = job(*worker);
            // The service outlives its worker thread (the destructor waits for it), so `this` is valid.
            QMetaObject::invokeMethod(this, std::move(reply), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template <typename T>
void PlaylistService::change(QObject* context, std::function<void(T)> done, T failedValue,
                             std::function<T(Worker&, QString& error)> work,
                             std::function<void(const T&)> announce)
{
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    post([this, hadContext, guard, done = std::move(done), failedValue = std::move(failedValue),
          work = std::move(work), announce = std::move(announce)](Worker& w) -> std::function<void()> {
        QString error;
        T value = work(w, error);
        return [this, hadContext, guard, done, failedValue, announce, error, value = std::move(value)] {
            // [GUI thread]
            if (!error.isEmpty()) {
                m_error = error;
                Q_EMIT failed(error);
            } else if (announce) {
                announce(value);
            }
            if (done && (!hadContext || guard))
                done(error.isEmpty() ? value : failedValue);
        };
    });
}

void PlaylistService::requestPlaylists()
{
    post([this](Worker& w) -> std::function<void()> {
        QString error;
        QList<PlaylistRow> out;
        if (library::LibraryDb* d = w.open(error)) {
            if (auto list = playlist::PlaylistStore(d->connection()).list(); !list)
                fail(error, list.error());
            else
                for (const auto& p : *list)
                    out.push_back({p.id, toQString(p.name), p.items, p.missing, p.durationMs});
        }
        return [this, error, out] {
            if (!error.isEmpty()) {
                m_error = error;
                Q_EMIT failed(error);
                return;
            }
            Q_EMIT playlistsLoaded(out);
        };
    });
}

void PlaylistService::requestItems(qint64 playlistId)
{
    post([this, playlistId](Worker& w) -> std::function<void()> {
        QString error;
        QList<PlaylistItemRow> out;
        if (library::LibraryDb* d = w.open(error)) {
            if (auto items = playlist::PlaylistStore(d->connection()).items(playlistId); !items)
                fail(error, items.error());
            else
                for (const auto& i : *items)
                    out.push_back({i.id, i.trackId.value_or(0), toQString(i.path), toQString(i.title),
                                   toQString(i.artist), toQString(i.album), i.durationMs,
                                   toQString(i.matchedBy), toQString(i.missingReason)});
        }
        return [this, playlistId, error, out] {
            if (!error.isEmpty()) {
                m_error = error;
                Q_EMIT failed(error);
                return;
            }
            Q_EMIT itemsLoaded(playlistId, out);
        };
    });
}

void PlaylistService::create(const QString& name, const QStringList& paths, QObject* context,
                             std::function<void(qint64)> done)
{
    change<qint64>(
        context, std::move(done), 0,
        [name, paths](Worker& w, QString& error) -> qint64 {
            library::LibraryDb* d = w.open(error);
            if (!d)
                return 0;
            playlist::PlaylistStore store(d->connection());
            auto items = itemsFor(store, paths);
            if (!items)
                return fail(error, items.error()), 0;
            auto id = store.create(toUtf8(name), *items);
            if (!id)
                return fail(error, id.error()), 0;
            return *id;
        },
        [this](const qint64&) { Q_EMIT playlistsChanged(); });
}

void PlaylistService::rename(qint64 playlistId, const QString& name, QObject* context,
                             std::function<void(bool)> done)
{
    change<bool>(
        context, std::move(done), false,
        [playlistId, name](Worker& w, QString& error) {
            return w.edit(error, [&](playlist::PlaylistStore& store) {
                return store.rename(playlistId, toUtf8(name));
            });
        },
        [this](const bool&) { Q_EMIT playlistsChanged(); });
}

void PlaylistService::remove(qint64 playlistId, QObject* context, std::function<void(bool)> done)
{
    change<bool>(
        context, std::move(done), false,
        [playlistId](Worker& w, QString& error) {
            return w.edit(error, [&](playlist::PlaylistStore& store) { return store.remove(playlistId); });
        },
        [this](const bool&) { Q_EMIT playlistsChanged(); });
}

void PlaylistService::append(qint64 playlistId, const QStringList& paths, QObject* context,
                             std::function<void(bool)> done)
{
    change<bool>(
        context, std::move(done), false,
        [playlistId, paths](Worker& w, QString& error) {
            return w.edit(error, [&](playlist::PlaylistStore& store) -> base::Status {
                auto items = itemsFor(store, paths);
                if (!items)
                    return std::move(items).error();
                return store.append(playlistId, *items);
            });
        },
        [this, playlistId](const bool&) {
            Q_EMIT itemsChanged(playlistId);
            Q_EMIT playlistsChanged();
        });
}

void PlaylistService::reorder(qint64 playlistId, const QList<qint64>& itemIds, QObject* context,
                              std::function<void(bool)> done)
{
    change<bool>(
        context, std::move(done), false,
        [playlistId, itemIds](Worker& w, QString& error) {
            const std::vector<std::int64_t> ids(itemIds.begin(), itemIds.end());
            return w.edit(error,
                          [&](playlist::PlaylistStore& store) { return store.reorder(playlistId, ids); });
        },
        [this, playlistId](const bool&) { Q_EMIT itemsChanged(playlistId); });
}

void PlaylistService::removeItems(qint64 playlistId, const QList<qint64>& itemIds, QObject* context,
                                  std::function<void(bool)> done)
{
    change<bool>(
        context, std::move(done), false,
        [playlistId, itemIds](Worker& w, QString& error) {
            const std::vector<std::int64_t> ids(itemIds.begin(), itemIds.end());
            return w.edit(error,
                          [&](playlist::PlaylistStore& store) { return store.removeItems(playlistId, ids); });
        },
        [this, playlistId](const bool&) {
            Q_EMIT itemsChanged(playlistId);
            Q_EMIT playlistsChanged();
        });
}

void PlaylistService::importFile(const QString& file, QObject* context,
                                 std::function<void(std::optional<Imported>)> done)
{
    change<std::optional<Imported>>(
        context, std::move(done), std::nullopt,
        [file](Worker& w, QString& error) -> std::optional<Imported> {
            library::LibraryDb* d = w.open(error);
            if (!d)
                return std::nullopt;
            auto out = playlist::importPlaylist(*d, toPath(file));
            if (!out)
                return fail(error, out.error()), std::nullopt;
            return Imported{out->playlistId, toQString(out->name), static_cast<int>(out->items.size()),
                            static_cast<int>(out->missing)};
        },
        [this](const std::optional<Imported>&) { Q_EMIT playlistsChanged(); });
}

void PlaylistService::exportFile(qint64 playlistId, const QString& file, QObject* context,
                                 std::function<void(bool)> done)
{
    change<bool>(context, std::move(done), false,
                 [playlistId, file](Worker& w, QString& error) {
                     library::LibraryDb* d = w.open(error);
                     if (!d)
                         return false;
                     if (auto out = playlist::exportPlaylist(*d, playlistId, toPath(file)); !out)
                         return fail(error, out.error());
                     return true;
                 },
                 {});
}

} // namespace accord::ui
