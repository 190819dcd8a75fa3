// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/scope.hpp"
#include "catalogue/model/territory_set.hpp"

#include <chrono>
#include <cstdint>
#include <string>

namespace accord::catalogue {

/// A takedown: from effective + transition on, it beats every deal (and purchase) in its territories.
struct Takedown {
    std::int64_t id = 0;
    std::string takedownKey;
    Scope scope = Scope::Recording;
    std::int64_t subjectId = 0;
    TerritorySet territories;
    base::Instant effective{};
    std::chrono::seconds transition{0};
    std::string notice; ///< notice reference, e.g. "2015-NCAC-0042"
};

} // namespace accord::catalogue
