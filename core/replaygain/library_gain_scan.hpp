// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "replaygain/gain_scanner.hpp"

#include <filesystem>
#include <vector>

namespace accord::replaygain {

struct LibraryGainScanOptions {
    GainScanOptions scan;
    /// Also write the values into the files' tags (tag_writer.hpp). Off by default: the files are the
    /// listener's, and only their explicit request changes them.
    bool writeTags = false;
};

/// One measured file as the scan left it.
struct ScannedFile {
    FileGain gain;
    bool savedToLibrary = false; ///< stored in library.db (the file is a library track)
    bool tagsWritten = false;
};

struct LibraryGainScanReport {
    GainScanSummary summary;
    std::vector<ScannedFile> files; ///< album by album, in the order they were finished
    std::size_t savedToLibrary = 0;
    std::size_t tagsWritten = 0;
    std::vector<base::Error> errors; ///< files that could not be found, decoded or tagged, each naming it
};

/// A ReplayGain scan of files, folders or the whole library: lists the files (scan_list.hpp), measures
/// them on the GainScanner's workers, stores each album's values in library.db in one transaction
/// (library/replay_gain_store.hpp) and, only when asked, writes them to the files' tags.
/// [run() on one thread at a time (it blocks); cancel() from any thread]
class LibraryGainScan {
public:
    LibraryGainScan(std::filesystem::path libraryDb, LibraryGainScanOptions options);

    /// Scans `paths` (empty: the whole library). `onProgress` is called after every file from a worker.
    /// Fails only when the library database cannot be opened or read; a file that fails is reported in
    /// `errors` and the others go on.
    base::Result<LibraryGainScanReport> run(const std::vector<std::filesystem::path>& paths,
                                            const GainScanner::ProgressCallback& onProgress = {});
    void cancel() { m_scanner.cancel(); }

private:
    std::filesystem::path m_libraryDb;
    LibraryGainScanOptions m_options;
    GainScanner m_scanner;
};

} // namespace accord::replaygain
