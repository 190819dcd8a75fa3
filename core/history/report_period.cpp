// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "history/report_period.hpp"

#include "base/time_point.hpp"

#include <ctime>

namespace accord::history {

std::optional<PeriodLength> parsePeriodLength(std::string_view text) noexcept
{
    if (text == "week")
        return PeriodLength::Week;
    if (text == "month")
        return PeriodLength::Month;
    if (text == "year")
        return PeriodLength::Year;
    return std::nullopt;
}

ReportPeriod periodEnding(PeriodLength length, std::int64_t atMs)
{
    const std::time_t at = static_cast<std::time_t>(atMs / 1000);
    std::tm tm{};
    localtime_r(&at, &tm);
    switch (length) {
    case PeriodLength::Week:
        tm.tm_mday -= 7;
        break;
    case PeriodLength::Month:
        tm.tm_mon -= 1;
        break;
    case PeriodLength::Year:
        tm.tm_year -= 1;
        break;
    }
    tm.tm_isdst = -1; // the offset in force then, which may differ from now's (daylight saving)
    const std::time_t from = std::mktime(&tm);
    return {static_cast<std::int64_t>(from) * 1000 + atMs % 1000, atMs};
}

base::Result<std::int64_t> parseReportTime(std::string_view text, bool endOfDay)
{
    auto parsed = base::parseIso8601(text);
    if (!parsed)
        return std::move(parsed).error();
    const auto utc = parsed->instant.time_since_epoch().count();
    if (!parsed->dateOnly)
        return static_cast<std::int64_t>(utc) * 1000;
    // The date's fields, then local midnight of that day (or of the next one).
    const std::time_t midnightUtc = static_cast<std::time_t>(utc);
    std::tm day{};
    gmtime_r(&midnightUtc, &day);
    std::tm local{};
    local.tm_year = day.tm_year;
    local.tm_mon = day.tm_mon;
    local.tm_mday = day.tm_mday + (endOfDay ? 1 : 0);
    local.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&local)) * 1000;
}

} // namespace accord::history
