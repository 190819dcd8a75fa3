// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/entry_matcher.hpp"

#include "audio/track_range.hpp"
#include "catalogue/model/text_normaliser.hpp"
#include "playlist/playlist_text.hpp"
#include "storage/statement.hpp"

#include <system_error>

namespace accord::playlist {

namespace fs = std::filesystem;
using storage::Statement;

namespace {

std::string titleArtistKey(std::string_view title, std::string_view artist)
{
    const std::string t = catalogue::normaliseTitle(title);
    const std::string a = catalogue::normaliseArtist(artist);
    if (t.empty() || a.empty())
        return {};
    return t + '\x1f' + a;
}

std::string normalIsrc(std::string_view isrc)
{
    std::string out;
    for (const char c : isrc) {
        if (c == '-' || c == ' ')
            continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

void fillFromTrack(NewPlaylistItem& item, const library::StoredTrack& t)
{
    item.trackId = t.id;
    item.location = t.path;
    item.title = t.info.tags.title;
    item.artist.clear();
    for (const std::string& a : t.info.tags.artists)
        item.artist += (item.artist.empty() ? "" : ", ") + a;
    item.album = t.info.tags.album;
    item.isrc = t.info.tags.isrc;
    item.durationMs = t.info.audio.durationMs;
    item.missingReason.clear();
}

} // namespace

namespace {

// "C:/Music/x.mp3" (a Windows playlist's absolute path, its '\\' already made '/'): nothing here names it.
bool isDrivePath(std::string_view location)
{
    return location.size() >= 3 &&
           ((location[0] >= 'A' && location[0] <= 'Z') || (location[0] >= 'a' && location[0] <= 'z')) &&
           location[1] == ':' && location[2] == '/';
}

} // namespace

std::optional<fs::path> EntryMatcher::resolve(const std::string& location, const fs::path& playlistDir)
{
    if (location.empty() || hasUrlScheme(location) || isDrivePath(location))
        return std::nullopt;
    fs::path p(location);
    if (p.is_relative())
        p = playlistDir / p;
    p = p.lexically_normal();
    std::error_code ec;
    if (fs::exists(p, ec)) {
        const fs::path canonical = fs::weakly_canonical(p, ec);
        if (!ec)
            return canonical;
    } else if (auto range = audio::parseRangePath(p.native()); range && fs::exists(range->file, ec)) {
        // A CUE track (a range of its album's file) as the library stores it: the file's path made
        // canonical, so that it matches however the playlist reached the folder.
        const fs::path canonical = fs::weakly_canonical(range->file, ec);
        if (!ec) {
            range->file = canonical.string();
            return fs::path(audio::rangePath(*range));
        }
    }
    return p;
}

base::Status EntryMatcher::buildTitleIndex()
{
    m_indexed = true;
    auto st = Statement::prepare(m_db->connection(), "SELECT id, title, artists FROM tracks ORDER BY id");
    if (!st)
        return std::move(st).error();
    return st->forEachRow([&](Statement& s) {
        const std::string title = s.columnText(1);
        for (const std::string& artist : library::splitArtists(s.columnText(2))) {
            const std::string key = titleArtistKey(title, artist);
            if (!key.empty())
                m_byTitleArtist.emplace(key, s.columnInt(0)); // the first (lowest id) wins
        }
    });
}

base::Result<NewPlaylistItem> EntryMatcher::match(const PlaylistEntry& entry, const fs::path& playlistDir)
{
    NewPlaylistItem item;
    item.location = entry.location;
    item.title = entry.title;
    item.artist = entry.creator;
    item.album = entry.album;
    item.isrc = entry.isrc;
    item.durationMs = entry.durationMs;

    std::string why;
    if (entry.location.empty()) {
        why = "no location";
    } else if (const auto path = resolve(entry.location, playlistDir)) {
        item.location = path->string();
        auto track = m_db->trackByPath(item.location);
        if (!track)
            return std::move(track).error();
        if (*track) {
            fillFromTrack(item, **track);
            item.matchedBy = "path";
            return item;
        }
        std::error_code ec;
        why = fs::exists(*path, ec) ? item.location + " is not in the library (scan its folder)"
                                    : "no file at " + item.location;
    } else if (isDrivePath(entry.location)) {
        why = "a Windows path, not a file on this computer: " + entry.location;
    } else {
        why = "not a local file: " + entry.location;
    }

    if (const std::string isrc = normalIsrc(entry.isrc); !isrc.empty()) {
        auto st = Statement::prepare(m_db->connection(),
                                     "SELECT id FROM tracks WHERE isrc = ?1 ORDER BY id LIMIT 1");
        if (!st)
            return std::move(st).error();
        st->bind(1, isrc);
        auto row = st->step();
        if (!row)
            return std::move(row).error();
        if (*row) {
            const std::int64_t id = st->columnInt(0);
            st->reset();
            auto track = m_db->trackById(id);
            if (!track)
                return std::move(track).error();
            if (*track) {
                fillFromTrack(item, **track);
                item.matchedBy = "isrc";
                return item;
            }
        }
        why += "; no library track has ISRC " + isrc;
    }

    if (const std::string key = titleArtistKey(entry.title, entry.creator); !key.empty()) {
        if (!m_indexed)
            ACCORD_TRY(buildTitleIndex());
        if (const auto it = m_byTitleArtist.find(key); it != m_byTitleArtist.end()) {
            auto track = m_db->trackById(it->second);
            if (!track)
                return std::move(track).error();
            if (*track) {
                fillFromTrack(item, **track);
                item.matchedBy = "title/artist";
                return item;
            }
        }
        why += "; no library track is titled \"" + entry.title + "\" by " + entry.creator;
    } else if (!entry.title.empty()) {
        why += "; \"" + entry.title + "\" names no artist to match by title";
    }
    item.missingReason = std::move(why);
    return item;
}

} // namespace accord::playlist
