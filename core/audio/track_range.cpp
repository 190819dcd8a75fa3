// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/track_range.hpp"

#include <cstdio>

namespace accord::audio {

namespace {

/// Digits at the front of `s` as a number, consuming them; nullopt when there are none or too many.
std::optional<std::uint64_t> takeNumber(std::string_view& s)
{
    std::size_t n = 0;
    std::uint64_t v = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') {
        if (n == 19)
            return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(s[n] - '0');
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    s.remove_prefix(n);
    return v;
}

} // namespace

std::string rangePath(const TrackRange& range)
{
    char number[8];
    std::snprintf(number, sizeof number, "%02d", range.track);
    std::string out = range.file + "#cue" + number + "@" + std::to_string(range.start) + "-";
    if (range.end)
        out += std::to_string(*range.end);
    return out;
}

std::optional<TrackRange> parseRangePath(std::string_view path)
{
    const std::size_t hash = path.rfind("#cue");
    if (hash == std::string_view::npos || hash == 0)
        return std::nullopt;
    std::string_view rest = path.substr(hash + 4);
    TrackRange r;
    r.file = std::string(path.substr(0, hash));
    const auto track = takeNumber(rest);
    if (!track || *track < 1 || *track > 99 || rest.empty() || rest.front() != '@')
        return std::nullopt;
    rest.remove_prefix(1);
    const auto start = takeNumber(rest);
    if (!start || rest.empty() || rest.front() != '-')
        return std::nullopt;
    rest.remove_prefix(1);
    if (!rest.empty()) {
        const auto end = takeNumber(rest);
        if (!end || !rest.empty() || *end <= *start)
            return std::nullopt;
        r.end = end;
    }
    r.track = static_cast<int>(*track);
    r.start = *start;
    return r;
}

std::string fileOfTrackPath(std::string_view path)
{
    if (auto r = parseRangePath(path))
        return std::move(r->file);
    return std::string(path);
}

} // namespace accord::audio
