// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/scope.hpp"
#include "catalogue/model/territory_set.hpp"
#include "catalogue/model/use_type.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::catalogue {

/// A licence deal. Validity is half-open: [validFrom, validUntil); nullopt means open-ended.
/// Date-only values were converted with the catalogue's time zone at import (an end date is inclusive
/// through that whole day, so validUntil is midnight after it). [any thread] Plain value type.
struct Deal {
    std::int64_t id = 0;
    std::string dealKey; ///< unique, shown in decisions
    Scope scope = Scope::Recording;
    std::int64_t subjectId = 0; ///< recording or release row id, per scope
    std::string licensor;       ///< party name, may be empty
    std::string licensee;
    TerritorySet territories;
    std::optional<base::Instant> validFrom;
    std::optional<base::Instant> validUntil;
    UseTypes useTypes = 0;
    std::vector<std::string> commercialModels; ///< DDEX CommercialModelType values
    bool exclusive = false;
    std::optional<std::int64_t> parentId; ///< set when this deal is a sublicence
};

} // namespace accord::catalogue
