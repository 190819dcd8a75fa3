// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/shared_library.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using accord::base::ErrorCode;
using accord::base::SharedLibrary;

TEST_CASE("a shared library opened at run time gives its functions, typed as declared", "[base][dlopen]")
{
    auto libm = SharedLibrary::open("libm.so.6");
    REQUIRE(libm.ok());
    CHECK(libm->soname() == "libm.so.6");
    decltype(&::hypot) hypotFn = nullptr;
    REQUIRE(libm->resolve(hypotFn, "hypot").ok());
    REQUIRE(hypotFn != nullptr);
    CHECK(hypotFn(3.0, 4.0) == 5.0);
}

TEST_CASE("a missing library or function is an error that names it", "[base][dlopen]")
{
    auto missing = SharedLibrary::open("libaccord-no-such-library.so.7");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.find("libaccord-no-such-library.so.7 cannot be loaded") == 0);

    auto libm = SharedLibrary::open("libm.so.6");
    REQUIRE(libm.ok());
    double (*fn)(double) = nullptr;
    auto absent = libm->resolve(fn, "accord_no_such_function");
    REQUIRE_FALSE(absent.ok());
    CHECK(absent.error().code == ErrorCode::NotFound);
    CHECK(absent.error().message.find("libm.so.6 has no accord_no_such_function") == 0);
    CHECK(fn == nullptr);
}
