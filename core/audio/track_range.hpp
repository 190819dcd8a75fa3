// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::audio {

/// A part of an audio file played as a track of its own: a CUE sheet's track. Samples are frames of the
/// file at its own rate, [start, end); no end means "to the end of the file".
struct TrackRange {
    std::string file;
    int track = 0; ///< the CUE track number (1-99)
    std::uint64_t start = 0;
    std::optional<std::uint64_t> end;

    bool operator==(const TrackRange&) const = default;
};

/// The path that names a range wherever a track path goes (library, queue, playlists, accordctl):
/// "<file>#cue<track>@<start>-<end>", end empty when open, e.g. "/m/album.flac#cue03@1234567-2345678".
/// openDecoder() opens such a path as the range of the file. [any thread]
std::string rangePath(const TrackRange& range);

/// The range a path names, or nullopt for an ordinary path. Pure: does not look at the disk (openDecoder
/// prefers a real file of that exact name, should one exist). [any thread]
std::optional<TrackRange> parseRangePath(std::string_view path);

/// The file a path plays from: the range's file, or the path itself. [any thread]
std::string fileOfTrackPath(std::string_view path);

} // namespace accord::audio
