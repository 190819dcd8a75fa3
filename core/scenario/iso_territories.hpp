// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string_view>

namespace accord::scenario {

/// True for an officially assigned ISO 3166-1 alpha-2 code (upper case), so a scenario naming "XX" or
/// "UK" fails instead of silently testing a territory no deal can ever name. [any thread] Pure.
bool isAssignedTerritory(std::string_view code) noexcept;

} // namespace accord::scenario
