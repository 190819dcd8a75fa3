// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/library_gain_scan.hpp"

#include "library/library_db.hpp"
#include "library/replay_gain_store.hpp"
#include "replaygain/gain_values.hpp"
#include "replaygain/scan_list.hpp"
#include "replaygain/tag_writer.hpp"

namespace accord::replaygain {

LibraryGainScan::LibraryGainScan(std::filesystem::path libraryDb, LibraryGainScanOptions options)
    : m_libraryDb(std::move(libraryDb)), m_options(options), m_scanner(options.scan)
{
}

base::Result<LibraryGainScanReport> LibraryGainScan::run(const std::vector<std::filesystem::path>& paths,
                                                         const GainScanner::ProgressCallback& onProgress)
{
    auto db = library::LibraryDb::open(m_libraryDb);
    if (!db.ok())
        return std::move(db).error();
    auto list = listFilesToScan(*db, paths);
    if (!list.ok())
        return std::move(list).error();
    LibraryGainScanReport report;
    report.errors = std::move(list->problems);
    library::ReplayGainStore store(db->connection());

    // Runs on one worker at a time (the scanner serialises album callbacks), so the one connection is
    // never used by two threads at once.
    auto onAlbum = [&](std::span<const FileGain> album) {
        std::vector<library::ScannedGain> rows;
        for (const FileGain& g : album)
            if (!g.error)
                rows.push_back({g.path.string(), g.size, g.mtimeNs, kReferenceLufs, g.loudness, g.trackGain,
                                g.trackPeak, g.albumKey, g.albumLoudness, g.albumGain, g.albumPeak});
        std::vector<bool> saved;
        if (!rows.empty()) {
            auto s = store.save(rows);
            if (s.ok())
                saved = std::move(*s);
            else
                report.errors.push_back(std::move(s).error());
        }
        std::size_t row = 0;
        for (const FileGain& g : album) {
            ScannedFile f{g, false, false};
            if (g.error) {
                report.errors.push_back(*g.error);
            } else {
                f.savedToLibrary = row < saved.size() && saved[row];
                ++row;
                if (m_options.writeTags) {
                    base::Status written = writeReplayGainTags(g);
                    f.tagsWritten = written.ok() && g.trackGain.has_value();
                    if (!written.ok())
                        report.errors.push_back(std::move(written).error());
                }
            }
            report.savedToLibrary += f.savedToLibrary ? 1 : 0;
            report.tagsWritten += f.tagsWritten ? 1 : 0;
            report.files.push_back(std::move(f));
        }
    };
    report.summary = m_scanner.scan(std::move(list->files), onAlbum, onProgress);
    return report;
}

} // namespace accord::replaygain
