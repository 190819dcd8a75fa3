// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_batch.hpp"

#include "catalogue/db/catalogue_rows.hpp"
#include "catalogue/model/isrc_key.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace accord::catalogue {

namespace {

// Range reads in (subject, id) order: every statement below is answered by walking one index (the
// partial subject indexes of migration 1 hold (subject, rowid); release_tracks_recording holds
// (recording_id, release_id, position)), so no sorter runs and the order is the one RightsQuery's
// per-recording lookups produce.
std::string scopedSql(std::size_t table, std::size_t subject)
{
    static constexpr const char* kTables[3] = {"deals d", "takedowns t", "purchases p"};
    static constexpr const char* kAliases[3] = {"d", "t", "p"};
    static constexpr const char* kColumns[2] = {"recording_id", "release_id"};
    const char* columns = table == 0   ? rows::kDealColumns
                          : table == 1 ? rows::kTakedownColumns
                                       : rows::kPurchaseColumns;
    const std::string subjectColumn = std::string(kAliases[table]) + "." + kColumns[subject];
    return std::string("SELECT ") + columns + " FROM " + kTables[table] + " WHERE " + subjectColumn +
           " BETWEEN ?1 AND ?2 ORDER BY " + subjectColumn + ", " + kAliases[table] + ".id";
}

// The column holding a row's recording id in each table's column list (the release id follows it).
constexpr int kRecordingColumn[3] = {2, 2, 1};

bool contains(const std::vector<std::int64_t>& sorted, std::int64_t id)
{
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

} // namespace

RightsBatch::RightsBatch(storage::Connection& conn, Sink sink, std::size_t maxChunk, std::int64_t maxGap,
                         std::size_t maxCached)
    : m_conn(conn), m_sink(std::move(sink)), m_maxChunk(std::max<std::size_t>(maxChunk, 1)),
      m_maxGap(std::max<std::int64_t>(maxGap, 1)), m_maxCached(std::max<std::size_t>(maxCached, 1))
{
}

base::Status RightsBatch::add(std::int64_t recordingId)
{
    if (!m_pending.empty() && (m_pending.size() >= m_maxChunk || recordingId - m_pending.back() > m_maxGap))
        ACCORD_TRY(flush());
    m_pending.push_back(recordingId);
    return {};
}

base::Status RightsBatch::finish()
{
    return flush();
}

base::Result<storage::Statement*> RightsBatch::statement(std::optional<storage::Statement>& slot,
                                                         const std::string& sql)
{
    ++m_statements;
    return storage::Statement::reuse(m_conn, slot, sql);
}

base::Status RightsBatch::readScoped(Subject subject, std::int64_t lo, std::int64_t hi,
                                     const std::function<bool(std::int64_t)>& wanted,
                                     const std::function<AttachedRights&(std::int64_t)>& into)
{
    for (std::size_t table = kDeals; table <= kPurchases; ++table) {
        auto st = statement(m_scoped[subject][table], scopedSql(table, subject));
        if (!st.ok())
            return std::move(st).error();
        const int subjectColumn = kRecordingColumn[table] + (subject == kOfRelease ? 1 : 0);
        (*st)->bind(1, lo).bind(2, hi);
        ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
            const std::int64_t id = row.columnInt(subjectColumn);
            if (!wanted(id))
                return {}; // in the range but not asked for: not even parsed
            if (table == kDeals) {
                auto d = rows::readDeal(row);
                if (!d.ok())
                    return std::move(d).error();
                into(id).deals.push_back(std::move(*d));
            } else if (table == kTakedowns) {
                auto t = rows::readTakedown(row);
                if (!t.ok())
                    return std::move(t).error();
                into(id).takedowns.push_back(std::move(*t));
            } else {
                into(id).purchases.push_back(rows::readPurchase(row));
            }
            return {};
        }));
        (*st)->reset();
    }
    return {};
}

base::Status RightsBatch::loadReleases(const std::vector<Track>& tracks)
{
    std::vector<std::int64_t> need;
    for (const Track& t : tracks)
        if (!m_releases.contains(t.releaseId))
            need.push_back(t.releaseId);
    if (m_releases.size() + need.size() > m_maxCached) {
        m_releases.clear(); // between chunks only: nothing refers into it now
        need.clear();
        for (const Track& t : tracks)
            need.push_back(t.releaseId);
    }
    std::sort(need.begin(), need.end());
    need.erase(std::unique(need.begin(), need.end()), need.end());
    for (const std::int64_t id : need)
        m_releases.try_emplace(id); // a release without deals is known to have none
    // Runs of nearby release ids, one range read each; releases already kept are skipped by `wanted`.
    for (std::size_t first = 0; first < need.size();) {
        std::size_t last = first;
        while (last + 1 < need.size() && need[last + 1] - need[last] <= m_maxGap)
            ++last;
        const std::vector<std::int64_t> run(need.begin() + static_cast<std::ptrdiff_t>(first),
                                            need.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        ACCORD_TRY(readScoped(
            kOfRelease, run.front(), run.back(), [&](std::int64_t id) { return contains(run, id); },
            [&](std::int64_t id) -> AttachedRights& { return m_releases.at(id); }));
        first = last + 1;
    }
    return {};
}

base::Result<std::optional<Deal>> RightsBatch::parent(std::int64_t dealId)
{
    static const std::string parentSql =
        std::string("SELECT ") + rows::kDealColumns + " FROM deals d WHERE d.id = ?1";
    // A parent is usually shared by many recordings' sublicences: fetched once per refresh, then copied.
    auto cached = m_parents.find(dealId);
    if (cached == m_parents.end()) {
        std::optional<Deal> found;
        auto st = statement(m_parent, parentSql);
        if (!st.ok())
            return std::move(st).error();
        (*st)->bind(1, dealId);
        ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
            auto d = rows::readDeal(row);
            if (!d.ok())
                return std::move(d).error();
            found = std::move(*d);
            return {};
        }));
        (*st)->reset();
        if (m_parents.size() >= m_maxCached)
            m_parents.clear();
        cached = m_parents.emplace(dealId, std::move(found)).first;
    }
    return cached->second;
}

base::Status RightsBatch::flush()
{
    if (m_pending.empty())
        return {};
    const std::int64_t lo = m_pending.front();
    const std::int64_t hi = m_pending.back();
    static const std::string recordingsSql =
        std::string("SELECT r.id, r.isrc FROM recordings r WHERE r.id BETWEEN ?1 "
                    "AND ?2 AND r.isrc GLOB '") +
        kIsrcGlob + "' ORDER BY r.id";
    static const std::string tracksSql = "SELECT rt.recording_id, rt.release_id FROM release_tracks rt WHERE "
                                         "rt.recording_id BETWEEN ?1 AND ?2 "
                                         "ORDER BY rt.recording_id, rt.release_id, rt.position";
    // The pending recordings that exist with a valid ISRC (the others get no row), and their keys.
    std::vector<std::int64_t> ids;
    std::vector<std::int64_t> keys;
    {
        auto st = statement(m_recordings, recordingsSql);
        if (!st.ok())
            return std::move(st).error();
        (*st)->bind(1, lo).bind(2, hi);
        ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
            if (contains(m_pending, row.columnInt(0))) {
                ids.push_back(row.columnInt(0));
                // The GLOB matched: the first 12 bytes are a valid ISRC (isrcKey equals isrcKeySql on them;
                // the SQL expression cost ~2 us a row).
                const auto isrc = row.columnBlobView(1);
                const auto key =
                    isrc.size() < 12
                        ? std::nullopt
                        : isrcKey(std::string_view(reinterpret_cast<const char*>(isrc.data()), 12));
                if (!key)
                    return base::Error(base::ErrorCode::Internal,
                                       "stored ISRC passed its GLOB but has no key")
                        .forField("recordings.isrc");
                keys.push_back(static_cast<std::int64_t>(*key));
            }
            return {};
        }));
        (*st)->reset();
    }
    m_pending.clear();
    if (ids.empty())
        return {};
    const auto wanted = [&](std::int64_t id) { return contains(ids, id); };
    std::vector<Track> tracks;
    {
        auto st = statement(m_tracks, tracksSql);
        if (!st.ok())
            return std::move(st).error();
        (*st)->bind(1, ids.front()).bind(2, ids.back());
        ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
            if (wanted(row.columnInt(0)))
                tracks.push_back(Track{row.columnInt(0), row.columnInt(1)});
            return {};
        }));
        (*st)->reset();
    }
    std::vector<AttachedRights> own(ids.size());
    ACCORD_TRY(
        readScoped(kOfRecording, ids.front(), ids.back(), wanted, [&](std::int64_t id) -> AttachedRights& {
            return own[static_cast<std::size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin())];
        }));
    ACCORD_TRY(loadReleases(tracks));
    const ParentLookup lookup = [this](std::int64_t id) { return parent(id); };
    std::vector<const AttachedRights*> releases;
    std::size_t t = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        releases.clear();
        for (; t < tracks.size() && tracks[t].recordingId <= ids[i]; ++t)
            if (tracks[t].recordingId == ids[i])
                releases.push_back(&m_releases.at(tracks[t].releaseId)); // nodes: stable until loadReleases
        auto rights = assembleRights(ids[i], std::move(own[i]), releases, lookup);
        if (!rights.ok())
            return std::move(rights).error();
        ACCORD_TRY(m_sink(ids[i], keys[i], *rights));
    }
    return {};
}

} // namespace accord::catalogue
