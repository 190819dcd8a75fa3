// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/time_point.hpp"

#include <cstdio>

namespace accord::base {
namespace {

bool digits(std::string_view s, size_t pos, size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

Error bad(std::string_view text, const char* why)
{
    return Error(ErrorCode::InvalidArgument, "invalid ISO-8601 time '" + std::string(text) + "': " + why);
}

// Parses "Z", "+hh", "+hhmm", "+hh:mm" at s[pos..]; returns seconds east of UTC.
bool offsetAt(std::string_view s, size_t pos, int& seconds)
{
    if (pos >= s.size())
        return false;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        seconds = 0;
        return pos + 1 == s.size();
    }
    if (s[pos] != '+' && s[pos] != '-')
        return false;
    const int sign = s[pos] == '-' ? -1 : 1;
    int hh = 0;
    int mm = 0;
    if (!digits(s, pos + 1, 2, hh))
        return false;
    size_t next = pos + 3;
    if (next < s.size() && s[next] == ':')
        ++next;
    if (next < s.size()) {
        if (!digits(s, next, 2, mm) || next + 2 != s.size())
            return false;
    }
    if (hh > 18 || mm > 59)
        return false;
    seconds = sign * (hh * 3600 + mm * 60);
    return true;
}

} // namespace

Result<ParsedTime> parseIso8601(std::string_view text)
{
    int y = 0;
    int mo = 0;
    int d = 0;
    if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, mo) ||
        text[7] != '-' || !digits(text, 8, 2, d))
        return bad(text, "expected YYYY-MM-DD");
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(mo)),
                                          std::chrono::day(static_cast<unsigned>(d))};
    if (!ymd.ok())
        return bad(text, "no such date");
    ParsedTime out;
    out.instant = Instant(std::chrono::sys_days(ymd).time_since_epoch());
    if (text.size() == 10) {
        out.dateOnly = true;
        return out;
    }
    if (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
        return bad(text, "expected 'T' after the date");
    int hh = 0;
    int mi = 0;
    int ss = 0;
    if (!digits(text, 11, 2, hh) || text.size() < 16 || text[13] != ':' || !digits(text, 14, 2, mi))
        return bad(text, "expected hh:mm after 'T'");
    size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') {
        if (!digits(text, pos + 1, 2, ss))
            return bad(text, "expected seconds");
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos; // fractions are below our resolution
        }
    }
    if (hh > 24 || mi > 59 || ss > 60 || (hh == 24 && (mi != 0 || ss != 0)))
        return bad(text, "time of day out of range");
    int offset = 0;
    if (pos < text.size()) {
        if (!offsetAt(text, pos, offset))
            return bad(text, "bad zone offset");
        out.hasOffset = true;
    }
    out.instant += std::chrono::seconds(hh * 3600 + mi * 60 + (ss == 60 ? 59 : ss) - offset);
    return out;
}

std::string formatIso8601(Instant instant)
{
    const auto days = std::chrono::floor<std::chrono::days>(instant);
    const std::chrono::year_month_day ymd{days};
    const std::chrono::hh_mm_ss hms{instant - days};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::string formatDate(Instant instant)
{
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(instant)};
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

Result<int> parseUtcOffset(std::string_view text)
{
    if (text == "Z" || text == "UTC" || text == "GMT" || text == "Etc/UTC")
        return 0;
    std::string_view rest = text;
    if (rest.substr(0, 3) == "UTC" || rest.substr(0, 3) == "GMT")
        rest.remove_prefix(3);
    if (rest.size() >= 2 && (rest[0] == '+' || rest[0] == '-')) {
        // Accept "+8" as well as "+08", "+0800" and "+08:00".
        std::string norm(rest);
        if (norm.size() == 2 || (norm.size() > 2 && norm[2] == ':'))
            norm.insert(1, "0");
        int seconds = 0;
        if (offsetAt(norm, 0, seconds))
            return seconds;
    }
    return Error(ErrorCode::InvalidArgument,
                 "invalid time zone '" + std::string(text) + "': expected UTC or an offset like +08:00");
}

} // namespace accord::base
