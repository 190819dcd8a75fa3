// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/context.hpp"
#include "scenario/scenario.hpp"

#include <string>
#include <vector>

namespace accord::scenario {

/// Every context of the matrix, territory-major (territory, then tier, device, instant, each in the order
/// written), without the excluded ones. Deterministic: the order names checks and splits shards.
/// [any thread] Pure.
std::vector<licence::Context> expandMatrix(const Matrix& matrix);

/// "CN/vip/desktop @2015-11-03" (the instant as a date when it is midnight UTC, else ISO-8601 UTC).
std::string describeContext(const licence::Context& ctx);

/// A date when the instant is midnight UTC, else "2015-11-01T12:00:00Z".
std::string describeInstant(base::Instant instant);

} // namespace accord::scenario
