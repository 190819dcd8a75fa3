// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "lyrics/lyrics.hpp"

#include <algorithm>
#include <cstdio>

namespace accord::lyrics {

int lineAt(const Lyrics& lyrics, std::int64_t positionMs, std::int64_t offsetMs)
{
    if (!lyrics.synced || lyrics.lines.empty())
        return -1;
    const std::int64_t t = positionMs + offsetMs;
    // upper_bound: of several lines at one time the last shows (each had its turn for 0 ms).
    const auto it = std::upper_bound(lyrics.lines.begin(), lyrics.lines.end(), t,
                                     [](std::int64_t v, const LyricLine& l) { return v < l.timeMs; });
    return static_cast<int>(it - lyrics.lines.begin()) - 1;
}

std::int64_t seekTargetMs(const Lyrics& lyrics, int index, std::int64_t offsetMs)
{
    if (!lyrics.synced || index < 0 || static_cast<std::size_t>(index) >= lyrics.lines.size())
        return -1;
    return std::max<std::int64_t>(0, lyrics.lines[static_cast<std::size_t>(index)].timeMs - offsetMs);
}

std::string formatLrcTime(std::int64_t ms)
{
    ms = std::max<std::int64_t>(0, ms);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld.%02lld", static_cast<long long>(ms / 60000),
                  static_cast<long long>((ms / 1000) % 60), static_cast<long long>((ms % 1000) / 10));
    return buf;
}

} // namespace accord::lyrics
