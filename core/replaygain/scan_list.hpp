// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "library/library_db.hpp"
#include "replaygain/gain_scanner.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace accord::replaygain {

/// What to measure, with each file's album (gain_values.hpp albumKey()).
struct ScanList {
    std::vector<ScanFile> files;
    std::vector<base::Error> problems; ///< paths that do not exist, folders that cannot be read
};

/// The files a scan of `paths` measures: files as named, folders walked for audio files (as the library
/// scan walks them), in order. No paths: every track of the library. A library track's album comes from
/// the library's tags; any other file's from its own tags, read with TagLib (no audio is decoded here).
/// [any thread with its own LibraryDb]
base::Result<ScanList> listFilesToScan(library::LibraryDb& db,
                                       const std::vector<std::filesystem::path>& paths);

/// The album key of a file that is not in the library, from its own tags (album, album artist).
/// [any thread]
std::string albumKeyFromTags(const std::filesystem::path& file);

} // namespace accord::replaygain
