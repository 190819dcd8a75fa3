// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_query.hpp"

#include "catalogue/db/catalogue_rows.hpp"

#include <algorithm>
#include <string>

namespace accord::catalogue {

namespace {

// Deals, takedowns and purchases of a recording and of the releases that contain it, in ONE statement.
// Rows are padded to the deal's 13 columns so the row readers keep their column numbers; the last column
// tells which kind a row is.
enum RowKind : std::int64_t { kDealRow = 0, kTakedownRow = 1, kPurchaseRow = 2 };
constexpr int kKindColumn = 13;

std::string rightsSql()
{
    const std::string deal = rows::kDealColumns;
    const std::string takedown = std::string(rows::kTakedownColumns) + ", NULL, NULL, NULL, NULL, NULL";
    const std::string purchase =
        std::string(rows::kPurchaseColumns) + ", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";
    const auto both = [](const std::string& cols, const char* table, const char* alias, int kind) {
        const std::string k = ", " + std::to_string(kind);
        return "SELECT " + cols + k + " FROM " + table + " " + alias + " WHERE " + alias +
               ".recording_id = ?1 UNION ALL SELECT " + cols + k + " FROM release_tracks rt JOIN " + table +
               " " + alias + " ON " + alias + ".release_id = rt.release_id WHERE rt.recording_id = ?1";
    };
    return both(deal, "deals", "d", kDealRow) + " UNION ALL " +
           both(takedown, "takedowns", "t", kTakedownRow) + " UNION ALL " +
           both(purchase, "purchases", "p", kPurchaseRow);
}

} // namespace

base::Result<RecordingRights> RightsQuery::load(std::int64_t recordingId)
{
    RecordingRights out;
    out.recordingId = recordingId;
    static const std::string all = rightsSql();
    auto st = storage::Statement::reuse(m_conn, m_all, all);
    if (!st.ok())
        return std::move(st).error();
    (*st)->bind(1, recordingId);
    ACCORD_TRY((*st)->forEachRow([&](const storage::Statement& row) -> base::Status {
        switch (row.columnInt(kKindColumn)) {
        case kDealRow: {
            auto d = rows::readDeal(row);
            if (!d.ok())
                return std::move(d).error();
            out.deals.push_back(std::move(*d));
            return {};
        }
        case kTakedownRow: {
            auto t = rows::readTakedown(row);
            if (!t.ok())
                return std::move(t).error();
            out.takedowns.push_back(std::move(*t));
            return {};
        }
        default:
            out.purchases.push_back(rows::readPurchase(row));
            return {};
        }
    }));
    (*st)->reset();
    // Parents of sublicences, up the chain, whatever their scope.
    static const std::string parentSql =
        std::string("SELECT ") + rows::kDealColumns + " FROM deals d WHERE d.id = ?1";
    const auto known = [&](std::int64_t id) {
        const auto match = [&](const Deal& d) { return d.id == id; };
        return std::any_of(out.deals.begin(), out.deals.end(), match) ||
               std::any_of(out.ancestors.begin(), out.ancestors.end(), match);
    };
    // Walks candidates, then ancestors as they are appended (indexes stay valid, references may not).
    for (size_t i = 0; i < out.deals.size() + out.ancestors.size(); ++i) {
        const auto parentId =
            i < out.deals.size() ? out.deals[i].parentId : out.ancestors[i - out.deals.size()].parentId;
        if (!parentId || known(*parentId))
            continue;
        auto parent = storage::Statement::reuse(m_conn, m_parent, parentSql);
        if (!parent.ok())
            return std::move(parent).error();
        (*parent)->bind(1, *parentId);
        ACCORD_TRY((*parent)->forEachRow([&](const storage::Statement& row) -> base::Status {
            auto d = rows::readDeal(row);
            if (!d.ok())
                return std::move(d).error();
            out.ancestors.push_back(std::move(*d));
            return {};
        }));
    }
    return out;
}

} // namespace accord::catalogue
