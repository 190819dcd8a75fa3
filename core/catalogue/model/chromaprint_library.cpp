// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/chromaprint_library.hpp"

#include "base/shared_library.hpp"

#include <mutex>
#include <string>

namespace accord::catalogue {

namespace {

base::Status resolveAll(ChromaprintLibrary& t)
{
    auto lib = base::SharedLibrary::open("libchromaprint.so." + std::to_string(CHROMAPRINT_VERSION_MAJOR));
    if (!lib.ok())
        return std::move(lib).error();
    base::Status status;
    const auto resolve = [&](auto& slot, const char* name) {
        if (status.ok())
            status = lib->resolve(slot, name);
    };
#define ACCORD_FROM_CHROMAPRINT(fn) resolve(t.fn, #fn);
    ACCORD_CHROMAPRINT_FUNCTIONS(ACCORD_FROM_CHROMAPRINT)
#undef ACCORD_FROM_CHROMAPRINT
    return status;
}

} // namespace

const base::Result<const ChromaprintLibrary*>& ChromaprintLibrary::load()
{
    static std::once_flag once;
    static ChromaprintLibrary table;
    static base::Result<const ChromaprintLibrary*> outcome =
        base::Error(base::ErrorCode::Internal, "not loaded");
    std::call_once(once, [] {
        if (auto s = resolveAll(table); !s.ok())
            outcome = std::move(s).error();
        else
            outcome = &table;
    });
    return outcome;
}

} // namespace accord::catalogue
