// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/bad_file_reason.hpp"
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
};

/// Reads one file's tags and audio properties with TagLib, after a structural sniff that decides the
/// container from the content (a FLAC named .mp3 is read as FLAC) and catches empty, truncated and
/// unsupported files. [any thread: no shared state] Never throws; never blocks beyond file reads.
ReadOutcome readTrackFile(const std::string& path);

} // namespace accord::library
