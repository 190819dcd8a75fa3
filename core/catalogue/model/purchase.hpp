// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/scope.hpp"

#include <cstdint>
#include <optional>

namespace accord::catalogue {

/// Something the listener bought: plays permanently unless taken down.
struct Purchase {
    std::int64_t id = 0;
    Scope scope = Scope::Recording;
    std::int64_t subjectId = 0;
    std::optional<base::Instant> purchasedAt;
};

} // namespace accord::catalogue
