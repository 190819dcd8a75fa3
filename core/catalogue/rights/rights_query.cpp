// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_query.hpp"

#include "catalogue/db/catalogue_rows.hpp"

#include "catalogue/rights/rights_assembler.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace accord::catalogue {

namespace {

// Deals, takedowns and purchases of a recording and of the releases that contain it, in ONE statement.
// Rows are padded to the deal's 13 columns so the row readers keep their column numbers; then come the
// row's kind and, for a release's rows, the track that joined it (release id, position; NULL for the
// recording's own rows).
enum RowKind : std::int64_t { kDealRow = 0, kTakedownRow = 1, kPurchaseRow = 2 };
constexpr int kKindColumn = 13;
constexpr int kReleaseColumn = 14;
constexpr int kPositionColumn = 15;

std::string rightsSql()
{
    const std::string deal = rows::kDealColumns;
    const std::string takedown = std::string(rows::kTakedownColumns) + ", NULL, NULL, NULL, NULL, NULL";
    const std::string purchase =
        std::string(rows::kPurchaseColumns) + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";
    const auto both = [](const std::string& cols, const char* table, const char* alias, int kind) {
        const std::string k = ", " + std::to_string(kind);
        return "SELECT " + cols + k + ", NULL, NULL FROM " + table + " " + alias + " WHERE " + alias +
               ".recording_id = ?1 UNION ALL SELECT " + cols + k + ", rt.release_id, rt.position FROM " +
               "release_tracks rt JOIN " + table + " " + alias + " ON " + alias +
               ".release_id = rt.release_id WHERE rt.recording_id = ?1";
    };
    return both(deal, "deals", "d", kDealRow) + " UNION ALL " +
           both(takedown, "takedowns", "t", kTakedownRow) + " UNION ALL " +
           both(purchase, "purchases", "p", kPurchaseRow);
}

base::Status readRow(const storage::Statement& row, AttachedRights& into)
{
    switch (row.columnInt(kKindColumn)) {
    case kDealRow: {
        auto d = rows::readDeal(row);
        if (!d.ok())
            return std::move(d).error();
        into.deals.push_back(std::move(*d));
        return {};
    }
    case kTakedownRow: {
        auto t = rows::readTakedown(row);
        if (!t.ok())
            return std::move(t).error();
        into.takedowns.push_back(std::move(*t));
        return {};
    }
    default:
        into.purchases.push_back(rows::readPurchase(row));
        return {};
    }
}

} // namespace

base::Result<RecordingRights> RightsQuery::load(std::int64_t recordingId)
{
    static const std::string all = rightsSql();
    auto st = storage::Statement::reuse(m_conn, m_all, all);
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, recordingId);
    AttachedRights own;
    // Keyed by track, (release id, position): the assembler's track order. A release on two tracks is read
    // twice by the join, as it is listed twice.
    std::map<std::pair<std::int64_t, std::int64_t>, AttachedRights> tracks;
    ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
        if (row.columnIsNull(kReleaseColumn))
            return readRow(row, own);
        return readRow(row, tracks[{row.columnInt(kReleaseColumn), row.columnInt(kPositionColumn)}]);
    }));
    (*st)->reset();
    std::vector<const AttachedRights*> ordered;
    ordered.reserve(tracks.size());
    for (const auto& [track, attached] : tracks)
        ordered.push_back(&attached);
    static const std::string parentSql =
        std::string("SELECT ") + rows::kDealColumns + " FROM deals d WHERE d.id = ?1";
    const ParentLookup parent = [&](std::int64_t id) -> base::Result<std::optional<Deal>> {
        auto stmt = storage::Statement::reuse(m_conn, m_parent, parentSql);
        if (!stmt.ok())
            return std::move(stmt).error();
        (*stmt)->bind(1, id);
        std::optional<Deal> found;
        ACCORD_TRY((*stmt)->forEachRow([&](const storage::Statement& row) -> base::Status {
            auto d = rows::readDeal(row);
            if (!d.ok())
                return std::move(d).error();
            found = std::move(*d);
            return {};
        }));
        (*stmt)->reset();
        return found;
    };
    return assembleRights(recordingId, std::move(own), ordered, parent);
}

} // namespace accord::catalogue
