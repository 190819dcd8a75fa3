// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// DDEX DealTerms read as the ERN schemas allow them (issue 13, items 1-6 and 8): every message here is
// written for the test.
#include "catalogue/import/catalogue_importer.hpp"
#include "catalogue/model/text_normaliser.hpp"
#include "import_fixtures.hpp"
#include "licence/decide.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;
using licence::Verdict;

namespace {

constexpr const char* kIsrc = "QZTST2000001";

// An ERN 3.8.2 NewReleaseMessage: one recording (kIsrc) on release R0 (ICPN 4000000000001), with these
// <Deal> elements in its ReleaseDeal.
std::string ern382(const std::string& deals, const std::string& title = "Tide Line")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<ern:NewReleaseMessage xmlns:ern=\"http://ddex.net/xml/ern/382\" "
           "MessageSchemaVersionId=\"ern/382\">\n"
           "<MessageHeader><MessageId>T-1</MessageId>\n"
           "<MessageSender><PartyId>PADPIDA0TEST1</PartyId><PartyName><FullName>Test Label</FullName>"
           "</PartyName></MessageSender>\n"
           "<MessageCreatedDateTime>2019-01-01T00:00:00Z</MessageCreatedDateTime></MessageHeader>\n"
           "<ResourceList><SoundRecording><SoundRecordingId><ISRC>" +
           std::string(kIsrc) +
           "</ISRC></SoundRecordingId>\n"
           "<ResourceReference>A1</ResourceReference><ReferenceTitle><TitleText>" +
           title +
           "</TitleText></ReferenceTitle>"
           "</SoundRecording></ResourceList>\n"
           "<ReleaseList><Release><ReleaseId><ICPN>4000000000001</ICPN></ReleaseId>"
           "<ReleaseReference>R0</ReleaseReference><ReferenceTitle><TitleText>Tide</TitleText></"
           "ReferenceTitle>"
           "<ReleaseResourceReferenceList><ReleaseResourceReference>A1</ReleaseResourceReference>"
           "</ReleaseResourceReferenceList></Release></ReleaseList>\n"
           "<DealList><ReleaseDeal><DealReleaseReference>R0</DealReleaseReference>\n" +
           deals + "</ReleaseDeal></DealList>\n</ern:NewReleaseMessage>\n";
}

// One <Deal>: the DealTerms children given (each on its own line, so errors have distinct lines).
std::string dealWith(const std::string& termsChildren)
{
    return "<Deal><DealTerms>\n" + termsChildren + "</DealTerms></Deal>\n";
}

std::string streamDeal(const std::string& territories, const std::string& periods,
                       const std::string& uses = "<UseType>OnDemandStream</UseType>")
{
    return dealWith("<CommercialModelType>SubscriptionModel</CommercialModelType>\n<Usage>" + uses +
                    "</Usage>\n" + territories + "\n" + periods + "\n");
}

base::Result<std::vector<ImportReport>> importText(Catalogue& cat, const test::TempDir& dir,
                                                   const std::string& name, const std::string& text)
{
    test::writeFile(dir / name, text);
    const std::filesystem::path files[] = {dir / name};
    return importCatalogueFiles(cat, files);
}

std::vector<std::string> codes(const licence::Decision& d)
{
    std::vector<std::string> out;
    for (const auto& r : d.reasons)
        out.push_back(r.code);
    return out;
}

// UTF-8 to UTF-16 (little or big endian), optionally with a byte-order mark.
std::string utf16(const std::string& utf8, bool littleEndian, bool bom)
{
    std::string out;
    const auto unit = [&](std::uint32_t u) {
        const char hi = static_cast<char>((u >> 8) & 0xFF);
        const char lo = static_cast<char>(u & 0xFF);
        out += littleEndian ? std::string{lo, hi} : std::string{hi, lo};
    };
    if (bom)
        unit(0xFEFF);
    for (size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        std::uint32_t cp = 0;
        size_t n = 1;
        if (b < 0x80) {
            cp = b;
        } else if ((b & 0xE0) == 0xC0) {
            cp = b & 0x1Fu;
            n = 2;
        } else if ((b & 0xF0) == 0xE0) {
            cp = b & 0x0Fu;
            n = 3;
        } else {
            cp = b & 0x07u;
            n = 4;
        }
        for (size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        i += n;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            unit(0xD800 + (cp >> 10));
            unit(0xDC00 + (cp & 0x3FF));
        } else {
            unit(cp);
        }
    }
    return out;
}

} // namespace

TEST_CASE("DDEX 3.x AllDealsCancelled ends the release's deals in its territories", "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string open = streamDeal("<TerritoryCode>Worldwide</TerritoryCode>",
                                        "<ValidityPeriod><StartDate>2019-01-01</StartDate></ValidityPeriod>");
    REQUIRE(importText(*cat, dir, "grant.xml", ern382(open)).ok());
    CHECK(test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2020-03-01T00:00:00Z").verdict == Verdict::Playable);

    SECTION("a cancellation alone: nothing plays there any more (it was stored as an active deal)")
    {
        const std::string cancel =
            dealWith("<AllDealsCancelled>true</AllDealsCancelled>\n"
                     "<TerritoryCode>CN</TerritoryCode>\n"
                     "<ValidityPeriod><StartDate>2020-01-01</StartDate></ValidityPeriod>\n");
        auto r = importText(*cat, dir, "cancel.xml", ern382(cancel));
        REQUIRE(r.ok());
        CHECK(r->front().deals == 0);
        CHECK(r->front().dealsCancelled == 1);
        const auto d = test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2020-03-01T00:00:00Z");
        CHECK(d.verdict == Verdict::Blocked);
        CHECK(codes(d) == std::vector<std::string>{"no_deal"});
    }
    SECTION(
        "with a deal in the same message: it ends at the cancellation's start there, elsewhere it runs on")
    {
        const std::string cancel =
            dealWith("<AllDealsCancelled>true</AllDealsCancelled>\n"
                     "<TerritoryCode>CN</TerritoryCode>\n"
                     "<ValidityPeriod><StartDate>2020-06-01</StartDate></ValidityPeriod>\n");
        auto r = importText(*cat, dir, "both.xml", ern382(cancel + open));
        REQUIRE(r.ok());
        CHECK(r->front().dealsCancelled == 1);
        CHECK(test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2020-05-31T23:59:59Z").verdict ==
              Verdict::Playable);
        const auto cn = test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2020-06-01T00:00:00Z");
        CHECK(cn.verdict == Verdict::Blocked);
        CHECK(cn.hasReason("licence_ended"));
        CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2021-01-01T00:00:00Z").verdict ==
              Verdict::Playable);
    }
    SECTION("without a start: cancelled there from now on")
    {
        const std::string cancel =
            dealWith("<AllDealsCancelled>true</AllDealsCancelled>\n"
                     "<TerritoryCode>CN</TerritoryCode><TerritoryCode>HK</TerritoryCode>\n");
        REQUIRE(importText(*cat, dir, "now.xml", ern382(open + cancel)).ok());
        CHECK(test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2019-03-01T00:00:00Z").verdict ==
              Verdict::Blocked);
        CHECK(test::decideAt(*cat, kIsrc, "HK", Tier::Vip, "2019-03-01T00:00:00Z").verdict ==
              Verdict::Blocked);
        CHECK(test::decideAt(*cat, kIsrc, "TW", Tier::Vip, "2019-03-01T00:00:00Z").verdict ==
              Verdict::Playable);
    }
}

TEST_CASE("DDEX UseTypes: radio-style uses grant no on-demand play and are counted", "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string period = "<ValidityPeriod><StartDate>2019-01-01</StartDate></ValidityPeriod>";
    auto r = importText(*cat, dir, "radio.xml",
                        ern382(streamDeal("<TerritoryCode>Worldwide</TerritoryCode>", period,
                                          "<UseType>NonInteractiveStream</UseType>")));
    REQUIRE(r.ok());
    CHECK(r->front().deals == 0);
    CHECK(r->front().dealsIgnored == 1);
    CHECK(r->front().useTypesIgnored == 1);
    const auto d = test::decideAt(*cat, kIsrc, "GB", Tier::Svip, "2020-01-01T00:00:00Z");
    CHECK(d.verdict == Verdict::Blocked);
    CHECK(codes(d) == std::vector<std::string>{"no_deal"});

    r = importText(
        *cat, dir, "mixed.xml",
        ern382(streamDeal("<TerritoryCode>Worldwide</TerritoryCode>", period,
                          "<UseType>NonInteractiveStream</UseType><UseType>TetheredDownload</UseType>"
                          "<UseType>Webcast</UseType>")));
    REQUIRE(r.ok());
    CHECK(r->front().deals == 1);
    CHECK(r->front().useTypesIgnored == 2);
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Svip, "2020-01-01T00:00:00Z").verdict == Verdict::Playable);
}

TEST_CASE("DDEX: every ValidityPeriod is kept, the deal is valid in any of them", "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string periods =
        "<ValidityPeriod><StartDate>2019-01-01</StartDate><EndDate>2019-12-31</EndDate>"
        "</ValidityPeriod>\n<ValidityPeriod><StartDate>2021-01-01</StartDate>"
        "<EndDate>2021-12-31</EndDate></ValidityPeriod>";
    auto r =
        importText(*cat, dir, "two.xml", ern382(streamDeal("<TerritoryCode>GB</TerritoryCode>", periods)));
    REQUIRE(r.ok());
    CHECK(r->front().deals == 2); // one row per period
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2019-06-01T00:00:00Z").verdict == Verdict::Playable);
    const auto gap = test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2020-06-01T00:00:00Z");
    CHECK(gap.verdict == Verdict::Blocked);
    REQUIRE(gap.validUntil.has_value());
    CHECK(base::formatIso8601(*gap.validUntil) == "2021-01-01T00:00:00Z");
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2021-06-01T00:00:00Z").verdict == Verdict::Playable);
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2022-01-01T00:00:00Z").verdict == Verdict::Blocked);
}

TEST_CASE("DDEX: only ExcludedTerritoryCode means everywhere except those", "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    auto r = importText(
        *cat, dir, "excl.xml",
        ern382(streamDeal("<ExcludedTerritoryCode>CN</ExcludedTerritoryCode><ExcludedTerritoryCode>KP"
                          "</ExcludedTerritoryCode>",
                          "<ValidityPeriod><StartDate>2019-01-01</StartDate></ValidityPeriod>")));
    REQUIRE(r.ok());
    CHECK(r->front().deals == 1);
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2020-01-01T00:00:00Z").verdict == Verdict::Playable);
    CHECK(test::decideAt(*cat, kIsrc, "BR", Tier::Vip, "2020-01-01T00:00:00Z").verdict == Verdict::Playable);
    const auto cn = test::decideAt(*cat, kIsrc, "CN", Tier::Vip, "2020-01-01T00:00:00Z");
    CHECK(cn.verdict == Verdict::Blocked);
    CHECK(codes(cn) == std::vector<std::string>{"territory_not_licensed"});

    auto none = importText(
        *cat, dir, "none.xml",
        ern382(streamDeal("", "<ValidityPeriod><StartDate>2019-01-01</StartDate></ValidityPeriod>")));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == "DealTerms/TerritoryCode");
}

TEST_CASE("DDEX 4.x: a recording with only a ProprietaryId is keyed by it (DjMix supplements)",
          "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ern:NewReleaseMessage xmlns:ern=\"http://ddex.net/xml/ern/411\" "
        "MessageSchemaVersionId=\"ern/411\">\n"
        "<MessageHeader><MessageId>T-4</MessageId><MessageSender><PartyId>PADPIDA0TEST1</PartyId>"
        "<PartyName><FullName>Test Label</FullName></PartyName></MessageSender></MessageHeader>\n"
        "<PartyList><Party><PartyReference>P1</PartyReference><PartyName><FullName>Night Ferry</FullName>"
        "</PartyName></Party></PartyList>\n"
        "<ResourceList>\n"
        "<SoundRecording><ResourceReference>A1</ResourceReference><ResourceId><ISRC>QZTST2000010</ISRC>"
        "</ResourceId><DisplayTitleText>Harbour Mix</DisplayTitleText></SoundRecording>\n"
        "<SoundRecording><ResourceReference>A2</ResourceReference><ResourceId>"
        "<ProprietaryId Namespace=\"DPID:PADPIDA0TEST1\">SUPP-0042</ProprietaryId></ResourceId>"
        "<DisplayTitleText>Deep Current</DisplayTitleText><DisplayArtist><ArtistPartyReference>P1"
        "</ArtistPartyReference></DisplayArtist></SoundRecording>\n"
        "</ResourceList>\n"
        "<ReleaseList><Release><ReleaseReference>R0</ReleaseReference><ReleaseId><ICPN>4000000000002</ICPN>"
        "</ReleaseId><DisplayTitleText>Harbour Mix</DisplayTitleText><ResourceGroup>"
        "<ResourceGroupContentItem><ReleaseResourceReference>A1</ReleaseResourceReference>"
        "</ResourceGroupContentItem><ResourceGroupContentItem><ReleaseResourceReference>A2"
        "</ReleaseResourceReference></ResourceGroupContentItem></ResourceGroup></Release></ReleaseList>\n"
        "<DealList><ReleaseDeal><DealReleaseReference>R0</DealReleaseReference><Deal><DealTerms>"
        "<TerritoryCode>Worldwide</TerritoryCode><ValidityPeriod><StartDate>2019-01-01</StartDate>"
        "</ValidityPeriod><CommercialModelType>SubscriptionModel</CommercialModelType>"
        "<UseType>OnDemandStream</UseType></DealTerms></Deal></ReleaseDeal></DealList>\n"
        "</ern:NewReleaseMessage>\n";
    auto r = importText(*cat, dir, "djmix.xml", xml);
    REQUIRE(r.ok());
    CHECK(r->front().recordings == 2);
    auto supp = cat->findByCatalogueId("prop:DPID:PADPIDA0TEST1:SUPP-0042");
    REQUIRE(supp.ok());
    REQUIRE(supp->has_value());
    CHECK_FALSE((*supp)->isrc.has_value());
    CHECK((*supp)->artists == std::vector<std::string>{"Night Ferry"});
    // Identification finds it by title (it has no ISRC to match), and its release's deal applies.
    auto byTitle = cat->findByTitleKey(normaliseTitle("Deep Current"));
    REQUIRE(byTitle.ok());
    REQUIRE(byTitle->size() == 1);
    CHECK(byTitle->front().id == (*supp)->id);
    auto rights = cat->rights((*supp)->id);
    REQUIRE(rights.ok());
    licence::Context ctx;
    ctx.at = base::parseIso8601("2020-01-01T00:00:00Z")->instant;
    ctx.territory = "GB";
    ctx.tier = Tier::Vip;
    CHECK(licence::decide(*rights, TierPolicy::defaults(), ctx).verdict == Verdict::Playable);
    // Importing the same message again updates the same row (keyed by the proprietary id).
    REQUIRE(importText(*cat, dir, "djmix.xml", xml).ok());
    CHECK(cat->stats()->recordings == 2);

    auto none = importText(*cat, dir, "noid.xml",
                           "<NewReleaseMessage><ResourceList>\n<SoundRecording><ResourceReference>A1"
                           "</ResourceReference><DisplayTitleText>x</DisplayTitleText></SoundRecording>"
                           "</ResourceList></NewReleaseMessage>");
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().line == 2);
}

TEST_CASE("DDEX: UTF-16 messages are read, and a PurgeReleaseMessage removes the release deals",
          "[catalogue][ddex]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string deal = streamDeal("<TerritoryCode>Worldwide</TerritoryCode>",
                                        "<ValidityPeriod><StartDate>2019-01-01</StartDate></ValidityPeriod>");
    std::string text = ern382(deal, "Tide Line 潮汐");
    text.replace(text.find("UTF-8"), 5, "UTF-16");
    SECTION("little endian with a byte-order mark")
    {
        REQUIRE(importText(*cat, dir, "le.xml", utf16(text, true, true)).ok());
    }
    SECTION("big endian, no byte-order mark (the XML declaration says it)")
    {
        REQUIRE(importText(*cat, dir, "be.xml", utf16(text, false, false)).ok());
    }
    auto rec = cat->findByIsrc(kIsrc);
    REQUIRE(rec.ok());
    REQUIRE(rec->has_value());
    CHECK((*rec)->title == "Tide Line 潮汐");
    CHECK(test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2020-01-01T00:00:00Z").verdict == Verdict::Playable);

    auto json = importText(*cat, dir, "cat.json", utf16("{\"format\": \"accord-catalogue\"}", true, true));
    REQUIRE_FALSE(json.ok());
    CHECK(json.error().message.find("UTF-16 JSON") != std::string::npos);

    const std::string purge =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ern:PurgeReleaseMessage xmlns:ern=\"http://ddex.net/xml/ern/382\" "
        "MessageSchemaVersionId=\"ern/382\">\n"
        "<MessageHeader><MessageId>T-P</MessageId></MessageHeader>\n"
        "<PurgedRelease><ReleaseId><ICPN>4000000000001</ICPN></ReleaseId><Title><TitleText>Tide</TitleText>"
        "</Title></PurgedRelease>\n</ern:PurgeReleaseMessage>\n";
    auto p = importText(*cat, dir, "purge.xml", purge);
    REQUIRE(p.ok());
    CHECK(p->front().releasesPurged == 1);
    const auto gone = test::decideAt(*cat, kIsrc, "GB", Tier::Vip, "2020-01-01T00:00:00Z");
    CHECK(gone.verdict == Verdict::Blocked);
    CHECK(codes(gone) == std::vector<std::string>{"no_deal"});
    CHECK(cat->findByIsrc(kIsrc)->has_value()); // the recording stays, for identification
}

TEST_CASE("Empty dates and duplicate deal ids are refused with file, line and field",
          "[catalogue][ddex][json]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::string before = test::dumpCatalogue(*cat);

    auto emptyEnd = importText(
        *cat, dir, "end.xml",
        ern382(streamDeal(
            "<TerritoryCode>GB</TerritoryCode>",
            "<ValidityPeriod>\n<StartDate>2019-01-01</StartDate>\n<EndDate/>\n</ValidityPeriod>")));
    REQUIRE_FALSE(emptyEnd.ok());
    CHECK(emptyEnd.error().field == "ValidityPeriod/EndDate");
    CHECK(emptyEnd.error().line == 16);
    CHECK(emptyEnd.error().describe().find("end.xml:16") != std::string::npos);

    auto emptyStart = importText(*cat, dir, "start.xml",
                                 ern382(streamDeal("<TerritoryCode>GB</TerritoryCode>",
                                                   "<ValidityPeriod><StartDate></StartDate>"
                                                   "<EndDate>2020-01-01</EndDate></ValidityPeriod>")));
    REQUIRE_FALSE(emptyStart.ok());
    CHECK(emptyStart.error().field == "ValidityPeriod/StartDate");

    const auto jsonWith = [](const std::string& deals) {
        return "{\"format\": \"accord-catalogue\", \"version\": 1,\n"
               "\"recordings\": [{\"id\": \"R1\", \"isrc\": \"QZTST2000001\", \"title\": \"Tide\"}],\n"
               "\"deals\": [\n" +
               deals + "]}\n";
    };
    const std::string a = "{\"id\": \"D1\", \"recording\": \"R1\", \"territories\": \"Worldwide\", "
                          "\"use_types\": [\"stream\"], \"commercial_models\": [\"SubscriptionModel\"]";
    for (const char* bad : {"\"\"", "null"}) {
        auto e = importText(*cat, dir, "end.json",
                            jsonWith(a + ", \"start\": \"2019-01-01\", \"end\": " + bad + "}\n"));
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().field == "/deals/0/end");
        CHECK(e.error().line == 4);
        auto s = importText(*cat, dir, "start.json", jsonWith(a + ", \"start\": " + bad + "}\n"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == "/deals/0/start");
    }
    auto dup = importText(*cat, dir, "dup.json", jsonWith(a + "},\n" + a + ", \"end\": \"2019-12-31\"}\n"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().field == "/deals/1/id");
    CHECK(dup.error().line == 5);
    CHECK(dup.error().message.find("duplicate deal id 'D1'") != std::string::npos);
    CHECK(test::dumpCatalogue(*cat) == before);
}

TEST_CASE("The preview policy is stored, defaults to 'a preview needs a preview use', and JSON sets it",
          "[catalogue][json]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    CHECK_FALSE(cat->tierPolicy()->previewWithoutPreviewUse);
    REQUIRE(importText(*cat, dir, "p.json",
                       "{\"format\": \"accord-catalogue\", \"version\": 1,"
                       " \"policy\": {\"preview_without_preview_use\": true}}")
                .ok());
    CHECK(cat->tierPolicy()->previewWithoutPreviewUse);
    auto bad = importText(*cat, dir, "q.json",
                          "{\"format\": \"accord-catalogue\", \"version\": 1,"
                          " \"policy\": {\"preview_without_preview_use\": \"yes\"}}");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == "/policy/preview_without_preview_use");
}

TEST_CASE("Opening read-only names what is wrong with a file that is no catalogue", "[catalogue]")
{
    test::TempDir dir;
    test::writeFile(dir / "empty.db", "");
    auto empty = Catalogue::open(dir / "empty.db", storage::Connection::Mode::ReadOnly);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.find("no catalogue here yet") != std::string::npos);
    CHECK(empty.error().message.find("schema version 0") == std::string::npos);
    {
        auto other = storage::Connection::open(dir / "other.db");
        REQUIRE(other.ok());
        REQUIRE(other->exec("CREATE TABLE t(x)").ok());
    }
    auto other = Catalogue::open(dir / "other.db", storage::Connection::Mode::ReadOnly);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.find("not an Accord catalogue, or a damaged one") != std::string::npos);
    test::writeFile(dir / "junk.db", std::string(8192, 'x'));
    auto junk = Catalogue::open(dir / "junk.db", storage::Connection::Mode::ReadOnly);
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().message.find("schema version 0") == std::string::npos);
}
