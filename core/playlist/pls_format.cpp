// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/pls_format.hpp"

#include "base/text_lines.hpp"

#include "playlist/playlist_text.hpp"

#include <charconv>
#include <map>

namespace accord::playlist {

using base::Error;
using base::ErrorCode;
using base::splitLines;

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

struct Slot {
    PlaylistEntry entry;
    bool file = false, title = false, length = false;
};

} // namespace

base::Result<ParsedPlaylist> parsePls(std::string_view bytes, const std::string& fileName,
                                      const PlaylistLimits& limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error(ErrorCode::Refused,
                     "file larger than the " + std::to_string(limits.maxFileBytes) + "-byte playlist limit")
            .inFile(fileName);
    auto text = decodePlaylistText(bytes, true, fileName);
    if (!text)
        return std::move(text).error();
    std::map<std::size_t, Slot> slots;
    bool inPlaylist = false;
    bool sawHeader = false;
    for (const auto& [number, raw] : splitLines(*text)) {
        const auto fail = [&, n = number](ErrorCode code, std::string why, std::string field = {}) {
            return Error(code, std::move(why)).inFile(fileName).atLine(n).forField(std::move(field));
        };
        if (raw.size() > limits.maxLineBytes)
            return fail(ErrorCode::Refused,
                        "line longer than " + std::to_string(limits.maxLineBytes) + " bytes");
        const std::string_view line = trimmed(raw);
        if (line.empty() || line.front() == ';' || line.front() == '#')
            continue;
        if (line.front() == '[') {
            if (line.back() != ']')
                return fail(ErrorCode::Format, "section header without ']'");
            inPlaylist = lower(line) == "[playlist]";
            sawHeader = sawHeader || inPlaylist;
            continue;
        }
        if (!sawHeader)
            return fail(ErrorCode::Format, "not a PLS playlist: no [playlist] section before the first key");
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos)
            return fail(ErrorCode::Format, "line without '=' in a PLS playlist");
        if (!inPlaylist)
            continue;
        const std::string key = lower(trimmed(line.substr(0, eq)));
        const std::string_view value = trimmed(line.substr(eq + 1));
        std::string_view kind;
        for (const std::string_view k : {"file", "title", "length"})
            if (key.size() > k.size() && key.compare(0, k.size(), k) == 0)
                kind = k;
        if (kind.empty())
            continue; // NumberOfEntries, Version and unknown keys
        const std::string_view digits = std::string_view(key).substr(kind.size());
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (ec != std::errc() || end != digits.data() + digits.size() || n == 0)
            return fail(ErrorCode::Format,
                        "entry number '" + std::string(digits) + "' is not a positive number",
                        std::string(line.substr(0, eq)));
        if (n > limits.maxEntries)
            return fail(ErrorCode::Refused,
                        "entry number above the limit of " + std::to_string(limits.maxEntries),
                        std::string(line.substr(0, eq)));
        if (slots.size() >= limits.maxEntries && !slots.count(n))
            return fail(ErrorCode::Refused, "more than " + std::to_string(limits.maxEntries) + " entries");
        Slot& slot = slots[n];
        const std::string field(line.substr(0, eq));
        if (kind == "file") {
            if (slot.file)
                return fail(ErrorCode::Format, "given twice", field);
            slot.file = true;
            slot.entry.location = locationFromText(value);
            slot.entry.line = number;
        } else if (kind == "title") {
            if (slot.title)
                return fail(ErrorCode::Format, "given twice", field);
            slot.title = true;
            // Winamp writes "Artist - Title" here, as #EXTINF does.
            const std::size_t dash = value.find(" - ");
            if (dash == std::string_view::npos) {
                slot.entry.title = std::string(value);
            } else {
                slot.entry.creator = std::string(trimmed(value.substr(0, dash)));
                slot.entry.title = std::string(trimmed(value.substr(dash + 3)));
            }
        } else {
            if (slot.length)
                return fail(ErrorCode::Format, "given twice", field);
            slot.length = true;
            long long seconds = 0;
            const auto [lend, lec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
            if (lec != std::errc() || lend != value.data() + value.size() || seconds > 1'000'000'000LL)
                return fail(ErrorCode::Format,
                            "length '" + std::string(value) + "' is not a number of seconds", field);
            slot.entry.durationMs = seconds < 0 ? -1 : seconds * 1000;
        }
        if (slot.entry.line == 0)
            slot.entry.line = number;
    }
    if (!sawHeader)
        return Error(ErrorCode::Format, "not a PLS playlist: no [playlist] section").inFile(fileName);
    ParsedPlaylist out;
    out.entries.reserve(slots.size());
    for (auto& [n, slot] : slots)
        out.entries.push_back(std::move(slot.entry));
    return out;
}

base::Result<std::string> writePls(const ParsedPlaylist& playlist)
{
    std::string out = "[playlist]\n";
    std::size_t n = 0;
    for (const PlaylistEntry& e : playlist.entries) {
        if (e.location.empty())
            continue;
        if (e.location.find_first_of("\r\n") != std::string::npos)
            return Error(ErrorCode::InvalidArgument, "a location with a line break cannot be written to PLS")
                .forField(e.location);
        const std::string k = std::to_string(++n);
        out += "File" + k + "=" + e.location + "\n";
        std::string title = e.creator.empty() ? e.title : e.creator + " - " + e.title;
        out += "Title" + k + "=" + oneLine(std::move(title)) + "\n";
        out +=
            "Length" + k + "=" + std::to_string(e.durationMs < 0 ? -1 : (e.durationMs + 500) / 1000) + "\n";
    }
    out += "NumberOfEntries=" + std::to_string(n) + "\nVersion=2\n";
    return out;
}

} // namespace accord::playlist
