// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/curl_library.hpp"

#include "base/shared_library.hpp"

#include <mutex>

namespace accord::sync {

namespace {

base::Status resolveAll(CurlLibrary& t)
{
    auto lib = base::SharedLibrary::open("libcurl.so.4");
    if (!lib.ok())
        return std::move(lib).error();
    base::Status status;
    const auto resolve = [&](auto& slot, const char* name) {
        if (status.ok())
            status = lib->resolve(slot, name);
    };
#define ACCORD_FROM_CURL(fn) resolve(t.fn, #fn);
    ACCORD_CURL_FUNCTIONS(ACCORD_FROM_CURL)
#undef ACCORD_FROM_CURL
    if (status.ok() && t.curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        status = base::Error(base::ErrorCode::Internal, "curl_global_init failed");
    return status;
}

} // namespace

const base::Result<const CurlLibrary*>& CurlLibrary::load()
{
    static std::once_flag once;
    static CurlLibrary table;
    static base::Result<const CurlLibrary*> outcome = base::Error(base::ErrorCode::Internal, "not loaded");
    std::call_once(once, [] {
        if (auto s = resolveAll(table); !s.ok())
            outcome = std::move(s).error();
        else
            outcome = &table;
    });
    return outcome;
}

} // namespace accord::sync
