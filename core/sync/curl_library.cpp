// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "sync/curl_library.hpp"

#include "base/shared_library.hpp"

namespace accord::sync {

namespace {

base::Status resolveAll(CurlLibrary& t)
{
    auto lib = base::SharedLibrary::open("libcurl.so.4");
    if (!lib.ok())
        return std::move(lib).error();
    base::SlotResolver resolve(*lib);
#define ACCORD_FROM_CURL(fn) resolve(t.fn, #fn);
    ACCORD_CURL_FUNCTIONS(ACCORD_FROM_CURL)
#undef ACCORD_FROM_CURL
    if (!resolve.status().ok())
        return resolve.status();
    if (t.curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
        return base::Error(base::ErrorCode::Internal, "curl_global_init failed");
    return {};
}

} // namespace

const base::Result<const CurlLibrary*>& CurlLibrary::load()
{
    return base::loadOnce(&resolveAll);
}

} // namespace accord::sync
