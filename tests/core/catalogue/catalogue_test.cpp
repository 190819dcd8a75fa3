// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/text_normaliser.hpp"
#include "storage/transaction.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string_view>
#include <vector>

using namespace accord;
using namespace accord::catalogue;

namespace {

Recording makeRecording(const std::string& id, const std::string& isrc, const std::string& title)
{
    Recording r;
    r.catalogueId = id;
    r.isrc = isrc;
    r.title = title;
    r.artists = {"Jay Chou", "Lara"};
    r.durationMs = 200000;
    return r;
}

Deal makeDeal(const std::string& key, Scope scope, std::int64_t subject)
{
    Deal d;
    d.dealKey = key;
    d.scope = scope;
    d.subjectId = subject;
    d.territories = TerritorySet::worldwide();
    d.useTypes = bit(UseType::Stream);
    d.commercialModels = {"SubscriptionModel"};
    return d;
}

} // namespace

TEST_CASE("catalogue read API: by ISRC, id, title key, alias, fingerprint", "[catalogue]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    {
        CatalogueWriter w(cat->connection());
        Recording a = makeRecording("R1", "CNA001500001", "晴天 (feat. Someone)");
        a.aliases = {"Qing Tian", "Sunny Day"};
        a.fingerprint = "AQADtEmSJEkSJUkSRUkSRUn";
        a.fingerprintDurationS = 269;
        REQUIRE(w.upsertRecording(a, true).ok());
        REQUIRE(w.upsertRecording(makeRecording("R2", "CNA001500002", "七里香"), true).ok());
    }
    auto byIsrc = cat->findByIsrc("cn-a00-15-00001");
    REQUIRE(byIsrc.ok());
    REQUIRE(byIsrc->has_value());
    CHECK((*byIsrc)->catalogueId == "R1");
    CHECK((*byIsrc)->artists == std::vector<std::string>{"Jay Chou", "Lara"});
    CHECK((*byIsrc)->aliases == std::vector<std::string>{"Qing Tian", "Sunny Day"});
    CHECK((*byIsrc)->durationMs == 200000);
    CHECK(*cat->aliasesOf((*byIsrc)->id) == std::vector<std::string>{"Qing Tian", "Sunny Day"});

    auto byId = cat->findByCatalogueId("R2");
    REQUIRE(byId.ok());
    REQUIRE(byId->has_value());
    CHECK((*byId)->title == "七里香");
    CHECK(cat->aliasesOf((*byId)->id)->empty());
    CHECK(cat->aliasesOf(999999)->empty()); // no such recording: no aliases, not an error
    CHECK_FALSE(cat->findByCatalogueId("nope")->has_value());
    CHECK_FALSE(cat->findByIsrc("not an isrc")->has_value());

    auto byTitle = cat->findByTitleKey(normaliseTitle("晴天"));
    REQUIRE(byTitle.ok());
    REQUIRE(byTitle->size() == 1);
    CHECK(byTitle->front().catalogueId == "R1");
    auto byAlias = cat->findByTitleKey(normaliseTitle("ＳＵＮＮＹ　ＤＡＹ!"));
    REQUIRE(byAlias.ok());
    REQUIRE(byAlias->size() == 1);
    CHECK(byAlias->front().catalogueId == "R1");

    std::vector<FingerprintEntry> fps;
    REQUIRE(cat->forEachFingerprinted([&](const FingerprintEntry& e) {
                   fps.push_back(e);
                   return true;
               })
                .ok());
    REQUIRE(fps.size() == 1);
    CHECK(fps[0].catalogueId == "R1");
    CHECK(fps[0].fingerprint == "AQADtEmSJEkSJUkSRUkSRUn");
    CHECK(fps[0].durationS == 269);
}

TEST_CASE("re-importing a recording by ISRC updates it in place", "[catalogue]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    CatalogueWriter w(cat->connection());
    auto first = w.upsertRecording(makeRecording("R1", "CNA001500001", "Old"), true);
    REQUIRE(first.ok());
    Recording again = makeRecording("R1", "CNA001500001", "New");
    again.aliases = {"Nick"};
    auto second = w.upsertRecording(again, false);
    REQUIRE(second.ok());
    CHECK(*first == *second);
    auto r = cat->findById(*first);
    REQUIRE(r->has_value());
    CHECK((*r)->title == "New");
    CHECK((*r)->aliases == std::vector<std::string>{"Nick"});
    CHECK(cat->stats()->recordings == 1);
}

TEST_CASE("rights gathers recording and release deals, parents, takedowns, purchases", "[catalogue]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    CatalogueWriter w(cat->connection());
    const auto r1 = *w.upsertRecording(makeRecording("R1", "CNA001500001", "One"), true);
    const auto r2 = *w.upsertRecording(makeRecording("R2", "CNA001500002", "Two"), true);
    Release album;
    album.releaseKey = "A1";
    album.icpn = "0123456789012";
    album.title = "Album";
    album.trackRecordingIds = {r1, r2};
    const auto a1 = *w.upsertRelease(album);
    const auto parent = *w.upsertDeal(makeDeal("D-album", Scope::Release, a1), "test");
    Deal sub = makeDeal("D-sub", Scope::Recording, r1);
    sub.parentId = parent;
    REQUIRE(w.upsertDeal(sub, "test").ok());
    REQUIRE(w.upsertDeal(makeDeal("D-other", Scope::Recording, r2), "test").ok());
    Takedown t;
    t.takedownKey = "T1";
    t.scope = Scope::Release;
    t.subjectId = a1;
    t.territories = *TerritorySet::parse("CN");
    t.effective = base::Instant(std::chrono::seconds(1446336000));
    t.notice = "2015-NCAC-0042";
    REQUIRE(w.upsertTakedown(t, "test").ok());
    REQUIRE(w.addPurchase(Purchase{0, Scope::Recording, r1, std::nullopt}).ok());

    auto rights = cat->rights(r1);
    REQUIRE(rights.ok());
    std::vector<std::string> keys;
    for (const Deal& d : rights->deals)
        keys.push_back(d.dealKey);
    std::sort(keys.begin(), keys.end());
    CHECK(keys == std::vector<std::string>{"D-album", "D-sub"});
    REQUIRE(rights->takedowns.size() == 1);
    CHECK(rights->takedowns[0].notice == "2015-NCAC-0042");
    CHECK(rights->takedowns[0].territories.covers("CN"));
    CHECK(rights->purchases.size() == 1);

    auto rights2 = cat->rights(r2);
    REQUIRE(rights2.ok());
    CHECK(rights2->deals.size() == 2);
    CHECK(rights2->purchases.empty());

    // A new DDEX message for the album replaces its deals; the sublicence dies with its parent.
    REQUIRE(w.removeReleaseDeals(a1).ok());
    CHECK(cat->rights(r1)->deals.empty());
    CHECK(cat->stats()->deals == 1);
}

TEST_CASE("tier policy round-trips through the catalogue", "[catalogue]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    auto defaults = cat->tierPolicy();
    REQUIRE(defaults.ok());
    CHECK(defaults->previewLength == std::chrono::seconds(30));
    CHECK(defaults->rule(Tier::Svip).cap == ResolutionCap::Hires);
    CHECK(defaults->rule(Tier::Free).allowsModel("AdvertisementSupportedModel"));
    CHECK_FALSE(defaults->rule(Tier::Free).allowsModel("SubscriptionModel"));

    TierPolicy p = *defaults;
    p.previewLength = std::chrono::seconds(45);
    p.utcOffsetSeconds = 8 * 3600;
    p.unidentifiedPlayable = false;
    p.rule(Tier::Vip).devices = {DeviceClass::Desktop, DeviceClass::Tv};
    CatalogueWriter w(cat->connection());
    REQUIRE(w.setPolicy(p).ok());
    auto back = cat->tierPolicy();
    REQUIRE(back.ok());
    CHECK(back->previewLength == std::chrono::seconds(45));
    CHECK(back->utcOffsetSeconds == 8 * 3600);
    CHECK_FALSE(back->unidentifiedPlayable);
    CHECK(back->rule(Tier::Vip).allowsDevice(DeviceClass::Tv));
    CHECK_FALSE(back->rule(Tier::Vip).allowsDevice(DeviceClass::Car));
}

TEST_CASE("catalogue ids to row ids in one batch: findByCatalogueId's ids, in the caller's order",
          "[catalogue]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    {
        CatalogueWriter w(cat->connection());
        for (int i = 0; i < 50; ++i) {
            char isrc[32];
            std::snprintf(isrc, sizeof isrc, "CNB0115%05d", i);
            REQUIRE(w.upsertRecording(
                         makeRecording("R" + std::to_string(i), isrc, "Title " + std::to_string(i)), true)
                        .ok());
        }
    }
    // Unsorted, with repeats, an empty id and ids no recording has.
    const std::vector<std::string> names = {"R7", "R3", "", "nope", "R7", "R49", "R0", "R10", "r3", "R3"};
    const std::vector<std::string_view> ids(names.begin(), names.end());
    auto rows = cat->recordingIdsByCatalogueIds(ids);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO(names[i]);
        auto one = cat->findByCatalogueId(ids[i]);
        REQUIRE(one.ok());
        if (ids[i].empty()) {
            CHECK_FALSE((*rows)[i].has_value());
            continue;
        }
        REQUIRE(one->has_value() == (*rows)[i].has_value());
        if (*one)
            CHECK((*one)->id == *(*rows)[i]);
    }
    CHECK((*rows)[0] == (*rows)[4]);
    CHECK_FALSE((*rows)[3].has_value());
    CHECK_FALSE((*rows)[8].has_value()); // catalogue ids are exact
    CHECK(cat->recordingIdsByCatalogueIds({})->empty());
    // The batch's read transaction is over: the connection writes again.
    CatalogueWriter w(cat->connection());
    CHECK(w.upsertRecording(makeRecording("R50", "CNB011500050", "Later"), true).ok());
}
