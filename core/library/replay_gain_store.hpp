// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "storage/connection.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace accord::library {

/// ReplayGain 2.0 values Accord measured for one file (table replaygain_scans, migration 5). Gains in dB
/// relative to `referenceLufs`, peaks as linear true-peak sample values (1.0 = full scale). Gains are empty
/// for silence. `size`/`mtimeNs` are the file's as measured: the row only counts while the library's row
/// for the file has the same (see ReplayGainStore::forPath()).
struct ScannedGain {
    std::string path; ///< raw file name bytes, as tracks.path
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    double referenceLufs = -18.0;
    std::optional<double> trackLoudness; ///< LUFS; empty for silence
    std::optional<double> trackGain;
    double trackPeak = 0.0;
    std::string albumKey;
    std::optional<double> albumLoudness, albumGain, albumPeak; ///< empty in track-only scans
};

/// Stores and finds scanned ReplayGain values in library.db.
/// [the connection's thread] Holds a reference to `conn`, which must outlive it.
class ReplayGainStore {
public:
    explicit ReplayGainStore(storage::Connection& conn) : m_conn(conn) {}

    /// Saves one album's values in one transaction (replacing earlier scans of the same tracks, album values
    /// included: a track-only scan leaves them empty). Files that
    /// are not library tracks are skipped. Returns, for each of `album`, whether it was saved (false: not a
    /// library track); on error nothing is.
    base::Result<std::vector<bool>> save(std::span<const ScannedGain> album);
    /// The scanned values of the library track at `path`, when there are some and the file has not changed
    /// since (the library's size and mtime still match the scan's).
    base::Result<std::optional<ScannedGain>> forPath(const std::string& path);

private:
    storage::Connection& m_conn;
};

} // namespace accord::library
