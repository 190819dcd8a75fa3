// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "import_fuzz_fixture.hpp"

#include "catalogue/rights/rights_index.hpp"
#include "licence/decide.hpp"
#include "storage/statement.hpp"

#include <cstdlib>
#include <vector>

namespace accord::fuzz {

namespace {

void require(const base::Status& s)
{
    if (!s.ok())
        std::abort(); // the fixture's own database failed: not a finding about the input
}

} // namespace

ImportFuzzFixture::ImportFuzzFixture(catalogue::Catalogue cat, catalogue::TierPolicy policy)
    : m_catalogue(std::move(cat)), m_policy(std::move(policy))
{
}

ImportFuzzFixture& ImportFuzzFixture::instance()
{
    static ImportFuzzFixture* fixture = [] {
        auto cat = catalogue::Catalogue::open(":memory:");
        if (!cat.ok())
            std::abort();
        auto policy = cat->tierPolicy();
        if (!policy.ok())
            std::abort();
        return new ImportFuzzFixture(std::move(*cat), std::move(*policy));
    }();
    return *fixture;
}

void ImportFuzzFixture::run(const Import& import)
{
    storage::Connection& conn = m_catalogue.connection();
    require(conn.exec("BEGIN"));
    catalogue::TierPolicy policy = m_policy; // an import may change the policy (a JSON "tiers" member)
    bool imported = false;
    {
        catalogue::CatalogueWriter writer(conn);
        imported = import(writer, policy).ok();
    }
    if (imported && catalogue::refreshRights(conn).ok())
        decideEverything(policy);
    require(conn.exec("ROLLBACK"));
}

void ImportFuzzFixture::decideEverything(const catalogue::TierPolicy& policy)
{
    auto ids = storage::Statement::prepare(m_catalogue.connection(), "SELECT id FROM recordings ORDER BY id");
    require(ids.ok() ? base::Status() : base::Status(ids.error()));
    std::vector<std::int64_t> recordings;
    require(ids->forEachRow([&](storage::Statement& row) { recordings.push_back(row.columnInt(0)); }));
    static const char* const kTerritories[] = {"CN", "TW", "US", "KP"};
    static const char* const kInstants[] = {"2015-06-01T00:00:00Z", "2016-03-01T00:00:00Z",
                                            "2026-01-15T00:00:00Z"};
    for (const std::int64_t id : recordings) {
        auto rights = m_catalogue.rights(id);
        if (!rights.ok())
            continue; // refused by the reader with an error: fine
        for (const char* territory : kTerritories)
            for (const char* instant : kInstants)
                for (const catalogue::Tier tier : catalogue::kAllTiers) {
                    licence::Context ctx;
                    ctx.at = base::parseIso8601(instant)->instant;
                    ctx.territory = territory;
                    ctx.tier = tier;
                    ctx.device = catalogue::DeviceClass::Tv;
                    (void)licence::decide(*rights, policy, ctx);
                    (void)licence::decide(*rights, policy, ctx, licence::SourceFormat{44100, 16});
                }
    }
}

} // namespace accord::fuzz
