// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "lyrics/lrc_parser.hpp"

#include "base/text_lines.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace accord::lyrics {

using base::Error;
using base::ErrorCode;
using base::splitLines;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Outcome of reading "mm:ss(.xx)" (the inside of a time tag, without brackets).
enum class TimeShape { NotTime, Time, BadSeconds, TooLate };

// "mm:ss", "mm:ss.x..xxx", "mm:ss:xx": minutes any digits, seconds one or two digits. Digits are summed
// with a cap, so "[99999999999999:00]" is "too late" rather than an overflow.
TimeShape readTime(std::string_view s, std::int64_t maxMs, std::int64_t& ms)
{
    std::size_t i = 0;
    std::int64_t minutes = 0;
    while (i < s.size() && isDigit(s[i])) {
        minutes = std::min<std::int64_t>(minutes * 10 + (s[i] - '0'), 1'000'000'000);
        ++i;
    }
    if (i == 0 || i >= s.size() || s[i] != ':')
        return TimeShape::NotTime;
    const std::size_t secStart = ++i;
    std::int64_t seconds = 0;
    while (i < s.size() && isDigit(s[i]) && i - secStart < 2) {
        seconds = seconds * 10 + (s[i] - '0');
        ++i;
    }
    if (i == secStart)
        return TimeShape::NotTime;
    std::int64_t fraction = 0;
    if (i < s.size()) {
        if (s[i] != '.' && s[i] != ':')
            return TimeShape::NotTime;
        const std::size_t fracStart = ++i;
        while (i < s.size() && isDigit(s[i]) && i - fracStart < 3) {
            fraction = fraction * 10 + (s[i] - '0');
            ++i;
        }
        const std::size_t digits = i - fracStart;
        if (digits == 0 || i != s.size())
            return TimeShape::NotTime;
        fraction *= digits == 1 ? 100 : digits == 2 ? 10 : 1; // tenths, hundredths (usual), ms
    }
    if (seconds >= 60)
        return TimeShape::BadSeconds;
    ms = minutes * 60000 + seconds * 1000 + fraction;
    return ms >= maxMs ? TimeShape::TooLate : TimeShape::Time;
}

struct RawLine {
    std::int64_t timeMs;
    std::string text;
    std::vector<LyricWord> words;
    long number;
};

// Splits "<00:01.00>Hel<00:01.50>lo" into words; the text without the stamps goes to `text`.
std::optional<Error> readWords(std::string_view s, std::int64_t maxMs, std::string& text,
                               std::vector<LyricWord>& words)
{
    std::size_t i = 0;
    std::string pending;
    std::int64_t pendingTime = -1;
    const auto flush = [&] {
        if (pendingTime >= 0 && !pending.empty())
            words.push_back({pendingTime, pending});
        text += pending;
        pending.clear();
    };
    while (i < s.size()) {
        if (s[i] == '<') {
            const std::size_t close = s.find('>', i);
            std::int64_t ms = 0;
            if (close != std::string_view::npos) {
                const TimeShape shape = readTime(s.substr(i + 1, close - i - 1), maxMs, ms);
                if (shape == TimeShape::BadSeconds)
                    return Error(ErrorCode::Format, "word time with seconds of 60 or more");
                if (shape == TimeShape::TooLate)
                    return Error(ErrorCode::Refused, "word time past the limit");
                if (shape == TimeShape::Time) {
                    flush();
                    pendingTime = ms;
                    i = close + 1;
                    continue;
                }
            }
        }
        pending += s[i];
        ++i;
    }
    flush();
    return std::nullopt;
}

void trimBlankEnds(std::vector<LyricLine>& lines)
{
    while (!lines.empty() && lines.back().text.empty())
        lines.pop_back();
    const auto first =
        std::find_if(lines.begin(), lines.end(), [](const LyricLine& l) { return !l.text.empty(); });
    lines.erase(lines.begin(), first);
}

std::optional<Error> applyMetadata(Lyrics& out, const std::string& key, std::string_view value,
                                   const LrcLimits& limits)
{
    if (key == "ar")
        out.artist = value;
    else if (key == "ti")
        out.title = value;
    else if (key == "al")
        out.album = value;
    else if (key == "by")
        out.author = value;
    else if (key == "length") {
        std::int64_t ms = 0;
        if (readTime(trimmed(value), limits.maxTimeMs, ms) == TimeShape::Time)
            out.lengthMs = ms; // a malformed length only loses the length: nothing depends on it
    } else if (key == "offset") {
        std::string_view v = trimmed(value);
        bool negative = false;
        if (!v.empty() && (v.front() == '+' || v.front() == '-')) {
            negative = v.front() == '-';
            v.remove_prefix(1);
        }
        if (v.empty() || !std::all_of(v.begin(), v.end(), isDigit))
            return Error(ErrorCode::Format, "offset is not a whole number of milliseconds")
                .forField("offset");
        std::int64_t ms = 0;
        for (const char c : v)
            ms = std::min<std::int64_t>(ms * 10 + (c - '0'), limits.maxOffsetMs + 1);
        if (ms > limits.maxOffsetMs)
            return Error(ErrorCode::Refused, "offset beyond one hour").forField("offset");
        out.fileOffsetMs = negative ? -ms : ms;
    }
    return std::nullopt;
}

} // namespace

base::Result<Lyrics> parseLrc(std::string_view text, const std::string& fileName, const LrcLimits& limits)
{
    if (text.size() > limits.maxBytes)
        return Error(ErrorCode::Refused,
                     "lyrics text larger than " + std::to_string(limits.maxBytes) + " bytes")
            .inFile(fileName);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    Lyrics out;
    std::vector<RawLine> timed;
    std::vector<LyricLine> untimed;
    for (const auto& [number, raw] : splitLines(text)) {
        const auto fail = [&, n = number](Error e) { return std::move(e).inFile(fileName).atLine(n); };
        if (raw.find('\0') != std::string_view::npos)
            return fail(Error(ErrorCode::Refused, "NUL byte in lyrics text"));
        std::string_view rest = trimmed(raw);
        std::vector<std::int64_t> times;
        bool metadataOnly = false;
        while (!rest.empty() && rest.front() == '[') {
            const std::size_t close = rest.find(']');
            if (close == std::string_view::npos)
                break;
            const std::string_view inside = rest.substr(1, close - 1);
            std::int64_t ms = 0;
            const TimeShape shape = readTime(inside, limits.maxTimeMs, ms);
            if (shape == TimeShape::BadSeconds)
                return fail(Error(ErrorCode::Format,
                                  "time tag [" + std::string(inside) + "] has seconds of 60 or more"));
            if (shape == TimeShape::TooLate)
                return fail(
                    Error(ErrorCode::Refused, "time tag [" + std::string(inside) + "] is past 24 hours"));
            if (shape == TimeShape::Time) {
                times.push_back(ms);
                rest = trimmed(rest.substr(close + 1));
                continue;
            }
            // A letter tag ("[ar:...]", "[#:...]") is metadata; anything else ("[Chorus]") is text.
            const std::size_t colon = inside.find(':');
            const std::string_view key = colon == std::string_view::npos ? inside : inside.substr(0, colon);
            const bool letters = !key.empty() && std::all_of(key.begin(), key.end(),
                                                             [](char c) { return isAlpha(c) || c == '#'; });
            if (colon == std::string_view::npos || !letters || !times.empty())
                break;
            if (auto e = applyMetadata(out, lower(key), inside.substr(colon + 1), limits))
                return fail(std::move(*e));
            metadataOnly = true;
            rest = trimmed(rest.substr(close + 1));
        }
        if (times.empty()) {
            if (metadataOnly && rest.empty())
                continue;
            untimed.push_back({-1, std::string(rest), {}, number});
            continue;
        }
        std::string lineText;
        std::vector<LyricWord> words;
        if (auto e = readWords(rest, limits.maxTimeMs, lineText, words))
            return fail(std::move(*e));
        lineText = std::string(trimmed(lineText));
        for (const std::int64_t t : times) {
            if (timed.size() >= limits.maxLines)
                return fail(Error(ErrorCode::Refused,
                                  "more than " + std::to_string(limits.maxLines) + " timed lyric lines"));
            timed.push_back({t, lineText, words, number});
        }
    }
    if (timed.empty()) {
        trimBlankEnds(untimed);
        if (untimed.size() > limits.maxLines)
            return Error(ErrorCode::Refused, "more than " + std::to_string(limits.maxLines) + " lyric lines")
                .inFile(fileName)
                .atLine(untimed[limits.maxLines].sourceLine);
        out.lines = std::move(untimed);
        return out;
    }
    out.synced = true;
    std::stable_sort(timed.begin(), timed.end(),
                     [](const RawLine& a, const RawLine& b) { return a.timeMs < b.timeMs; });
    const auto shift = [&](std::int64_t t) { return std::max<std::int64_t>(0, t - out.fileOffsetMs); };
    out.lines.reserve(timed.size());
    for (RawLine& r : timed) {
        for (LyricWord& w : r.words)
            w.timeMs = shift(w.timeMs);
        out.lines.push_back({shift(r.timeMs), std::move(r.text), std::move(r.words), r.number});
    }
    return out;
}

Lyrics plainLyrics(std::string_view text)
{
    Lyrics out;
    for (const auto& [number, raw] : splitLines(text))
        out.lines.push_back({-1, std::string(trimmed(raw)), {}, number});
    trimBlankEnds(out.lines);
    return out;
}

} // namespace accord::lyrics
