// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::history {

/// What the licence let a play be: in full quality, a preview, capped (resolution limited by the licence),
/// or a blocked attempt (the listener tried to play a track the gate refused).
enum class PlayOutcome { Played, Preview, Capped, Blocked };

/// "played", "preview", "capped", "blocked": the stored and printed spelling (public in accordctl report).
const char* toString(PlayOutcome outcome) noexcept;
std::optional<PlayOutcome> parseOutcome(std::string_view text) noexcept;

/// One play (or blocked attempt) as the history keeps it: what played (the library track when known, and a
/// snapshot of its title, artists, album and ISRC that survives a rescan or a deleted file), when it
/// started, how much of it was heard and how it ended. [any thread] Plain value type.
///
/// Finished or skipped: a play is `finished` when the device played its last frame (the preview's last
/// frame for a preview); every other end (next, previous into another track, a double-click elsewhere,
/// stop, clearing the queue, quitting) is a skip. A seek or a restart within the same queue entry
/// continues the same play.
struct PlayRecord {
    std::int64_t id = 0;                 ///< row id once stored
    std::optional<std::int64_t> trackId; ///< library track, when the file is in the library
    std::string path;                    ///< the file as played (raw bytes)
    std::string title;
    std::string artists; ///< joined with U+001F as the library stores them
    std::string album;
    std::string albumArtist;
    std::string isrc;
    std::int64_t startedAtMs = 0; ///< UTC, milliseconds since the Unix epoch
    std::int64_t heardMs = 0;     ///< from frames the device played, pauses and seeked-over parts excluded
    std::optional<std::int64_t> durationMs; ///< the track's length, when known
    bool finished = false;
    PlayOutcome outcome = PlayOutcome::Played;
    std::uint32_t sampleRate = 0; ///< the resolution that played (after a licence cap); 0 when blocked
    std::uint16_t bitDepth = 0;
    std::string reasonCode; ///< why it was blocked (a licence reason code), else empty
    std::string reason;     ///< the same for people

    /// Played above CD/DAT resolution: more than 16 bits or more than 48 kHz.
    bool hiRes() const noexcept { return bitDepth > 16 || sampleRate > 48000; }
};

} // namespace accord::history
