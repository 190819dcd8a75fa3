// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/replay_gain_store.hpp"

#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <chrono>

namespace accord::library {

base::Result<std::vector<bool>> ReplayGainStore::save(std::span<const ScannedGain> album)
{
    auto tx = storage::Transaction::begin(m_conn);
    if (!tx.ok())
        return std::move(tx).error();
    // The track id comes from the path in the same statement: a file the library does not know inserts
    // nothing (the SELECT finds no row) rather than failing.
    auto st = storage::Statement::prepare(
        m_conn,
        "INSERT OR REPLACE INTO replaygain_scans (track_id, size, mtime_ns, reference_lufs, "
        "track_loudness, track_gain, track_peak, album_key, album_loudness, album_gain, album_peak, "
        "scanned_at) SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 FROM tracks WHERE path = ?1");
    if (!st.ok())
        return std::move(st).error();
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    std::vector<bool> saved;
    for (const ScannedGain& g : album) {
        st->bind(1, std::string_view(g.path)).bind(2, g.size).bind(3, g.mtimeNs).bind(4, g.referenceLufs);
        st->bind(5, g.trackLoudness).bind(6, g.trackGain).bind(7, g.trackPeak);
        st->bind(8, std::string_view(g.albumKey)).bind(9, g.albumLoudness).bind(10, g.albumGain);
        st->bind(11, g.albumPeak).bind(12, static_cast<std::int64_t>(now));
        ACCORD_TRY(st->run());
        saved.push_back(m_conn.changes() > 0);
    }
    ACCORD_TRY(tx->commit());
    return saved;
}

base::Result<std::optional<ScannedGain>> ReplayGainStore::forPath(const std::string& path)
{
    auto st = storage::Statement::prepare(
        m_conn, "SELECT s.size, s.mtime_ns, s.reference_lufs, s.track_loudness, s.track_gain, s.track_peak, "
                "s.album_key, s.album_loudness, s.album_gain, s.album_peak FROM replaygain_scans s "
                "JOIN tracks t ON t.id = s.track_id WHERE t.path = ?1 AND t.size = s.size "
                "AND t.mtime_ns = s.mtime_ns");
    if (!st.ok())
        return std::move(st).error();
    st->bind(1, std::string_view(path));
    auto row = st->step();
    if (!row.ok())
        return std::move(row).error();
    if (!*row)
        return std::optional<ScannedGain>();
    const auto opt = [&](int col) {
        return st->columnIsNull(col) ? std::optional<double>() : std::optional<double>(st->columnDouble(col));
    };
    ScannedGain g;
    g.path = path;
    g.size = st->columnInt(0);
    g.mtimeNs = st->columnInt(1);
    g.referenceLufs = st->columnDouble(2);
    g.trackLoudness = opt(3);
    g.trackGain = opt(4);
    g.trackPeak = st->columnDouble(5);
    g.albumKey = st->columnText(6);
    g.albumLoudness = opt(7);
    g.albumGain = opt(8);
    g.albumPeak = opt(9);
    return std::optional<ScannedGain>(std::move(g));
}

} // namespace accord::library
