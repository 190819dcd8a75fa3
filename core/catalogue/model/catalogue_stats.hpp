// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>

namespace accord::catalogue {

/// Row counts, for `accordctl catalogue stats`. [any thread] Plain value type.
struct CatalogueStats {
    std::int64_t recordings = 0;
    std::int64_t fingerprinted = 0;
    std::int64_t aliases = 0;
    std::int64_t releases = 0;
    std::int64_t parties = 0;
    std::int64_t deals = 0;
    std::int64_t sublicences = 0;
    std::int64_t takedowns = 0;
    std::int64_t purchases = 0;
};

} // namespace accord::catalogue
