// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/error.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace accord::replaygain {

/// A file to measure and the album it belongs to (gain_values.hpp albumKey(); ignored in track mode).
struct ScanFile {
    std::filesystem::path path;
    std::string albumKey;
};

/// One file's ReplayGain 2.0 values (gains in dB towards -18 LUFS, peaks linear true peaks), or why it
/// could not be measured (`error`; the file then counts for nothing, not even its album's gain).
struct FileGain {
    std::filesystem::path path;
    std::string albumKey;
    std::int64_t size = 0;    ///< the file's size and mtime before it was measured
    std::int64_t mtimeNs = 0; ///< (what the library compares to tell a stale measurement)
    std::string codec;
    std::optional<double> loudness; ///< LUFS; empty for silence
    std::optional<double> trackGain;
    double trackPeak = 0.0;
    std::optional<double> albumLoudness, albumGain, albumPeak; ///< album mode only
    std::optional<base::Error> error;
};

struct GainScanOptions {
    unsigned jobs = 0; ///< worker threads; 0: one per core
    bool album = true; ///< false: track gain only, every file on its own
};

/// Where a scan is: files finished (measured or failed) out of all, and the file just finished.
struct GainScanProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::filesystem::path file;
};

struct GainScanSummary {
    std::size_t files = 0, measured = 0, failed = 0, albums = 0;
    bool cancelled = false;
    double elapsedSeconds = 0.0;
};

/// Measures files in parallel, one decoder and one libebur128 state per file on a pool of worker threads,
/// and hands out the results one album at a time (album gain and peak over the album's measured tracks)
/// as soon as the album's last file is measured. Files are taken album by album, so only the albums in
/// flight hold measurement state.
/// [one scan at a time per object; cancel() from any thread]
class GainScanner {
public:
    /// Called once per album (per file in track mode) with its files in the order given. Runs on a worker
    /// thread, never two at once; a callback that writes to a database does so from whichever worker.
    using AlbumCallback = std::function<void(std::span<const FileGain>)>;
    /// Called after every file (on a worker thread, never two at once).
    using ProgressCallback = std::function<void(const GainScanProgress&)>;

    explicit GainScanner(GainScanOptions options = {}) : m_options(options) {}

    /// Measures `files` and returns the counts once every worker has finished. Blocks the calling thread.
    /// After cancel() the workers stop within one decoded chunk; albums already complete are still handed
    /// out, albums not complete are not.
    GainScanSummary scan(std::vector<ScanFile> files, const AlbumCallback& onAlbum,
                         const ProgressCallback& onProgress = {});
    /// Asks a running scan to stop. [any thread]
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }

private:
    GainScanOptions m_options;
    std::atomic<bool> m_cancel{false};
};

} // namespace accord::replaygain
