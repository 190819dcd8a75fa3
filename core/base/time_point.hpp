// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace accord::base {

/// An instant in UTC with one-second resolution: what licence windows and decisions are made of.
using Instant = std::chrono::sys_seconds;

/// A parsed ISO-8601 value. Date-only values ("2015-11-01") carry no zone: the catalogue decides which.
struct ParsedTime {
    Instant instant{}; ///< for date-only: midnight UTC of that day; else the exact instant
    bool dateOnly = false;
    bool hasOffset = false; ///< an explicit Z or +hh:mm was given
};

/// Accepts YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.fff]] with optional Z or ±hh[:mm] offset (no offset = UTC).
/// [any thread] Pure.
Result<ParsedTime> parseIso8601(std::string_view text);

/// "2015-11-01T00:00:00Z"
std::string formatIso8601(Instant instant);

/// "2015-11-01"
std::string formatDate(Instant instant);

/// Seconds east of UTC from "Z", "UTC", "+08:00", "-0530", "UTC+8"; error for anything else.
Result<int> parseUtcOffset(std::string_view text);

} // namespace accord::base
