// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <string>

namespace accord::catalogue {

/// What one import wrote. [any thread] Plain value type.
struct ImportReport {
    std::string file;
    std::string format; ///< "ddex-ern-3.8.2", "ddex-ern-4.x", "accord-json"
    std::int64_t recordings = 0;
    std::int64_t releases = 0;
    std::int64_t parties = 0;
    std::int64_t deals = 0;
    std::int64_t dealsIgnored = 0;    ///< DDEX deals for uses Accord does not play (e.g. ringtones)
    std::int64_t dealsCancelled = 0;  ///< DDEX 3.x AllDealsCancelled deals applied (per release)
    std::int64_t useTypesIgnored = 0; ///< DDEX UseType values that grant nothing Accord does
    std::int64_t releasesPurged = 0;  ///< PurgeReleaseMessage: releases whose deals were removed
    std::int64_t takedowns = 0;
    std::int64_t purchases = 0;
    bool policy = false;
};

/// Refusal limits for untrusted input.
struct ImportLimits {
    std::uintmax_t maxFileBytes = 256u * 1024u * 1024u;
    int maxDepth = 64;                     ///< XML element / JSON nesting depth
    std::int64_t maxElements = 20'000'000; ///< XML elements per file
};

} // namespace accord::catalogue
