// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/catalogue_importer.hpp"
#include "catalogue/model/fingerprint_terms.hpp"
#include "import_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;
using licence::Verdict;

TEST_CASE("Accord JSON: policy, aliases, fingerprints, sublicence, takedown, purchase", "[catalogue][json]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {test::catalogueData("accord_catalogue.json")};
    auto reports = importCatalogueFiles(*cat, files);
    REQUIRE(reports.ok());
    const ImportReport& r = reports->front();
    CHECK(r.format == "accord-json");
    CHECK(r.policy);
    CHECK(r.recordings == 2);
    CHECK(r.releases == 1);
    CHECK(r.deals == 2);
    CHECK(r.takedowns == 1);
    CHECK(r.purchases == 1);

    auto policy = cat->tierPolicy();
    CHECK(policy->utcOffsetSeconds == 8 * 3600);
    CHECK_FALSE(policy->unidentifiedPlayable);
    auto porcelain = cat->findByCatalogueId("ACC-0001");
    REQUIRE(porcelain->has_value());
    CHECK((*porcelain)->aliases == std::vector<std::string>{"青花瓷", "Qing Hua Ci"});
    // A real Chromaprint fingerprint (the importer refuses one that does not decode).
    REQUIRE((*porcelain)->fingerprint.has_value());
    CHECK((*porcelain)->fingerprint->starts_with("AQAA"));
    CHECK(decodeStoredFingerprint(*(*porcelain)->fingerprint).has_value());
    CHECK((*porcelain)->fingerprintDurationS == 239);
    CHECK(cat->findByTitleKey("qing hua ci")->size() == 1);

    // The sublicence (ads, TW JP) lets the free tier play in TW, within the master deal's window.
    auto tw = test::decideAt(*cat, "CNB011500001", "TW", Tier::Free, "2015-06-01T00:00:00Z");
    CHECK(tw.verdict == Verdict::Playable);
    CHECK(tw.hasReason("licensed"));
    // Local end of day 2015-12-31 in UTC+8.
    CHECK(base::formatIso8601(*tw.validUntil) == "2015-12-31T16:00:00Z");
    // It cannot reach JP, outside its parent's territories...
    auto jp = test::decideAt(*cat, "CNB011500001", "JP", Tier::Free, "2015-06-01T00:00:00Z");
    CHECK(jp.verdict == Verdict::Blocked);
    CHECK(jp.hasReason("sublicence_outside_parent"));
    // ...and dies with its parent.
    auto late = test::decideAt(*cat, "CNB011500001", "TW", Tier::Free, "2016-02-01T00:00:00Z");
    CHECK(late.verdict == Verdict::Blocked);
    CHECK(late.hasReason("parent_licence_lapsed"));
    CHECK(late.hasReason("licence_ended"));

    // The purchase plays through the takedown's transition period, then the takedown wins.
    auto during = test::decideAt(*cat, "CNB011500002", "CN", Tier::Free, "2015-11-05T00:00:00Z");
    CHECK(during.verdict == Verdict::Playable);
    CHECK(during.hasReason("purchased"));
    CHECK(during.hasReason("takedown_transition"));
    CHECK(base::formatIso8601(*during.validUntil) == "2015-11-07T16:00:00Z");
    auto after = test::decideAt(*cat, "CNB011500002", "CN", Tier::Free, "2015-11-07T16:00:00Z");
    CHECK(after.verdict == Verdict::Blocked);
    REQUIRE(after.reasons.size() == 1);
    CHECK(after.reasons[0].text == "Taken down 2015-11-01, notice 2015-NCAC-0042");
    auto hk = test::decideAt(*cat, "CNB011500002", "HK", Tier::Free, "2030-01-01T00:00:00Z");
    CHECK(hk.verdict == Verdict::Playable);
}

TEST_CASE("Accord JSON errors name the file, the field's JSON pointer, and the line of syntax errors",
          "[catalogue][json]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const auto importOne = [&](const std::string& name, const std::string& text) {
        test::writeFile(dir / name, text);
        const std::filesystem::path files[] = {dir / name};
        return importCatalogueFiles(*cat, files);
    };
    const std::string head = "{\"format\": \"accord-catalogue\", \"version\": 1,\n";

    auto syntax = importOne("syntax.json", head + "\"recordings\": [\n{\"id\": \"x\" \"title\": \"y\"}]}");
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().line == 3);
    CHECK(syntax.error().file == (dir / "syntax.json").string());

    const auto field = [&](const std::string& body) {
        auto r = importOne("field.json", head + body + "}");
        REQUIRE_FALSE(r.ok());
        return r.error().field;
    };
    const std::string rec = "\"recordings\": [{\"id\": \"R1\", \"title\": \"t\"}]";
    const std::string rel = "\"releases\": [{\"id\": \"A1\", \"tracks\": [\"R1\"]}]";
    CHECK(field("\"recordings\": [{\"id\": \"R1\"}]") == "/recordings/0/title");
    CHECK(field("\"recordings\": [{\"id\": \"R1\", \"title\": \"t\", \"isrc\": \"nope\"}]") ==
          "/recordings/0/isrc");
    CHECK(field(rec + ", \"releases\": [{\"id\": \"A1\", \"tracks\": [\"R1\", \"R9\"]}]") ==
          "/releases/0/tracks/1");
    CHECK(field(rec + ", " + rel +
                ", \"deals\": [{\"id\": \"D\", \"release\": \"A1\", \"territories\": [\"CN\"], \"end\": "
                "\"2015-13-01\","
                " \"use_types\": [\"stream\"], \"commercial_models\": [\"SubscriptionModel\"]}]") ==
          "/deals/0/end");
    CHECK(field(rec + ", \"deals\": [{\"id\": \"D\", \"recording\": \"R1\", \"territories\": [\"CHN\"],"
                      " \"use_types\": [\"stream\"], \"commercial_models\": [\"SubscriptionModel\"]}]") ==
          "/deals/0/territories/0");
    CHECK(field(rec + ", \"deals\": [{\"id\": \"D\", \"recording\": \"R1\", \"territories\": [\"CN\"],"
                      " \"use_types\": [\"stream\"], \"commercial_models\": [\"S\"], \"parent\": \"X\"}]") ==
          "/deals/0/parent");
    CHECK(
        field(rec + ", \"takedowns\": [{\"id\": \"T\", \"recording\": \"R1\", \"territories\": [\"CN\"]}]") ==
        "/takedowns/0/effective");
    // A fingerprint that does not decode would be indexed by nothing and never match: refused by name.
    CHECK(field("\"recordings\": [{\"id\": \"R1\", \"title\": \"t\", \"fingerprint\": "
                "\"AQADtEqUaEkiJUkSRU\"}]") == "/recordings/0/fingerprint");
    CHECK(field("\"policy\": {\"tiers\": {\"gold\": {}}}") == "/policy/tiers/gold");
    CHECK(field("\"surprise\": 1") == "/surprise");

    // Semantic errors carry the line of the field too (or of its object when the field is missing).
    auto located =
        importOne("lines.json", head + "\"recordings\": [\n  {\"id\": \"R1\", \"title\": \"t\"},\n"
                                       "  {\"id\": \"R2\",\n   \"title\": \"u\",\n   \"isrc\": \"bad\"}\n]}");
    REQUIRE_FALSE(located.ok());
    CHECK(located.error().field == "/recordings/1/isrc");
    CHECK(located.error().line == 6);
    auto missing =
        importOne("missing.json", head + "\"recordings\": [\n  {\"id\": \"R1\", \"title\": \"t\"},\n"
                                         "  {\"id\": \"R2\"}\n]}");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == "/recordings/1/title");
    CHECK(missing.error().line == 4);
    CHECK(cat->stats()->recordings == 0);
}

TEST_CASE("Accord JSON: a number too large for a double is a syntax error with its line, not a crash",
          "[catalogue][json][fuzz]")
{
    // Found by fuzz_json_importer (tests/fuzz/corpus/json_importer/regression-number-overflow.json):
    // nlohmann reports the overflow as out_of_range, which escaped the importer and ended the process.
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    test::writeFile(dir / "big.json", "{\"format\": \"accord-catalogue\", \"version\": 1,\n"
                                      "\"policy\": {\"preview_seconds\":\n 30e777777777777777777}}");
    const std::filesystem::path files[] = {dir / "big.json"};
    auto r = importCatalogueFiles(*cat, files);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == base::ErrorCode::Format);
    CHECK(r.error().file == (dir / "big.json").string());
    CHECK(r.error().line == 3);
    CHECK(r.error().message.find("number overflow") != std::string::npos);
    CHECK(cat->stats()->recordings == 0);
}
