// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/time_point.hpp"

#include <catch2/catch.hpp>

using namespace accord::base;

TEST_CASE("ISO-8601 instants parse to UTC", "[time]")
{
    auto t = parseIso8601("2015-11-01T12:30:00+08:00");
    REQUIRE(t.ok());
    CHECK(formatIso8601(t->instant) == "2015-11-01T04:30:00Z");
    CHECK(t->hasOffset);
    CHECK_FALSE(t->dateOnly);

    auto z = parseIso8601("2015-11-01T00:00:00Z");
    REQUIRE(z.ok());
    CHECK(formatIso8601(z->instant) == "2015-11-01T00:00:00Z");

    auto frac = parseIso8601("2015-11-01T00:00:01.750Z");
    REQUIRE(frac.ok());
    CHECK(formatIso8601(frac->instant) == "2015-11-01T00:00:01Z");
}

TEST_CASE("date-only values are flagged", "[time]")
{
    auto d = parseIso8601("2015-10-31");
    REQUIRE(d.ok());
    CHECK(d->dateOnly);
    CHECK(formatDate(d->instant) == "2015-10-31");
}

TEST_CASE("malformed times are refused with the text in the message", "[time]")
{
    for (const char* bad : {"", "2015-13-01", "2015-02-30", "20151101", "2015-11-01T25:00", "2015-11-01X",
                            "2015-11-01T10:00+99:00"}) {
        auto r = parseIso8601(bad);
        INFO(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.find(bad) != std::string::npos);
    }
}

TEST_CASE("UTC offsets", "[time]")
{
    CHECK(*parseUtcOffset("UTC") == 0);
    CHECK(*parseUtcOffset("+08:00") == 8 * 3600);
    CHECK(*parseUtcOffset("UTC+8") == 8 * 3600);
    CHECK(*parseUtcOffset("-0530") == -(5 * 3600 + 30 * 60));
    CHECK_FALSE(parseUtcOffset("Mars/Olympus").ok());
}
