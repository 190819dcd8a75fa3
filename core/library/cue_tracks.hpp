// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/track_range.hpp"
#include "library/cue_sheet.hpp"
#include "library/track_info.hpp"

#include <string>
#include <vector>

namespace accord::library {

/// One CUE track laid on its audio file, ready for the library: its path (audio::rangePath), the range and
/// its tags.
struct CueTrackEntry {
    std::string path;
    audio::TrackRange range;
    TrackInfo info;
};

/// True when a sheet's FILE value names the audio file called `audioName` (a file name, no folder): the
/// same name (a Windows path's folders and the case of the letters aside), or, when the sheet has a single
/// FILE, the same name before the extension (a sheet written for the .wav of an album since encoded to
/// FLAC). [any thread] Pure.
bool cueFileNames(const CueSheet& sheet, const std::string& cueFile, const std::string& audioName);

/// The audio tracks of `sheet` that lie in the file `audioPath`, as library tracks. `whole` is what the
/// file's own tags and properties say; `embedded` is true for a sheet found inside that file (its FILE
/// names are then not checked). Positions: INDEX 01 frames -> samples at the file's rate, exactly
/// (cueFramesToSamples). The gap convention (as EAC, foobar2000 and most players): a track runs from its
/// INDEX 01 to the next track's INDEX 01 in the same file, so a pregap (INDEX 00) is the end of the previous
/// track and the album played end to end is the whole file; the first track of a file starts at sample 0,
/// so audio before its INDEX 01 (a first pregap, hidden track one audio) is never lost; the last track of a
/// file runs to its end. PREGAP/POSTGAP are silence no file holds: nothing is inserted for them.
/// Tags: the track's TITLE, PERFORMER (else the sheet's, else the file's artists), ISRC (never the file's:
/// a file-wide ISRC does not name each track), SONGWRITER ignored; album and album artist from the sheet's
/// TITLE/PERFORMER (else the file's); track number and total from the sheet; REM DATE, GENRE and
/// REPLAYGAIN_* over the file's; duration from the range. [any thread] Pure.
std::vector<CueTrackEntry> cueTracksOf(const CueSheet& sheet, const std::string& audioPath,
                                       const TrackInfo& whole, bool embedded);

} // namespace accord::library
