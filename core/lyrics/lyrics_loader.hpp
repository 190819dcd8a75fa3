// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/error.hpp"
#include "lyrics/lyrics.hpp"

#include <filesystem>
#include <optional>
#include <vector>

namespace accord::lyrics {

/// What findLyrics() found for one audio file.
struct LyricsLookup {
    std::optional<Lyrics> lyrics;      ///< nullopt: no lyrics anywhere
    std::vector<base::Error> problems; ///< sources that exist but were refused (each names its file and line)
};

/// The .lrc beside `audio`: same folder, same base name, extension ".lrc" (any letter case), or nullopt.
/// [any thread] Reads the folder entry only.
std::optional<std::filesystem::path> sidecarLrcPath(const std::filesystem::path& audio);

/// The lyrics to show for `audio`. [any thread, blocking I/O: never the GUI or audio threads]
///
/// Which source wins, first found:
///   1. synced lyrics in a .lrc beside the file (the listener's own correction beats what came embedded,
///      as in the players listeners know);
///   2. embedded synced lyrics: ID3v2 SYLT, a SYNCEDLYRICS tag, or a LYRICS / UNSYNCEDLYRICS / USLT / ©lyr
///      text carrying LRC time tags;
///   3. an unsynced .lrc beside the file (text without time tags);
///   4. embedded plain lyrics: USLT, LYRICS, UNSYNCEDLYRICS (Vorbis comments, APE), MP4 ©lyr.
/// A source that is refused (a hostile or malformed .lrc, an unreadable audio file) is reported in
/// `problems` and the next one is tried. Lyrics with no line are treated as none.
LyricsLookup findLyrics(const std::filesystem::path& audio);

} // namespace accord::lyrics
