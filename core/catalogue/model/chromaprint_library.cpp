// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/chromaprint_library.hpp"

#include "base/shared_library.hpp"

#include <string>

namespace accord::catalogue {

namespace {

base::Status resolveAll(ChromaprintLibrary& t)
{
    auto lib = base::SharedLibrary::open("libchromaprint.so." + std::to_string(CHROMAPRINT_VERSION_MAJOR));
    if (!lib.ok())
        return std::move(lib).error();
    base::SlotResolver resolve(*lib);
#define ACCORD_FROM_CHROMAPRINT(fn) resolve(t.fn, #fn);
    ACCORD_CHROMAPRINT_FUNCTIONS(ACCORD_FROM_CHROMAPRINT)
#undef ACCORD_FROM_CHROMAPRINT
    return resolve.status();
}

} // namespace

const base::Result<const ChromaprintLibrary*>& ChromaprintLibrary::load()
{
    return base::loadOnce(&resolveAll);
}

} // namespace accord::catalogue
