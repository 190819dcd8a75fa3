// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/m3u_format.hpp"

#include "base/text_lines.hpp"

#include "playlist/playlist_text.hpp"

#include <charconv>
#include <cmath>

namespace accord::playlist {

using base::Error;
using base::ErrorCode;
using base::splitLines;

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// "#EXTINF:-1 tvg-id=\"x\",Artist - Title": the duration runs to the first space or comma.
base::Status readExtinf(std::string_view rest, PlaylistEntry& pending)
{
    const std::size_t comma = rest.find(',');
    std::string_view head = rest.substr(0, comma);
    head = trimmed(head.substr(0, head.find_first_of(" \t")));
    double seconds = 0;
    const auto [end, ec] = std::from_chars(head.data(), head.data() + head.size(), seconds);
    if (head.empty() || ec != std::errc() || end != head.data() + head.size() || !std::isfinite(seconds))
        return Error(ErrorCode::Format, "duration '" + std::string(head) + "' is not a number of seconds")
            .forField("EXTINF");
    pending.durationMs = seconds < 0 ? -1 : std::llround(seconds * 1000.0);
    if (comma == std::string_view::npos)
        return {};
    const std::string_view display = trimmed(rest.substr(comma + 1));
    const std::size_t dash = display.find(" - ");
    if (dash == std::string_view::npos) {
        pending.title = std::string(display);
    } else {
        pending.creator = std::string(trimmed(display.substr(0, dash)));
        pending.title = std::string(trimmed(display.substr(dash + 3)));
    }
    return {};
}

} // namespace

base::Result<ParsedPlaylist> parseM3u(std::string_view bytes, const std::string& fileName,
                                      bool latin1Fallback, const PlaylistLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error(ErrorCode::Refused,
                     "file larger than the " + std::to_string(limits.maxFileBytes) + "-byte playlist limit")
            .inFile(fileName);
    auto text = decodePlaylistText(bytes, latin1Fallback, fileName);
    if (!text)
        return std::move(text).error();
    ParsedPlaylist out;
    PlaylistEntry pending;
    bool havePending = false;
    for (const auto& [number, raw] : splitLines(*text)) {
        if (raw.size() > limits.maxLineBytes)
            return Error(ErrorCode::Refused,
                         "line longer than " + std::to_string(limits.maxLineBytes) + " bytes")
                .inFile(fileName)
                .atLine(number);
        const std::string_view line = trimmed(raw);
        if (line.empty())
            continue;
        if (line.front() == '#') {
            if (startsWith(line, "#EXTINF:")) {
                pending = PlaylistEntry{};
                pending.line = number;
                havePending = true;
                if (auto st = readExtinf(line.substr(8), pending); !st)
                    return std::move(st).error().inFile(fileName).atLine(number);
            } else if (startsWith(line, "#PLAYLIST:")) {
                out.title = std::string(trimmed(line.substr(10)));
            } else if (startsWith(line, "#EXTALB:")) {
                pending.album = std::string(trimmed(line.substr(8)));
            } else if (startsWith(line, "#EXTART:")) {
                pending.creator = std::string(trimmed(line.substr(8)));
            }
            continue;
        }
        if (out.entries.size() >= limits.maxEntries)
            return Error(ErrorCode::Refused, "more than " + std::to_string(limits.maxEntries) + " entries")
                .inFile(fileName)
                .atLine(number);
        PlaylistEntry entry = std::move(pending);
        if (!havePending)
            entry.line = number;
        entry.location = locationFromText(line);
        out.entries.push_back(std::move(entry));
        pending = PlaylistEntry{};
        havePending = false;
    }
    return out;
}

base::Result<std::string> writeM3u(const ParsedPlaylist& playlist)
{
    std::string out = "#EXTM3U\n";
    if (!playlist.title.empty())
        out += "#PLAYLIST:" + oneLine(playlist.title) + "\n";
    for (const PlaylistEntry& e : playlist.entries) {
        if (e.location.empty())
            continue;
        if (e.location.find_first_of("\r\n") != std::string::npos)
            return Error(ErrorCode::InvalidArgument, "a location with a line break cannot be written to M3U")
                .forField(e.location);
        const long long seconds = e.durationMs < 0 ? -1 : (e.durationMs + 500) / 1000;
        out += "#EXTINF:" + std::to_string(seconds) + ",";
        if (!e.creator.empty())
            out += oneLine(e.creator) + " - ";
        out += oneLine(e.title) + "\n";
        if (!e.album.empty())
            out += "#EXTALB:" + oneLine(e.album) + "\n";
        out += e.location + "\n";
    }
    return out;
}

} // namespace accord::playlist
