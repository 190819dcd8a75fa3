// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/cue_sheet.hpp"
#include "library/file_enumerator.hpp"
#include "library/scan_plan.hpp"
#include "library/tag_reader.hpp"

#include <memory>
#include <unordered_map>

namespace accord::library {

/// The CUE sheets of a scan: which audio file each .cue names, and the parsed sheets.
struct CueSidecars {
    CueSidecarIndex byAudio;
    std::unordered_map<std::string, std::shared_ptr<const CueSheet>> sheets; ///< by .cue path
    std::vector<WalkProblem> problems; ///< sheets that could not be read: "file:line: why"
};

/// Reads every found .cue (small text files: the walk found them, they are opened here) and matches each
/// FILE line to an audio file found in the sheet's folder (cueFileNames). An audio file named by several
/// sheets takes the first by path. A sheet that fails to parse is reported in `problems` and its files stay
/// whole-file tracks. [any thread; the scan's thread]
CueSidecars findCueSidecars(const std::vector<FoundFile>& cueSheets,
                            const std::vector<FoundFile>& audioFiles);

/// Lays the CUE tracks of `task`'s sheet (a sidecar from `sidecars`, else a CUESHEET tag in the file) on a
/// file just read: fills `out.cueTracks` and `out.cue`. An embedded sheet that fails to parse leaves the
/// file whole and returns the problem. [any thread] `sidecars` is only read.
std::optional<WalkProblem> applyCueSheet(const ReadTask& task, const CueSidecars& sidecars, ReadOutcome& out);

} // namespace accord::library
