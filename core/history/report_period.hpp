// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace accord::history {

/// A report's period: [fromMs, toMs) in UTC milliseconds since the epoch.
struct ReportPeriod {
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

enum class PeriodLength { Week, Month, Year };

/// "week", "month", "year". [any thread] Pure.
std::optional<PeriodLength> parsePeriodLength(std::string_view text) noexcept;

/// The week (7 days), month or year (calendar, in the machine's local time zone) that ends at `atMs`:
/// from the same local time 7 days, 1 month or 1 year earlier up to `atMs`. A month back from 31 March is
/// the 3rd (or 2nd) of March, as mktime normalises 31 February. [any thread]
ReportPeriod periodEnding(PeriodLength length, std::int64_t atMs);

/// A --from/--to value: a date ("2026-12-01") is that local calendar day, starting at local midnight
/// (`endOfDay`: the midnight that ends it, so `--to 2026-12-31` includes the 31st); a date and time is that
/// instant (with Z or an offset; without one it is UTC, as everywhere in accordctl).
/// [any thread]
base::Result<std::int64_t> parseReportTime(std::string_view text, bool endOfDay);

} // namespace accord::history
