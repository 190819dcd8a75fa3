// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"

#include <chrono>
#include <string_view>

namespace accord::catalogue {

/// Start of a validity window. A date-only value is midnight at the start of that day in the catalogue's
/// time zone (utcOffsetSeconds east of UTC); a date-time without an offset is read in that zone too.
/// [any thread] Pure.
base::Result<base::Instant> windowStart(std::string_view text, int utcOffsetSeconds);

/// End of a validity window, exclusive. A date-only end date is inclusive through that whole day, so the
/// result is midnight after it in the catalogue's zone; a date-time is taken as given (exclusive).
base::Result<base::Instant> windowEnd(std::string_view text, int utcOffsetSeconds);

/// An instant (takedown effective, purchase): like windowStart.
inline base::Result<base::Instant> instantIn(std::string_view text, int utcOffsetSeconds)
{
    return windowStart(text, utcOffsetSeconds);
}

/// ISO-8601 duration: PnDTnHnMn(.n)S (also PnW); what DDEX uses for Duration ("PT3M20S").
base::Result<std::chrono::milliseconds> parseIsoDuration(std::string_view text);

} // namespace accord::catalogue
