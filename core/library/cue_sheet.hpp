// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::library {

/// CD frames (75 per second) to samples at `sampleRate`: frames * rate / 75 in integers, exact for every
/// rate that is a multiple of 75 (44.1, 48, 88.2, 96, 176.4, 192 kHz...), rounded down otherwise.
constexpr std::uint64_t cueFramesToSamples(std::uint64_t frames, std::uint32_t sampleRate) noexcept
{
    return frames * sampleRate / 75;
}

/// One TRACK of a CUE sheet. Times are CD frames (1/75 s) from the start of the FILE they are in.
struct CueTrack {
    int number = 0;
    std::string file;  ///< the FILE holding its INDEX 01, as the sheet names it
    bool audio = true; ///< TRACK nn AUDIO (data tracks are listed but never become library tracks)
    std::string title, performer, songwriter, isrc;
    std::uint64_t index1 = 0;            ///< INDEX 01
    std::optional<std::uint64_t> index0; ///< INDEX 00 (the pregap's start), in `index0File`
    std::string index0File;
    std::uint64_t pregap = 0, postgap = 0; ///< PREGAP / POSTGAP: silence the sheet asks for, not in any file
    std::optional<double> rgTrackGain, rgTrackPeak;
    long line = 0; ///< line of its TRACK command
};

/// A parsed CUE sheet: disc-level CD-TEXT and REM fields, the FILEs in order, the tracks in order.
struct CueSheet {
    std::string title, performer, songwriter, date, genre, catalog;
    std::optional<double> rgAlbumGain, rgAlbumPeak;
    std::vector<std::string> files;
    std::vector<CueTrack> tracks;
};

/// The largest sheet read (a 99-track sheet with long titles is a few KiB).
constexpr std::size_t kMaxCueSheetBytes = 1 << 20;

/// Parses a CUE sheet with libcue after checking each line itself, so that a malformed sheet fails with an
/// Error (kind Format, or Refused over kMaxCueSheetBytes) naming `name` and the line, instead of libcue's
/// silent recovery. Text is UTF-8 (a byte-order mark is skipped); a sheet that is not valid UTF-8 is read
/// as Latin-1 (as older rippers wrote them). FILE types other than libcue's (WAVE, FLAC, ...) are accepted.
/// Rules checked: a FILE before the first TRACK; track numbers 1-99 ascending; INDEX numbers 0-99 ascending
/// within a track, mm:ss:ff with ss < 60 and ff < 75; every track has an INDEX 01; positions never go back
/// within a file. [any thread: libcue's parser keeps global state, so calls are serialised inside]
base::Result<CueSheet> parseCueSheet(std::string_view text, const std::string& name);

/// Reads `path` (at most kMaxCueSheetBytes) and parses it; errors name the file.
base::Result<CueSheet> readCueSheet(const std::string& path);

} // namespace accord::library
