// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/track_store.hpp"

#include "models/search_fold.hpp"

namespace accord::ui {

void TrackStore::add(const TrackRecord& r)
{
    TrackRow row;
    row.trackId = r.trackId;
    row.path = r.path;
    row.title = r.title;
    QString key = r.title;
    for (const QString& alias : r.aliases)
        key += u' ' + alias;
    row.searchKey = foldForSearch(key);
    row.artistId = m_pool.intern(r.artist);
    row.albumId = m_pool.intern(r.album);
    row.genreId = m_pool.intern(r.genre);
    row.codecId = m_pool.intern(r.codec);
    row.reasonId = m_pool.intern(r.mainReason);
    row.durationMs = r.durationMs;
    row.sampleRate = r.sampleRate;
    row.year = r.year;
    row.trackNumber = r.trackNumber;
    row.discNumber = r.discNumber;
    row.bitsPerSample = r.bitsPerSample;
    row.verdict = r.verdict;
    m_rows.push_back(std::move(row));
}

void TrackStore::finish()
{
    m_folded.clear();
    m_folded.reserve(m_pool.size());
    for (std::size_t i = 0; i < m_pool.size(); ++i)
        m_folded.push_back(foldForSearch(m_pool.at(static_cast<std::uint32_t>(i))));
    m_rows.shrink_to_fit();
    m_byPath.clear();
    m_byPath.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_byPath.insert(m_rows[i].path, static_cast<std::uint32_t>(i));
}

void TrackStore::setVerdict(std::size_t index, Verdict verdict, const QString& mainReason)
{
    TrackRow& row = m_rows[index];
    row.verdict = verdict;
    row.reasonId = m_pool.intern(mainReason);
    while (m_folded.size() < m_pool.size())
        m_folded.push_back(foldForSearch(m_pool.at(static_cast<std::uint32_t>(m_folded.size()))));
}

qsizetype TrackStore::indexOfPath(const QString& path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.constEnd() ? -1 : static_cast<qsizetype>(it.value());
}

} // namespace accord::ui
