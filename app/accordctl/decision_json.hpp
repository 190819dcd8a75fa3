// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "licence/decision.hpp"

#include <nlohmann/json.hpp>

namespace accord::cli {

/// A decision as accordctl prints it (public interface): exactly verdict, cap, reasons [{code, text}],
/// valid_until (ISO-8601 UTC or null) and deals [{id, scope, outcome, parent?}].
nlohmann::json decisionToJson(const licence::Decision& decision);

} // namespace accord::cli
