// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "import_fixtures.hpp"

#include "catalogue/model/deal.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/rights/rights_query.hpp"
#include "licence/decide.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"

#include <catch2/catch.hpp>

namespace accord::test {

std::filesystem::path catalogueData(const std::string& name)
{
    return std::filesystem::path(ACCORD_TEST_DATA_DIR) / "catalogue" / name;
}

std::string dumpCatalogue(catalogue::Catalogue& cat)
{
    std::string out;
    for (const char* table :
         {"parties", "recordings", "recording_aliases", "releases", "release_tracks", "deals", "takedowns",
          "purchases", "tier_policy", "settings", "recording_rights", "rights_dirty"}) {
        auto columns = storage::Statement::prepare(
            cat.connection(), std::string("SELECT count(*) FROM pragma_table_info('") + table + "')");
        REQUIRE(columns.ok());
        REQUIRE(*columns->step());
        const int count = static_cast<int>(columns->columnInt(0));
        auto st = storage::Statement::prepare(cat.connection(),
                                              std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        REQUIRE(st.ok());
        out += table;
        out += ":\n";
        for (;;) {
            auto row = st->step();
            REQUIRE(row.ok());
            if (!*row)
                break;
            for (int c = 0; c < count; ++c)
                out += (st->columnIsNull(c) ? std::string("NULL") : st->columnText(c)) + "|";
            out += "\n";
        }
    }
    return out;
}

licence::Decision decideAt(catalogue::Catalogue& cat, const std::string& isrc, const std::string& territory,
                           catalogue::Tier tier, const std::string& when, catalogue::DeviceClass device)
{
    auto id = cat.recordingIdByIsrc(isrc);
    REQUIRE(id.ok());
    REQUIRE(id->has_value());
    auto rights = cat.rights(**id);
    REQUIRE(rights.ok());
    // Imports refresh the stored rows before they commit: the decision used the current stored row.
    auto pending = catalogue::rightsNeedRefresh(cat.connection());
    REQUIRE(pending.ok());
    CHECK_FALSE(*pending);
    catalogue::RightsQuery tables(cat.connection());
    auto truth = tables.load(**id);
    REQUIRE(truth.ok());
    CHECK(catalogue::encodeRights(*rights) == catalogue::encodeRights(*truth));
    auto policy = cat.tierPolicy();
    REQUIRE(policy.ok());
    auto at = base::parseIso8601(when);
    REQUIRE(at.ok());
    return licence::decide(*rights, *policy, licence::Context{at->instant, territory, tier, device});
}

catalogue::Deal deal(const std::string& key, catalogue::Scope scope, std::int64_t subject,
                     const std::string& territories, std::optional<std::int64_t> parent)
{
    catalogue::Deal d;
    d.dealKey = key;
    d.scope = scope;
    d.subjectId = subject;
    d.territories = *catalogue::TerritorySet::parse(territories);
    d.validFrom = base::Instant(std::chrono::seconds(1262304000));
    d.useTypes = catalogue::bit(catalogue::UseType::Stream);
    d.commercialModels = {"SubscriptionModel"};
    d.parentId = parent;
    return d;
}

void writeAndRefresh(catalogue::Catalogue& cat, const std::function<void(catalogue::CatalogueWriter&)>& f)
{
    auto tx = storage::Transaction::begin(cat.connection());
    REQUIRE(tx.ok());
    catalogue::CatalogueWriter w(cat.connection());
    f(w);
    REQUIRE(catalogue::refreshRights(cat.connection()).ok());
    REQUIRE(tx->commit().ok());
}

} // namespace accord::test
