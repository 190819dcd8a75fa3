// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/cue_sheet.hpp"

#include <libcue.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

namespace accord::library {

namespace {

// libcue's lexer copies a string into a 1024-byte buffer; longer ones would be cut.
constexpr std::size_t kMaxField = 1000;

bool validUtf8(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

std::string toUtf8(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (validUtf8(text))
        return std::string(text);
    std::string out; // Latin-1: every byte is its code point
    out.reserve(text.size() * 2);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.push_back(ch);
        } else {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

/// One line split into words; a double-quoted word keeps its spaces (without the quotes).
struct Words {
    std::vector<std::string> w;
    bool unterminated = false;
};

Words splitWords(std::string_view line)
{
    Words out;
    std::size_t i = 0;
    while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
            ++i;
            continue;
        }
        if (line[i] == '"') {
            const std::size_t end = line.find('"', i + 1);
            if (end == std::string_view::npos) {
                out.unterminated = true;
                out.w.emplace_back(line.substr(i + 1));
                return out;
            }
            out.w.emplace_back(line.substr(i + 1, end - i - 1));
            i = end + 1;
            continue;
        }
        std::size_t end = i;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t' && line[end] != '\r')
            ++end;
        out.w.emplace_back(line.substr(i, end - i));
        i = end;
    }
    return out;
}

std::string upper(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

/// A value as libcue may see it inside quotes: no quote, and no trailing backslash (which would escape the
/// closing quote and let libcue's string run into the next lines).
std::string clean(std::string v)
{
    v.erase(std::remove(v.begin(), v.end(), '"'), v.end());
    while (!v.empty() && v.back() == '\\')
        v.pop_back();
    return v;
}

std::optional<long> smallNumber(const std::string& s, long max)
{
    if (s.empty() || s.size() > 4 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const long v = std::strtol(s.c_str(), nullptr, 10);
    return v <= max ? std::optional<long>(v) : std::nullopt;
}

/// "mm:ss:ff" in frames; minutes may exceed 99 (long images).
std::optional<std::uint64_t> msf(const std::string& s)
{
    const std::size_t a = s.find(':');
    const std::size_t b = a == std::string::npos ? a : s.find(':', a + 1);
    if (b == std::string::npos)
        return std::nullopt;
    const auto m = smallNumber(s.substr(0, a), 9999);
    const auto sec = smallNumber(s.substr(a + 1, b - a - 1), 59);
    const auto f = smallNumber(s.substr(b + 1), 74);
    if (!m || !sec || !f)
        return std::nullopt;
    return (static_cast<std::uint64_t>(*m) * 60 + static_cast<std::uint64_t>(*sec)) * 75 +
           static_cast<std::uint64_t>(*f);
}

std::optional<double> decibels(const char* s)
{
    if (!s || !*s)
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(s, &end);
    return end == s ? std::nullopt : std::optional<double>(v);
}

std::string str(const char* s)
{
    return s ? std::string(s) : std::string();
}

/// What the line check learns that libcue does not keep: where each INDEX 00 and TRACK is.
struct LineFacts {
    std::vector<std::string> files;
    std::map<int, long> trackLine;
    std::map<int, std::pair<std::string, std::uint64_t>> index0;
    std::map<int, std::string> index1File; ///< libcue loses a FILE met between INDEX 00 and INDEX 01
    std::string canonical; ///< the sheet rewritten for libcue: upper-case keywords, FILE names as "F<n>"
};

base::Error lineError(const std::string& name, long line, std::string message)
{
    return base::Error(base::ErrorCode::Format, std::move(message)).inFile(name).atLine(line);
}

base::Result<LineFacts> checkLines(const std::string& text, const std::string& name)
{
    static const char* const kText[] = {"TITLE",   "PERFORMER", "SONGWRITER", "COMPOSER",  "ARRANGER",
                                        "MESSAGE", "DISC_ID",   "GENRE",      "TOC_INFO1", "TOC_INFO2",
                                        "UPC_EAN", "SIZE_INFO", "CATALOG",    "CDTEXTFILE"};
    LineFacts facts;
    int track = 0;         // current TRACK number, 0 before the first
    int lastIndex = -1;    // last INDEX number in this track
    bool hasIndex1 = true; // the previous track had its INDEX 01
    long prevTrackLine = 0;
    std::string currentFile;
    std::uint64_t lastPos = 0; // position of the last INDEX in currentFile
    long lineNo = 0;
    long lastLine = 0; // the last line that was not blank
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view line(text.data() + start, end - start);
        start = end + 1;
        ++lineNo;
        Words words = splitWords(line);
        if (words.w.empty())
            continue;
        lastLine = lineNo;
        if (words.unterminated)
            return lineError(name, lineNo, "a quoted string is not closed");
        const std::string cmd = upper(words.w[0]);
        const std::size_t n = words.w.size();
        auto need = [&](std::size_t count) -> base::Status {
            if (n < count)
                return lineError(name, lineNo, cmd + " needs " + std::to_string(count - 1) + " value(s)");
            return {};
        };
        for (const std::string& w : words.w)
            if (w.size() > kMaxField)
                return lineError(name, lineNo, "a value longer than 1000 bytes");
        if (cmd == "REM") {
            // libcue reads REM DATE, GENRE and REPLAYGAIN_* (the gains unquoted); other comments are left
            // out.
            const std::string key = n > 1 ? upper(words.w[1]) : std::string();
            std::string value;
            for (std::size_t i = 2; i < n; ++i)
                value += (i > 2 ? " " : "") + words.w[i];
            if (key == "DATE" || key == "GENRE")
                facts.canonical += "REM " + key + " \"" + clean(value) + "\"\n";
            else if (key.rfind("REPLAYGAIN_", 0) == 0 && n > 2 && !clean(words.w[2]).empty())
                facts.canonical += "REM " + key + " " + clean(words.w[2]) + "\n";
            continue;
        }
        if (cmd == "FILE") {
            ACCORD_TRY(need(2));
            if (words.w[1].empty())
                return lineError(name, lineNo, "FILE names no file");
            currentFile = words.w[1];
            lastPos = 0;
            facts.files.push_back(currentFile);
            facts.canonical += "FILE \"F" + std::to_string(facts.files.size() - 1) + "\" WAVE\n";
            continue;
        }
        if (cmd == "TRACK") {
            ACCORD_TRY(need(3));
            const auto number = smallNumber(words.w[1], 99);
            if (!number || *number < 1)
                return lineError(name, lineNo, "TRACK number '" + words.w[1] + "' is not 1-99");
            if (*number <= track)
                return lineError(name, lineNo,
                                 "TRACK " + words.w[1] + " does not follow TRACK " + std::to_string(track));
            if (facts.files.empty())
                return lineError(name, lineNo, "TRACK before any FILE");
            if (!hasIndex1)
                return lineError(name, prevTrackLine, "TRACK " + std::to_string(track) + " has no INDEX 01");
            const std::string mode = upper(words.w[2]);
            static const char* const kModes[] = {"AUDIO",      "MODE1/2048", "MODE1/2352", "MODE2/2336",
                                                 "MODE2/2048", "MODE2/2342", "MODE2/2332", "MODE2/2352",
                                                 "CDG",        "CDI/2336",   "CDI/2352"};
            if (std::none_of(std::begin(kModes), std::end(kModes), [&](const char* m) { return mode == m; }))
                return lineError(name, lineNo, "unknown track type '" + words.w[2] + "'");
            track = static_cast<int>(*number);
            facts.trackLine[track] = lineNo;
            prevTrackLine = lineNo;
            hasIndex1 = false;
            lastIndex = -1;
            // libcue knows the CD-ROM modes only: other data tracks are handed to it as MODE1.
            const bool known = mode == "AUDIO" || mode.rfind("MODE", 0) == 0;
            facts.canonical += "TRACK " + std::to_string(track) + " " + (known ? mode : "MODE1/2352") + "\n";
            continue;
        }
        if (cmd == "INDEX") {
            ACCORD_TRY(need(3));
            if (track == 0)
                return lineError(name, lineNo, "INDEX outside a TRACK");
            const auto number = smallNumber(words.w[1], 99);
            if (!number)
                return lineError(name, lineNo, "INDEX number '" + words.w[1] + "' is not 0-99");
            if (static_cast<int>(*number) <= lastIndex)
                return lineError(name, lineNo,
                                 "INDEX " + words.w[1] + " does not follow INDEX " +
                                     std::to_string(lastIndex));
            const auto pos = msf(words.w[2]);
            if (!pos)
                return lineError(name, lineNo,
                                 "time '" + words.w[2] + "' is not mm:ss:ff (ss < 60, ff < 75)");
            if (*pos < lastPos)
                return lineError(name, lineNo,
                                 "INDEX " + words.w[1] + " at " + words.w[2] +
                                     " is before the previous index in the same file");
            lastPos = *pos;
            lastIndex = static_cast<int>(*number);
            if (*number == 0)
                facts.index0[track] = {currentFile, *pos};
            if (*number == 1) {
                hasIndex1 = true;
                facts.index1File[track] = currentFile;
            }
            facts.canonical += "INDEX " + std::to_string(*number) + " " + std::to_string(*pos) + "\n";
            continue;
        }
        if (cmd == "PREGAP" || cmd == "POSTGAP") {
            ACCORD_TRY(need(2));
            if (track == 0)
                return lineError(name, lineNo, cmd + " outside a TRACK");
            const auto pos = msf(words.w[1]);
            if (!pos)
                return lineError(name, lineNo,
                                 "time '" + words.w[1] + "' is not mm:ss:ff (ss < 60, ff < 75)");
            facts.canonical += cmd + " " + std::to_string(*pos) + "\n";
            continue;
        }
        if (cmd == "FLAGS") {
            std::string out = "FLAGS";
            for (std::size_t i = 1; i < n; ++i) {
                const std::string f = upper(words.w[i]);
                if (f != "PRE" && f != "DCP" && f != "4CH" && f != "SCMS" && f != "DATA")
                    return lineError(name, lineNo, "unknown flag '" + words.w[i] + "'");
                if (f != "DATA")
                    out += " " + f;
            }
            facts.canonical += out + "\n";
            continue;
        }
        if (cmd == "ISRC") {
            ACCORD_TRY(need(2));
            if (track == 0)
                return lineError(name, lineNo, "ISRC outside a TRACK");
            std::string isrc = words.w[1];
            isrc.erase(std::remove(isrc.begin(), isrc.end(), '-'), isrc.end());
            if (isrc.size() != 12 || !std::all_of(isrc.begin(), isrc.end(), [](char c) {
                    return std::isalnum(static_cast<unsigned char>(c)) != 0;
                }))
                return lineError(name, lineNo, "ISRC '" + words.w[1] + "' is not 12 letters and digits");
            facts.canonical += "ISRC " + upper(isrc) + "\n";
            continue;
        }
        if (std::any_of(std::begin(kText), std::end(kText), [&](const char* k) { return cmd == k; })) {
            ACCORD_TRY(need(2));
            std::string v = words.w[1];
            for (std::size_t i = 2; i < n; ++i)
                v += " " + words.w[i]; // an unquoted title with spaces
            facts.canonical += cmd + " \"" + clean(v) + "\"\n";
            continue;
        }
        return lineError(name, lineNo, "unknown command '" + words.w[0] + "'");
    }
    if (track == 0)
        return lineError(name, lastLine, "no TRACK in the sheet");
    if (!hasIndex1)
        return lineError(name, prevTrackLine, "TRACK " + std::to_string(track) + " has no INDEX 01");
    return facts;
}

std::mutex& libcueMutex()
{
    static std::mutex m;
    return m;
}

} // namespace

base::Result<CueSheet> parseCueSheet(std::string_view raw, const std::string& name)
{
    if (raw.size() > kMaxCueSheetBytes)
        return base::Error(base::ErrorCode::Refused, "a CUE sheet larger than 1 MiB").inFile(name);
    if (raw.find('\0') != std::string_view::npos)
        return base::Error(base::ErrorCode::Format, "a NUL byte: not a CUE sheet").inFile(name);
    const std::string text = toUtf8(raw);
    auto facts = checkLines(text, name);
    if (!facts)
        return std::move(facts).error();

    CueSheet sheet;
    sheet.files = facts->files;
    std::lock_guard lock(libcueMutex());
    std::unique_ptr<Cd, void (*)(Cd*)> cd(cue_parse_string(facts->canonical.c_str()), cd_delete);
    if (!cd)
        return base::Error(base::ErrorCode::Format, "libcue could not read the sheet").inFile(name);
    const Cdtext* cdtext = cd_get_cdtext(cd.get());
    sheet.title = str(cdtext_get(PTI_TITLE, cdtext));
    sheet.performer = str(cdtext_get(PTI_PERFORMER, cdtext));
    sheet.songwriter = str(cdtext_get(PTI_SONGWRITER, cdtext));
    sheet.genre = str(cdtext_get(PTI_GENRE, cdtext));
    sheet.catalog = str(cdtext_get(PTI_UPC_ISRC, cdtext));
    Rem* rem = cd_get_rem(cd.get());
    sheet.date = str(rem_get(REM_DATE, rem));
    sheet.rgAlbumGain = decibels(rem_get(REM_REPLAYGAIN_ALBUM_GAIN, rem));
    sheet.rgAlbumPeak = decibels(rem_get(REM_REPLAYGAIN_ALBUM_PEAK, rem));
    const int count = cd_get_ntrack(cd.get());
    if (count != static_cast<int>(facts->trackLine.size()))
        return base::Error(base::ErrorCode::Format, "libcue read " + std::to_string(count) + " tracks, not " +
                                                        std::to_string(facts->trackLine.size()))
            .inFile(name);
    auto line = facts->trackLine.begin();
    for (int i = 1; i <= count; ++i, ++line) {
        const Track* t = cd_get_track(cd.get(), i);
        if (!t)
            return base::Error(base::ErrorCode::Format, "libcue lost a track").inFile(name);
        CueTrack ct;
        ct.number = line->first;
        ct.line = line->second;
        // libcue names a track's file wrongly after a FILE line between a track's INDEX 00 and INDEX 01
        // (it keeps the older file for the tracks that follow): the line check's answer is used instead.
        ct.file = facts->index1File[ct.number];
        ct.audio = track_get_mode(t) == MODE_AUDIO;
        ct.index1 = static_cast<std::uint64_t>(track_get_index(t, 1));
        if (const auto it = facts->index0.find(ct.number); it != facts->index0.end()) {
            ct.index0File = it->second.first;
            ct.index0 = it->second.second;
        }
        // libcue folds an INDEX 00 into the pregap; PREGAP alone is silence the sheet adds.
        const long pre = track_get_zero_pre(t);
        if (pre > 0 && !ct.index0)
            ct.pregap = static_cast<std::uint64_t>(pre);
        ct.postgap = static_cast<std::uint64_t>(std::max(0L, track_get_zero_post(t)));
        const Cdtext* tt = track_get_cdtext(t);
        ct.title = str(cdtext_get(PTI_TITLE, tt));
        ct.performer = str(cdtext_get(PTI_PERFORMER, tt));
        ct.songwriter = str(cdtext_get(PTI_SONGWRITER, tt));
        ct.isrc = str(track_get_isrc(t));
        if (ct.isrc.empty())
            ct.isrc = str(cdtext_get(PTI_UPC_ISRC, tt));
        Rem* trackRem = track_get_rem(t);
        ct.rgTrackGain = decibels(rem_get(REM_REPLAYGAIN_TRACK_GAIN, trackRem));
        ct.rgTrackPeak = decibels(rem_get(REM_REPLAYGAIN_TRACK_PEAK, trackRem));
        sheet.tracks.push_back(std::move(ct));
    }
    return sheet;
}

base::Result<CueSheet> readCueSheet(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return base::Error(base::ErrorCode::NotFound, "cannot open the CUE sheet").inFile(path);
    std::string text(kMaxCueSheetBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return base::Error(base::ErrorCode::Io, "cannot read the CUE sheet").inFile(path);
    return parseCueSheet(text, path);
}

} // namespace accord::library
