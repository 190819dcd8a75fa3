// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/playlist_service.hpp"

#include "bridge/qt_convert.hpp"
#include "playlist/playlist_store.hpp"
#include "playlist/playlist_transfer.hpp"

namespace accord::ui {

PlaylistService::PlaylistService(std::filesystem::path dataDir, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
}

PlaylistService::~PlaylistService() = default;

library::LibraryDb* PlaylistService::db()
{
    if (!m_db) {
        auto opened = library::LibraryDb::open(library::LibraryDb::pathIn(m_dataDir));
        if (!opened) {
            failed(opened.error());
            return nullptr;
        }
        m_db.emplace(std::move(opened).value());
    }
    return &*m_db;
}

bool PlaylistService::failed(const base::Error& error)
{
    m_error = toQString(error.describe());
    return false;
}

QList<PlaylistRow> PlaylistService::playlists()
{
    QList<PlaylistRow> out;
    library::LibraryDb* d = db();
    if (!d)
        return out;
    auto list = playlist::PlaylistStore(d->connection()).list();
    if (!list) {
        failed(list.error());
        return out;
    }
    for (const auto& p : *list)
        out.push_back({p.id, toQString(p.name), p.items, p.missing, p.durationMs});
    return out;
}

QList<PlaylistItemRow> PlaylistService::items(qint64 playlistId)
{
    QList<PlaylistItemRow> out;
    library::LibraryDb* d = db();
    if (!d)
        return out;
    auto items = playlist::PlaylistStore(d->connection()).items(playlistId);
    if (!items) {
        failed(items.error());
        return out;
    }
    for (const auto& i : *items)
        out.push_back({i.id, i.trackId.value_or(0), toQString(i.path), toQString(i.title),
                       toQString(i.artist), toQString(i.album), i.durationMs, toQString(i.matchedBy),
                       toQString(i.missingReason)});
    return out;
}

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

} // namespace

std::optional<qint64> PlaylistService::create(const QString& name, const QStringList& paths)
{
    library::LibraryDb* d = db();
    if (!d)
        return std::nullopt;
    playlist::PlaylistStore store(d->connection());
    auto items = itemsFor(store, paths);
    if (!items)
        return failed(items.error()), std::nullopt;
    auto id = store.create(toUtf8(name), *items);
    if (!id)
        return failed(id.error()), std::nullopt;
    Q_EMIT playlistsChanged();
    return *id;
}

bool PlaylistService::rename(qint64 playlistId, const QString& name)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    if (auto st = playlist::PlaylistStore(d->connection()).rename(playlistId, toUtf8(name)); !st)
        return failed(st.error());
    Q_EMIT playlistsChanged();
    return true;
}

bool PlaylistService::remove(qint64 playlistId)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    if (auto st = playlist::PlaylistStore(d->connection()).remove(playlistId); !st)
        return failed(st.error());
    Q_EMIT playlistsChanged();
    return true;
}

bool PlaylistService::append(qint64 playlistId, const QStringList& paths)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    playlist::PlaylistStore store(d->connection());
    auto items = itemsFor(store, paths);
    if (!items)
        return failed(items.error());
    if (auto st = store.append(playlistId, *items); !st)
        return failed(st.error());
    Q_EMIT itemsChanged(playlistId);
    Q_EMIT playlistsChanged();
    return true;
}

bool PlaylistService::reorder(qint64 playlistId, const QList<qint64>& itemIds)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    const std::vector<std::int64_t> ids(itemIds.begin(), itemIds.end());
    if (auto st = playlist::PlaylistStore(d->connection()).reorder(playlistId, ids); !st)
        return failed(st.error());
    Q_EMIT itemsChanged(playlistId);
    return true;
}

bool PlaylistService::removeItems(qint64 playlistId, const QList<qint64>& itemIds)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    const std::vector<std::int64_t> ids(itemIds.begin(), itemIds.end());
    if (auto st = playlist::PlaylistStore(d->connection()).removeItems(playlistId, ids); !st)
        return failed(st.error());
    Q_EMIT itemsChanged(playlistId);
    Q_EMIT playlistsChanged();
    return true;
}

std::optional<PlaylistService::Imported> PlaylistService::importFile(const QString& file)
{
    library::LibraryDb* d = db();
    if (!d)
        return std::nullopt;
    auto out = playlist::importPlaylist(*d, toPath(file));
    if (!out)
        return failed(out.error()), std::nullopt;
    Q_EMIT playlistsChanged();
    return Imported{out->playlistId, toQString(out->name), static_cast<int>(out->items.size()),
                    static_cast<int>(out->missing)};
}

bool PlaylistService::exportFile(qint64 playlistId, const QString& file)
{
    library::LibraryDb* d = db();
    if (!d)
        return false;
    auto out = playlist::exportPlaylist(*d, playlistId, toPath(file));
    if (!out)
        return failed(out.error());
    return true;
}

} // namespace accord::ui
