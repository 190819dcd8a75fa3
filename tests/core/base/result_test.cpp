// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/result.hpp"

#include <catch2/catch.hpp>

using namespace accord::base;

namespace {

Result<int> half(int v)
{
    if (v % 2)
        return Error(ErrorCode::InvalidArgument, "odd").forField("v");
    return v / 2;
}

Result<int> quarter(int v)
{
    auto h = half(v);
    ACCORD_TRY(h);
    return half(*h);
}

} // namespace

TEST_CASE("Result carries a value or an error", "[result]")
{
    CHECK(*quarter(8) == 2);
    auto r = quarter(6);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidArgument);
    CHECK(r.error().describe() == "v: odd");
}

TEST_CASE("Error::describe names file, line and field", "[result]")
{
    Error e = Error(ErrorCode::Format, "not a date").inFile("deals.xml").atLine(12).forField("StartDate");
    CHECK(e.describe() == "deals.xml:12: StartDate: not a date");
}
