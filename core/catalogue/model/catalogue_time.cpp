// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/catalogue_time.hpp"

#include <string>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;

base::Result<base::Instant> windowStart(std::string_view text, int utcOffsetSeconds)
{
    auto t = base::parseIso8601(text);
    if (!t.ok())
        return Error(ErrorCode::Format, t.error().message);
    if (t->hasOffset)
        return t->instant;
    return t->instant - std::chrono::seconds(utcOffsetSeconds);
}

base::Result<base::Instant> windowEnd(std::string_view text, int utcOffsetSeconds)
{
    auto t = base::parseIso8601(text);
    if (!t.ok())
        return Error(ErrorCode::Format, t.error().message);
    if (t->hasOffset)
        return t->instant;
    const base::Instant local = t->dateOnly ? t->instant + std::chrono::days(1) : t->instant;
    return local - std::chrono::seconds(utcOffsetSeconds);
}

base::Result<std::chrono::milliseconds> parseIsoDuration(std::string_view text)
{
    const auto bad = [&](const char* why) {
        return Error(ErrorCode::Format, "invalid ISO-8601 duration '" + std::string(text) + "': " + why);
    };
    if (text.size() < 2 || (text[0] != 'P' && text[0] != 'p'))
        return bad("expected it to start with P");
    double total = 0;
    bool inTime = false;
    bool any = false;
    size_t i = 1;
    while (i < text.size()) {
        if (text[i] == 'T' || text[i] == 't') {
            if (inTime)
                return bad("second T");
            inTime = true;
            ++i;
            continue;
        }
        const size_t start = i;
        while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.' || text[i] == ','))
            ++i;
        if (i == start || i >= text.size())
            return bad("expected a number followed by a unit");
        std::string number(text.substr(start, i - start));
        for (char& c : number)
            if (c == ',')
                c = '.';
        double value = 0;
        try {
            value = std::stod(number);
        } catch (const std::exception&) {
            return bad("bad number");
        }
        const char unit = text[i++];
        double seconds = 0;
        if (!inTime && (unit == 'Y' || unit == 'M'))
            return bad("years and months have no fixed length");
        if (!inTime && unit == 'W')
            seconds = 7 * 86400;
        else if (!inTime && unit == 'D')
            seconds = 86400;
        else if (inTime && unit == 'H')
            seconds = 3600;
        else if (inTime && unit == 'M')
            seconds = 60;
        else if (inTime && unit == 'S')
            seconds = 1;
        else
            return bad("unknown unit");
        total += value * seconds;
        any = true;
    }
    if (!any || total > 1e10)
        return bad(any ? "too long" : "no components");
    return std::chrono::milliseconds(static_cast<std::int64_t>(total * 1000.0 + 0.5));
}

} // namespace accord::catalogue
