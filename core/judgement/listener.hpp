// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/tier_policy.hpp"
#include "licence/context.hpp"

#include <optional>
#include <string>

namespace accord::judgement {

/// Who is listening, where and on what, and the QA clock override: `fixedAt` decides for that instant
/// instead of the wall clock (the clock then stands still at it). Every front end turns its own settings
/// into this, and context() is the one place a licence::Context is made from it.
/// [any thread] Plain value type.
struct Listener {
    std::string territory; ///< ISO 3166-1 alpha-2
    catalogue::Tier tier = catalogue::Tier::Free;
    catalogue::DeviceClass device = catalogue::DeviceClass::Desktop;
    std::optional<base::Instant> fixedAt;

    /// The context for a decision made now: fixedAt, else the wall clock in whole seconds.
    licence::Context context() const;
};

} // namespace accord::judgement
