// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Malformed and hostile input: refused with a clear error, never expanded, and the catalogue is exactly
// as it was before the import.
#include "catalogue/import/catalogue_importer.hpp"
#include "import_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;

namespace {

const char* kBillionLaughs = R"(<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<NewReleaseMessage><MessageHeader><MessageId>&lol3;</MessageId></MessageHeader></NewReleaseMessage>
)";

const char* kExternalEntity = R"(<?xml version="1.0"?>
<!DOCTYPE m [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<NewReleaseMessage><MessageHeader><MessageId>&secret;</MessageId></MessageHeader></NewReleaseMessage>
)";

std::string deepXml(int depth)
{
    std::string s = "<NewReleaseMessage>";
    for (int i = 0; i < depth; ++i)
        s += "<a>";
    for (int i = 0; i < depth; ++i)
        s += "</a>";
    return s + "</NewReleaseMessage>";
}

std::string deepJson(int depth)
{
    std::string s = "{\"format\": \"accord-catalogue\", \"version\": 1, \"recordings\": [";
    for (int i = 0; i < depth; ++i)
        s += "[";
    for (int i = 0; i < depth; ++i)
        s += "]";
    return s + "]}";
}

} // namespace

TEST_CASE("hostile and malformed input is refused and changes nothing", "[catalogue][hostile]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    const std::filesystem::path seed[] = {test::catalogueData("accord_catalogue.json"),
                                          test::catalogueData("ern382_album.xml")};
    REQUIRE(importCatalogueFiles(*cat, seed).ok());
    const std::string before = test::dumpCatalogue(*cat);

    struct Case {
        const char* name;
        std::string content;
        base::ErrorCode code;
        const char* mentions;
    };
    const Case cases[] = {
        {"laughs.xml", kBillionLaughs, base::ErrorCode::Refused, "DOCTYPE"},
        {"xxe.xml", kExternalEntity, base::ErrorCode::Refused, "DOCTYPE"},
        {"deep.xml", deepXml(10000), base::ErrorCode::Refused, "nested"},
        {"deep.json", deepJson(10000), base::ErrorCode::Refused, "nested"},
        {"truncated.xml", "<NewReleaseMessage><ResourceList>", base::ErrorCode::Format, "XML error"},
        {"garbage.bin", "\x01\x02garbage", base::ErrorCode::Format, "neither"},
        {"wrong_root.xml", "<Catalog/>", base::ErrorCode::Format, "NewReleaseMessage"},
        {"not_object.json", "{\"format\": \"accord-catalogue\", \"version\": 2}", base::ErrorCode::Format,
         "version"},
    };
    for (const Case& c : cases) {
        SECTION(c.name)
        {
            test::writeFile(dir / c.name, c.content);
            // A valid file first, in the same import: it must be rolled back with the bad one.
            const std::filesystem::path files[] = {test::catalogueData("ern43_single.xml"), dir / c.name};
            auto r = importCatalogueFiles(*cat, files);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == c.code);
            CHECK(r.error().file == (dir / c.name).string());
            CHECK_THAT(r.error().message, Catch::Contains(c.mentions));
            CHECK(test::dumpCatalogue(*cat) == before);
        }
    }
}

TEST_CASE("files over the size limit are refused before they are read", "[catalogue][hostile]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    test::writeFile(dir / "big.xml", "<NewReleaseMessage>" + std::string(4096, ' ') + "</NewReleaseMessage>");
    ImportLimits limits;
    limits.maxFileBytes = 1024;
    const std::filesystem::path files[] = {dir / "big.xml"};
    auto r = importCatalogueFiles(*cat, files, limits);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == base::ErrorCode::Refused);
    CHECK_THAT(r.error().message, Catch::Contains("limit"));
}

TEST_CASE("a missing file fails the whole import", "[catalogue][hostile]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {test::catalogueData("ern382_album.xml"), "/nonexistent/x.json"};
    auto r = importCatalogueFiles(*cat, files);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == "/nonexistent/x.json");
    CHECK(cat->stats()->recordings == 0);
}
