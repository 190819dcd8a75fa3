// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/playlist_transfer.hpp"

#include "playlist/entry_matcher.hpp"

#include <cstdio>
#include <fstream>
#include <system_error>

namespace accord::playlist {

namespace fs = std::filesystem;
using base::Error;
using base::ErrorCode;

namespace {

fs::path folderOf(const fs::path& file)
{
    std::error_code ec;
    fs::path dir = fs::absolute(file, ec).parent_path();
    // Library paths are canonical: compare against the folder with its symlinks resolved too.
    const fs::path canonical = fs::weakly_canonical(dir, ec);
    return ec ? dir.lexically_normal() : canonical;
}

} // namespace

base::Result<ImportOutcome> importPlaylist(library::LibraryDb& db, const fs::path& file,
                                           const std::optional<std::string>& name)
{
    auto read = readPlaylistFile(file);
    if (!read)
        return std::move(read).error();
    ImportOutcome out;
    out.format = read->format;
    out.name = name.value_or(read->playlist.title.empty() ? file.stem().string() : read->playlist.title);
    const fs::path dir = folderOf(file);
    EntryMatcher matcher(db);
    out.items.reserve(read->playlist.entries.size());
    for (const PlaylistEntry& entry : read->playlist.entries) {
        auto item = matcher.match(entry, dir);
        if (!item)
            return std::move(item).error();
        if (item->matchedBy == "path")
            ++out.byPath;
        else if (item->matchedBy == "isrc")
            ++out.byIsrc;
        else if (item->matchedBy == "title/artist")
            ++out.byTitleArtist;
        else
            ++out.missing;
        out.items.push_back(std::move(*item));
    }
    PlaylistStore store(db.connection());
    auto id = store.create(out.name, out.items);
    if (!id)
        return std::move(id).error();
    out.playlistId = *id;
    return out;
}

ParsedPlaylist entriesForExport(const std::string& title, const std::vector<PlaylistItem>& items,
                                const fs::path& file)
{
    const fs::path dir = folderOf(file);
    ParsedPlaylist out;
    out.title = title;
    for (const PlaylistItem& item : items) {
        PlaylistEntry e;
        e.title = item.title;
        e.creator = item.artist;
        e.album = item.album;
        e.isrc = item.isrc;
        e.durationMs = item.durationMs;
        e.location = item.path;
        const fs::path p(item.path);
        if (!item.path.empty() && p.is_absolute()) {
            const fs::path rel = p.lexically_normal().lexically_relative(dir);
            if (!rel.empty() && *rel.begin() != "..")
                e.location = rel.generic_string();
        }
        out.entries.push_back(std::move(e));
    }
    return out;
}

base::Result<ExportOutcome> exportPlaylist(library::LibraryDb& db, std::int64_t id, const fs::path& file,
                                           const std::optional<PlaylistFormat>& format)
{
    PlaylistStore store(db.connection());
    auto summary = store.find(id);
    if (!summary)
        return std::move(summary).error();
    if (!*summary)
        return Error(ErrorCode::NotFound, "no playlist with id " + std::to_string(id));
    auto items = store.items(id);
    if (!items)
        return std::move(items).error();
    ExportOutcome out;
    out.format = format.value_or(formatOfPath(file).value_or(PlaylistFormat::M3u8));
    const ParsedPlaylist playlist = entriesForExport((*summary)->name, *items, file);
    for (const PlaylistEntry& e : playlist.entries)
        (e.location.empty() && out.format != PlaylistFormat::Xspf ? out.skipped : out.written) += 1;
    auto text = writePlaylist(playlist, out.format);
    if (!text)
        return std::move(text).error().inFile(file.string());
    const fs::path tmp = file.string() + ".part";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        f.write(text->data(), static_cast<std::streamsize>(text->size()));
        f.close();
        if (!f) {
            std::error_code ec;
            fs::remove(tmp, ec);
            return Error(ErrorCode::Io, "cannot write").inFile(file.string());
        }
    }
    std::error_code ec;
    fs::rename(tmp, file, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return Error(ErrorCode::Io, "cannot rename into place: " + ec.message()).inFile(file.string());
    }
    return out;
}

} // namespace accord::playlist
