// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/bad_file_reason.hpp"
#include "library/cue_tracks.hpp"
#include "library/library_db.hpp"
#include "library/track_info.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace accord::library {

/// What reading one file produced: either a track or a bad-file verdict, and always the sample
/// content hash (0 when the file could not be read at all).
struct ReadOutcome {
    std::uint64_t contentHash = 0;
    std::optional<TrackInfo> track;
    BadFileReason badReason = BadFileReason::Unreadable; ///< meaningful when !track
    std::string badDetail;
    /// Set by the scanner when a CUE sheet lays tracks on the file: they replace the whole-file track.
    std::vector<CueTrackEntry> cueTracks;
    std::optional<CueStamp> cue; ///< the sheet they came from
};

/// What reading one file cost in reads: pread calls and the bytes they returned.
struct ReadIo {
    std::size_t readCalls = 0;
    std::int64_t bytesRead = 0;
};

/// Reads one file's tags and audio properties with TagLib, after a structural sniff that decides the
/// container from the content (a FLAC named .mp3 is read as FLAC) and catches empty, truncated and
/// unsupported files. The sniffer, the structural checks and TagLib share one read of the file's head and
/// one of its tail (FileBytes); a file of at most 128 KiB is read with one pread. `io` (optional) receives
/// the reads made. [any thread: no shared state] Never throws; never blocks beyond file reads.
ReadOutcome readTrackFile(const std::string& path, ReadIo* io = nullptr);

} // namespace accord::library
