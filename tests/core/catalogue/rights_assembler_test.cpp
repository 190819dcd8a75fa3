// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// assembleRights, the one computation of a recording's rights, on hand-made rows: the order of the entries,
// a release listed on two tracks, the sublicence walk (parents kept apart, each once, missing ones
// skipped) and a failing parent lookup. The readers that feed it are compared in rights_batch_test.
#include "catalogue/rights/rights_assembler.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace accord;
using namespace accord::catalogue;

namespace {

Deal deal(std::int64_t id, std::optional<std::int64_t> parent = std::nullopt)
{
    Deal d;
    d.id = id;
    d.dealKey = "D" + std::to_string(id);
    d.parentId = parent;
    return d;
}

std::vector<std::int64_t> ids(const std::vector<Deal>& deals)
{
    std::vector<std::int64_t> out;
    for (const Deal& d : deals)
        out.push_back(d.id);
    return out;
}

} // namespace

TEST_CASE("assembleRights lists own rows, then each track's release, then the parent chains once",
          "[catalogue][rights]")
{
    AttachedRights own;
    own.deals = {deal(1), deal(2, 10)};
    own.takedowns.emplace_back().id = 7;
    AttachedRights releaseA;
    releaseA.deals = {deal(3, 2)}; // its parent is listed among the deals: not an ancestor
    releaseA.purchases.emplace_back().id = 5;
    AttachedRights releaseB;
    releaseB.deals = {deal(4, 11)};
    const std::vector<const AttachedRights*> tracks{&releaseA, &releaseB, &releaseA};
    // 10 -> 12 -> (missing 13); 11 -> 12 (already met); 12 once.
    const std::map<std::int64_t, Deal> parents{{10, deal(10, 12)}, {11, deal(11, 12)}, {12, deal(12, 13)}};
    int lookups = 0;
    const ParentLookup lookup = [&](std::int64_t id) -> base::Result<std::optional<Deal>> {
        ++lookups;
        const auto it = parents.find(id);
        return it == parents.end() ? std::optional<Deal>() : std::optional<Deal>(it->second);
    };
    const auto r = assembleRights(42, std::move(own), tracks, lookup);
    REQUIRE(r.ok());
    CHECK(r->recordingId == 42);
    CHECK(ids(r->deals) == std::vector<std::int64_t>{1, 2, 3, 4, 3});
    CHECK(ids(r->ancestors) == std::vector<std::int64_t>{10, 11, 12});
    REQUIRE(r->takedowns.size() == 1);
    CHECK(r->takedowns[0].id == 7);
    REQUIRE(r->purchases.size() == 2); // release A is on two tracks
    CHECK(r->purchases[1].id == 5);
    CHECK(lookups == 4); // 10, 11, 12 and the missing 13, each once
}

TEST_CASE("assembleRights returns the parent lookup's error", "[catalogue][rights]")
{
    AttachedRights own;
    own.deals = {deal(1, 9)};
    const ParentLookup failing = [](std::int64_t) -> base::Result<std::optional<Deal>> {
        return base::Error(base::ErrorCode::Database, "disk gone");
    };
    const auto r = assembleRights(1, std::move(own), {}, failing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "disk gone");
}
