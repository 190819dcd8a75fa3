// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist_test_library.hpp"

#include "storage/statement.hpp"
#include "support/temp_dir.hpp"

#include <stdexcept>

namespace accord::test {

std::int64_t addLibraryTrack(library::LibraryDb& db, const std::filesystem::path& path,
                             const std::string& title, const std::vector<std::string>& artists,
                             const std::string& isrc, std::int64_t durationMs)
{
    writeFile(path, "not audio: " + title);
    const std::string canonical = std::filesystem::canonical(path).string();
    auto st = storage::Statement::prepare(
        db.connection(),
        "INSERT INTO tracks (path, size, mtime_ns, content_hash, title, artists, album, isrc, duration_ms, "
        "sample_rate, bit_depth, channels, codec, bitrate_kbps, added_at, updated_at) "
        "VALUES (?1, 1, 1, 1, ?2, ?3, 'Album', ?4, ?5, 44100, 16, 2, 'FLAC', 900, 0, 0)");
    if (!st || !st->bind(1, canonical)
                    .bind(2, title)
                    .bind(3, library::joinArtists(artists))
                    .bind(4, isrc)
                    .bind(5, durationMs)
                    .run())
        throw std::runtime_error("cannot add a library track");
    return db.connection().lastInsertRowId();
}

} // namespace accord::test
