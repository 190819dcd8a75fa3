// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/catalogue_importer.hpp"
#include "catalogue/model/text_normaliser.hpp"
#include "import_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;
using licence::Verdict;

namespace {

std::vector<std::string> codes(const licence::Decision& d)
{
    std::vector<std::string> out;
    for (const auto& r : d.reasons)
        out.push_back(r.code);
    return out;
}

} // namespace

TEST_CASE("DDEX ERN 3.8.2: resources, release, deals", "[catalogue][ddex]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {test::catalogueData("ern382_album.xml")};
    auto reports = importCatalogueFiles(*cat, files);
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 1);
    const ImportReport& r = reports->front();
    CHECK(r.format == "ddex-ern-3");
    CHECK(r.recordings == 2);
    CHECK(r.releases == 1);
    CHECK(r.deals == 2);
    CHECK(r.dealsIgnored == 1);
    CHECK(r.parties == 2);

    auto sunny = cat->findByIsrc("CNA001500001");
    REQUIRE(sunny.ok());
    REQUIRE(sunny->has_value());
    CHECK((*sunny)->title == "Sunny Day");
    CHECK((*sunny)->durationMs == 200000);
    CHECK((*sunny)->artists == std::vector<std::string>{"Jay Chou"});
    CHECK((*sunny)->aliases == std::vector<std::string>{"晴天"});
    auto byAlias = cat->findByTitleKey(normaliseTitle("晴天"));
    REQUIRE(byAlias.ok());
    REQUIRE(byAlias->size() == 1);
    CHECK(byAlias->front().isrc == "CNA001500001");
    auto jasmine = cat->findByIsrc("CNA001500002");
    REQUIRE(jasmine->has_value());
    CHECK((*jasmine)->artists == std::vector<std::string>{"Jay Chou"});

    auto inWindow = test::decideAt(*cat, "CNA001500001", "CN", Tier::Vip, "2015-06-01T00:00:00Z");
    CHECK(inWindow.verdict == Verdict::Playable);
    REQUIRE(inWindow.validUntil.has_value());
    CHECK(base::formatIso8601(*inWindow.validUntil) == "2015-11-01T00:00:00Z");
    auto ended = test::decideAt(*cat, "CNA001500001", "CN", Tier::Vip, "2015-11-01T00:00:00Z");
    CHECK(ended.verdict == Verdict::Blocked);
    REQUIRE_FALSE(ended.reasons.empty());
    CHECK(ended.reasons[0].text == "Licence ended 2015-10-31");
    auto freeGb = test::decideAt(*cat, "CNA001500002", "GB", Tier::Free, "2016-01-01T00:00:00Z");
    CHECK(freeGb.verdict == Verdict::Playable);
    auto freeCn = test::decideAt(*cat, "CNA001500002", "CN", Tier::Free, "2015-06-01T00:00:00Z");
    // Issue 13 item 7: the subscription-only deal grants no preview use, so the free tier gets nothing (this
    // expected a preview before: that was the bug).
    CHECK(freeCn.verdict == Verdict::Blocked);
    CHECK(codes(freeCn) == std::vector<std::string>{"tier_insufficient"});
}

TEST_CASE("DDEX: a new message replaces the release's deals, a 3.x TakeDown becomes a takedown",
          "[catalogue][ddex]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::filesystem::path first[] = {test::catalogueData("ern382_album.xml")};
    REQUIRE(importCatalogueFiles(*cat, first).ok());
    const std::filesystem::path second[] = {test::catalogueData("ern382_takedown.xml")};
    auto reports = importCatalogueFiles(*cat, second);
    REQUIRE(reports.ok());
    CHECK(reports->front().deals == 1);
    CHECK(reports->front().takedowns == 1);
    auto stats = cat->stats();
    CHECK(stats->deals == 1); // the two earlier deals are gone
    CHECK(stats->takedowns == 1);
    CHECK(stats->recordings == 2);

    // Free tier in GB: the ad-supported deal was replaced by a subscription-only one.
    auto gb = test::decideAt(*cat, "CNA001500001", "GB", Tier::Free, "2015-12-01T00:00:00Z");
    CHECK(gb.verdict == Verdict::Blocked); // no preview use granted (issue 13 item 7; was Preview)
    CHECK(gb.hasReason("tier_insufficient"));
    auto cnBefore = test::decideAt(*cat, "CNA001500001", "CN", Tier::Vip, "2015-10-31T23:59:59Z");
    CHECK(cnBefore.verdict == Verdict::Playable);
    CHECK(base::formatIso8601(*cnBefore.validUntil) == "2015-11-01T00:00:00Z");
    auto cn = test::decideAt(*cat, "CNA001500002", "CN", Tier::Svip, "2015-11-02T00:00:00Z");
    CHECK(cn.verdict == Verdict::Blocked);
    REQUIRE(cn.reasons.size() == 1);
    CHECK(cn.reasons[0].code == "taken_down");
    CHECK(cn.reasons[0].text == "Taken down 2015-11-01, notice 2015-NCAC-0042");

    // Importing the first message again brings its deals back and drops the DDEX takedown.
    REQUIRE(importCatalogueFiles(*cat, first).ok());
    CHECK(cat->stats()->deals == 2);
    CHECK(cat->stats()->takedowns == 0);
}

TEST_CASE("DDEX ERN 4.3: editions, display titles, party list, resource groups", "[catalogue][ddex]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {test::catalogueData("ern43_single.xml")};
    auto reports = importCatalogueFiles(*cat, files);
    REQUIRE(reports.ok());
    CHECK(reports->front().format == "ddex-ern-4");
    CHECK(reports->front().deals == 2);
    auto kite = cat->findByIsrc("TWK011600001");
    REQUIRE(kite.ok());
    REQUIRE(kite->has_value());
    CHECK((*kite)->title == "Paper Kite (feat. Mei)");
    CHECK((*kite)->aliases == std::vector<std::string>{"Paper Kite"});
    CHECK((*kite)->artists == std::vector<std::string>{"Lin Kite"});
    CHECK((*kite)->durationMs == 178500);
    CHECK(cat->findByTitleKey("paper kite")->size() == 1);

    // StartDateTime with +08:00 is an exact instant.
    auto early = test::decideAt(*cat, "TWK011600001", "TW", Tier::Vip, "2016-02-29T15:59:59Z");
    CHECK(early.verdict == Verdict::Blocked);
    // Both deals (TW stream, worldwide clip) have not started: both reasons are given.
    CHECK(codes(early) == std::vector<std::string>{"licence_not_started", "licence_not_started"});
    CHECK(early.reasons[0].text == "Licence starts 2016-02-29T16:00:00Z");
    CHECK(early.reasons[1].text == "Licence starts 2016-03-01");
    CHECK(base::formatIso8601(*early.validUntil) == "2016-02-29T16:00:00Z");
    auto started = test::decideAt(*cat, "TWK011600001", "TW", Tier::Vip, "2016-02-29T16:00:00Z");
    CHECK(started.verdict == Verdict::Playable);
    auto clip = test::decideAt(*cat, "TWK011600001", "GB", Tier::Vip, "2016-03-02T00:00:00Z");
    CHECK(clip.verdict == Verdict::Preview);
    CHECK(clip.hasReason("preview_only"));
}

TEST_CASE("DDEX errors name the file, line and field", "[catalogue][ddex]")
{
    test::TempDir dir;
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<NewReleaseMessage MessageSchemaVersionId=\"ern/382\">\n"
        "<ResourceList>\n<SoundRecording>\n<ResourceReference>A1</ResourceReference>\n"
        "<ReferenceTitle><TitleText>x</TitleText></ReferenceTitle>\n</SoundRecording>\n"
        "</ResourceList>\n</NewReleaseMessage>\n";
    test::writeFile(dir / "no_isrc.xml", xml);
    auto cat = Catalogue::open(":memory:");
    const std::filesystem::path files[] = {dir / "no_isrc.xml"};
    auto r = importCatalogueFiles(*cat, files);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == (dir / "no_isrc.xml").string());
    CHECK(r.error().line == 4);
    CHECK(r.error().field == "SoundRecording/SoundRecordingId/ISRC");

    test::writeFile(
        dir / "bad_date.xml",
        "<NewReleaseMessage><ResourceList/><ReleaseList><Release><ReleaseId><ICPN>1</ICPN></ReleaseId>"
        "<ReleaseReference>R0</ReleaseReference></Release></ReleaseList><DealList>\n<ReleaseDeal>"
        "<DealReleaseReference>R0</DealReleaseReference>\n<Deal><DealTerms><TerritoryCode>CN</TerritoryCode>"
        "<Usage><UseType>Stream</UseType></Usage><ValidityPeriod><StartDate>2015-02-30</StartDate>"
        "</ValidityPeriod></DealTerms></Deal></ReleaseDeal></DealList></NewReleaseMessage>");
    const std::filesystem::path bad[] = {dir / "bad_date.xml"};
    auto d = importCatalogueFiles(*cat, bad);
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().line == 3);
    CHECK(d.error().field == "ValidityPeriod/StartDate");
    CHECK(d.error().describe().find("bad_date.xml:3") != std::string::npos);
}
