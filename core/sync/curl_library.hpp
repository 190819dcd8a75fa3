// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

// The members below are called through a table, so curl.h's type-checking macros of the same names
// (typecheck-gcc.h) must not rewrite `table->curl_easy_setopt(...)`.
#ifndef CURL_DISABLE_TYPECHECK
#define CURL_DISABLE_TYPECHECK
#endif
#include <curl/curl.h>

namespace accord::sync {

// The libcurl functions Accord calls. Each becomes a member of CurlLibrary of the type the header declares
// (decltype), so a call through the table is checked like a direct call.
#define ACCORD_CURL_FUNCTIONS(X)                                                                             \
    X(curl_global_init)                                                                                      \
    X(curl_easy_init)                                                                                        \
    X(curl_easy_reset)                                                                                       \
    X(curl_easy_cleanup)                                                                                     \
    X(curl_easy_setopt)                                                                                      \
    X(curl_easy_perform)                                                                                     \
    X(curl_easy_getinfo)                                                                                     \
    X(curl_easy_strerror)

/// libcurl, opened the first time something is fetched. Linked, it made every accordctl and accord
/// process load ~28 more shared libraries at start-up (GnuTLS, Kerberos, LDAP, SASL, libssh2, nghttp2...)
/// that only a sync uses: a few ms of every start-up, `accordctl play` included. The library opened is
/// libcurl.so.4, the ABI of every libcurl since 7.16 (packaging/CMakeLists.txt names it in Depends).
/// [any thread] load() may be called from several threads at once; the table is immutable once loaded,
/// and curl_global_init has run once before load() first returns it.
struct CurlLibrary {
#define ACCORD_CURL_SLOT(fn) decltype(&::fn) fn = nullptr;
    ACCORD_CURL_FUNCTIONS(ACCORD_CURL_SLOT)
#undef ACCORD_CURL_SLOT

    /// The table, loading the library on the first call; later calls return the first call's outcome.
    /// Errors: NotFound naming the missing library, or the function an older library lacks.
    static const base::Result<const CurlLibrary*>& load();
};

} // namespace accord::sync
