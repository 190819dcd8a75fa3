// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/recording.hpp"
#include "catalogue/model/territory_set.hpp"
#include "catalogue/model/use_type.hpp"

#include <catch2/catch.hpp>

using namespace accord::catalogue;

TEST_CASE("territory sets: included, excluded, Worldwide", "[catalogue]")
{
    auto ww = TerritorySet::parse("Worldwide -CN -KP");
    REQUIRE(ww.ok());
    CHECK(ww->covers("GB"));
    CHECK_FALSE(ww->covers("CN"));
    CHECK(ww->toString() == "Worldwide -CN -KP");
    auto some = TerritorySet::parse("cn HK");
    REQUIRE(some.ok());
    CHECK(some->covers("CN"));
    CHECK(some->covers("HK"));
    CHECK_FALSE(some->covers("TW"));
    CHECK(some->toString() == "CN HK");
    CHECK_FALSE(TerritorySet::parse("CHN").ok());
    CHECK_FALSE(TerritorySet::parse("C1").ok());
    CHECK(TerritorySet().empty());
}

TEST_CASE("ISRC normalisation", "[catalogue]")
{
    std::string out;
    CHECK(normaliseIsrc("gb-aaa-15-00001", out));
    CHECK(out == "GBAAA1500001");
    CHECK_FALSE(normaliseIsrc("GBAAA150000", out));
    CHECK_FALSE(normaliseIsrc("1BAAA1500001", out));
    CHECK_FALSE(normaliseIsrc("GBAAA15A0001", out));
}

TEST_CASE("DDEX use types map to playback uses", "[catalogue]")
{
    CHECK(parseUseType("OnDemandStream") == UseType::Stream);
    // Radio-style streaming grants no on-demand play (issue 13, item 2: this used to map to Stream).
    CHECK_FALSE(parseUseType("NonInteractiveStream").has_value());
    CHECK_FALSE(parseUseType("Webcast").has_value());
    CHECK(parseUseType("Stream") == UseType::Stream);
    CHECK(parseUseType("TetheredDownload") == UseType::Download);
    CHECK(parseUseType("Clip") == UseType::Preview);
    CHECK(parseUseType("ConditionalDownload") == UseType::Download);
    CHECK(parseUseType("PermanentDownload") == UseType::Download);
    CHECK(parseUseType("preview") == UseType::Preview);
    CHECK_FALSE(parseUseType("UserMakeAvailableUserProvided").has_value());
    CHECK(useTypesToString(bit(UseType::Stream) | bit(UseType::Preview)) == "stream,preview");
}
