// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Judge::unlock over the demo catalogue: every alternative listed, for every demo recording in every
// context, is judged again by the same Judge with the change applied and must give what it promised; and a
// catalogue with a purchase offer and a licence that has not started, through the real gate.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "demo/demo_catalogue.hpp"
#include "demo/demo_set.hpp"
#include "judgement/judge.hpp"
#include "licence/decide.hpp"
#include "licence/licence_gate.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <map>

using namespace accord;
using nlohmann::json;

namespace {

// Judges `unlock` applied to ctx with the same Judge: the verdict, cap and rank it promised.
void verify(judgement::Judge& judge, const std::string& isrc, const licence::Context& ctx,
            const licence::Unlock& u)
{
    INFO(licence::toString(u.kind) << ": " << u.text);
    auto now = judge.judgeIsrc(isrc, ctx);
    REQUIRE(now.ok());
    REQUIRE(*now);
    CHECK(licence::unlockRank(u.outcome) > licence::unlockRank((*now)->decision));
    std::vector<licence::Context> applied;
    switch (u.kind) {
    case licence::UnlockKind::Tier:
    case licence::UnlockKind::Device:
    case licence::UnlockKind::Date:
        applied.push_back(u.context);
        break;
    case licence::UnlockKind::Territory:
        for (const std::string& code : u.territories) {
            licence::Context c = ctx;
            c.territory = code;
            applied.push_back(c);
        }
        if (u.otherTerritories)
            for (const char* code : {"FR", "BR", "ZA"}) {
                licence::Context c = ctx;
                c.territory = code;
                if (std::find(u.exceptTerritories.begin(), u.exceptTerritories.end(), code) ==
                    u.exceptTerritories.end())
                    applied.push_back(c);
            }
        break;
    case licence::UnlockKind::Purchase:
        break; // checked by the caller against the gate's rights
    }
    for (const licence::Context& c : applied) {
        auto j = judge.judgeIsrc(isrc, c);
        REQUIRE(j.ok());
        REQUIRE(*j);
        CHECK((*j)->decision.verdict == u.outcome.verdict);
        CHECK((*j)->decision.cap == u.outcome.cap);
        CHECK(licence::unlockRank((*j)->decision) == licence::unlockRank(u.outcome));
    }
}

} // namespace

TEST_CASE("Judge::unlock: every alternative over the demo catalogue is true of the judgement",
          "[judgement][unlock]")
{
    test::TempDir dir;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    REQUIRE(demo::installDemoCatalogue(dir / "demo.json", dir / "catalogue.db", now).ok());
    auto judge = judgement::Judge::open(dir.path(), judgement::Judge::Access::ReadOnly);
    REQUIRE(judge.ok());

    std::map<std::string, std::size_t> kinds;
    std::size_t judged = 0;
    std::size_t empty = 0;
    for (const demo::DemoTrack& t : demo::demoSet()) {
        if (t.isrc[0] == '\0')
            continue;
        for (const char* territory : {"CN", "JP", "US"})
            for (catalogue::Tier tier : catalogue::kAllTiers)
                for (auto device : {catalogue::DeviceClass::Desktop, catalogue::DeviceClass::Tv}) {
                    const licence::Context ctx{now, territory, tier, device};
                    auto j = (*judge)->judgeIsrc(t.isrc, ctx);
                    REQUIRE(j.ok());
                    REQUIRE(*j);
                    auto unlocks = (*judge)->unlock(**j, ctx);
                    REQUIRE(unlocks.ok());
                    ++judged;
                    if (unlocks->empty())
                        ++empty;
                    if (licence::unlockRank((*j)->decision) == 3)
                        CHECK(unlocks->empty());
                    for (const licence::Unlock& u : *unlocks) {
                        ++kinds[licence::toString(u.kind)];
                        verify(**judge, t.isrc, ctx, u);
                    }
                }
    }
    CHECK(judged == 8 * 3 * 3 * 2);
    CHECK(kinds["tier"] > 0);      // Studio Master: SVIP plays it in hi-res
    CHECK(kinds["territory"] > 0); // Far Province plays in JP
    CHECK(kinds["device"] > 0);    // VIP on tv: desktop
    CHECK(empty > 0);              // Last Summer ended for good

    // Named demo cases, as the why panel shows them.
    const licence::Context cnVip{now, "CN", catalogue::Tier::Vip, catalogue::DeviceClass::Desktop};
    auto far = (*judge)->judgeIsrc("QZDA82600003", cnVip);
    REQUIRE(far.ok());
    auto farUnlocks = (*judge)->unlock(**far, cnVip);
    REQUIRE(farUnlocks.ok());
    REQUIRE(farUnlocks->size() == 1);
    CHECK(farUnlocks->front().territories == std::vector<std::string>{"JP"});
    auto ended = (*judge)->judgeIsrc("QZDA82600002", cnVip);
    REQUIRE(ended.ok());
    CHECK((*judge)->unlock(**ended, cnVip)->empty());
    auto master = (*judge)->judgeIsrc("QZDA82600004", cnVip);
    REQUIRE(master.ok());
    auto masterUnlocks = (*judge)->unlock(**master, cnVip);
    REQUIRE(masterUnlocks.ok());
    REQUIRE(masterUnlocks->size() == 1);
    CHECK(masterUnlocks->front().text == "SVIP plays it in hi-res");
}

TEST_CASE("Judge::unlock: a purchase offer and a licence that starts later, through the gate",
          "[judgement][unlock]")
{
    test::TempDir dir;
    const json doc{{"format", "accord-catalogue"},
                   {"version", 1},
                   {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
                   {"recordings",
                    {{{"id", "REC-1"}, {"isrc", "GBAAA1700001"}, {"title", "One"}, {"duration", 5}},
                     {{"id", "REC-2"}, {"isrc", "GBAAA1700002"}, {"title", "Two"}, {"duration", 5}}}},
                   {"releases", {{{"id", "REL-1"}, {"title", "Album"}, {"tracks", {"REC-1"}}}}},
                   {"deals",
                    {{{"id", "D-sale"},
                      {"release", "REL-1"},
                      {"licensor", "P"},
                      {"territories", "Worldwide"},
                      {"use_types", {"download"}},
                      {"commercial_models", {"PayAsYouGoModel"}}},
                     {{"id", "D-later"},
                      {"recording", "REC-2"},
                      {"licensor", "P"},
                      {"territories", "Worldwide"},
                      {"start", "2030-01-01"},
                      {"use_types", {"stream"}},
                      {"commercial_models", {"SubscriptionModel"}}}}}};
    std::ofstream(dir / "c.json") << doc.dump();
    {
        auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
        REQUIRE(cat.ok());
        const std::filesystem::path files[] = {dir / "c.json"};
        REQUIRE(catalogue::importCatalogueFiles(*cat, files).ok());
    }
    auto judge = judgement::Judge::open(dir.path(), judgement::Judge::Access::ReadOnly);
    REQUIRE(judge.ok());
    const licence::Context ctx{base::parseIso8601("2026-12-06T00:00:00Z")->instant, "CN",
                               catalogue::Tier::Svip, catalogue::DeviceClass::Desktop};

    auto sale = (*judge)->judgeIsrc("GBAAA1700001", ctx);
    REQUIRE(sale.ok());
    CHECK((*sale)->decision.verdict == licence::Verdict::Blocked);
    auto bought = (*judge)->unlock(**sale, ctx);
    REQUIRE(bought.ok());
    REQUIRE(bought->size() == 1);
    const licence::Unlock& u = bought->front();
    CHECK(u.kind == licence::UnlockKind::Purchase);
    REQUIRE(u.purchase);
    CHECK(u.purchase->scope == catalogue::Scope::Release);
    CHECK(u.offerDeal == "D-sale");
    // The purchase applied to the rights the gate decides from gives what was promised.
    auto rights = licence::LicenceGate::open(dir / "catalogue.db");
    REQUIRE(rights.ok());
    auto r = rights->rights(*(*sale)->identification.recordingId);
    REQUIRE(r.ok());
    r->purchases.push_back(*u.purchase);
    const licence::Decision withPurchase = licence::decide(*r, rights->policy(), ctx);
    CHECK(withPurchase.verdict == licence::Verdict::Playable);
    CHECK(withPurchase.hasReason(licence::reason::kPurchased));
    CHECK(withPurchase.verdict == u.outcome.verdict);

    auto later = (*judge)->judgeIsrc("GBAAA1700002", ctx);
    REQUIRE(later.ok());
    auto dated = (*judge)->unlock(**later, ctx);
    REQUIRE(dated.ok());
    REQUIRE(dated->size() == 1);
    CHECK(dated->front().kind == licence::UnlockKind::Date);
    CHECK(base::formatIso8601(dated->front().context.at) == "2030-01-01T00:00:00Z");
    verify(**judge, "GBAAA1700002", ctx, dated->front());
}

TEST_CASE("Judge::unlock costs little: the why panel's budget", "[judgement][unlock][bench]")
{
    test::TempDir dir;
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    REQUIRE(demo::installDemoCatalogue(dir / "demo.json", dir / "catalogue.db", now).ok());
    auto judge = judgement::Judge::open(dir.path(), judgement::Judge::Access::ReadOnly);
    REQUIRE(judge.ok());
    const licence::Context ctx{now, "CN", catalogue::Tier::Free, catalogue::DeviceClass::Tv};
    auto j = (*judge)->judgeIsrc("QZDA82600003", ctx); // blocked: every kind is searched
    REQUIRE(j.ok());
    constexpr int kRuns = 200;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRuns; ++i)
        REQUIRE((*judge)->unlock(**j, ctx).ok());
    const auto each =
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start) / kRuns;
    WARN("Judge::unlock: " << each.count() << " us per call");
    CHECK(each.count() < 5000.0); // far below a frame: the panel never waits on it
}
