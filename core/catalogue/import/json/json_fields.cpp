// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/import/json/json_fields.hpp"

#include "catalogue/import/json/json_locator.hpp"
#include "catalogue/model/catalogue_time.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace accord::catalogue {

using base::Error;
using base::ErrorCode;
using base::Result;
using json = nlohmann::json;

namespace {

struct TooDeep {};

long lineAt(std::string_view text, std::size_t byte)
{
    byte = std::min(byte, text.size());
    return 1 + static_cast<long>(std::count(text.begin(), text.begin() + static_cast<long>(byte), '\n'));
}

// Whether any token of `text` sits deeper than `maxDepth` as nlohmann's parser callback counts depth (the
// number of containers open before the token: a key, a scalar or an opening bracket). Exact on any valid
// prefix of the text, which is all the callback parser ever sees before a syntax error.
bool deeperThan(std::string_view text, int maxDepth)
{
    int open = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ',':
        case ':':
            break;
        case '}':
        case ']':
            --open;
            break;
        case '{':
        case '[':
            if (open > maxDepth)
                return true;
            ++open;
            break;
        default: // a string, number or literal starts here; the rest of a number or literal is harmless
            if (open > maxDepth)
                return true;
            inString = c == '"';
        }
    }
    return false;
}

} // namespace

Result<json> JsonFields::parse(std::string_view text, const std::string& file, int maxDepth)
{
    try {
        const json::parser_callback_t guard = [maxDepth](int depth, json::parse_event_t, json&) {
            if (depth > maxDepth)
                throw TooDeep{};
            return true;
        };
        // nlohmann 3.11's callback parser scans the parent's elements after every object for discarded
        // values: quadratic in an array's length (43% of syncing a 100,000-recording delta, perf in
        // tests/bench/sync-bench.sh). The guard only throws, so without a too-deep token the plain parser
        // gives the very same document; with one, the guarded parse gives the same error as before.
        if (!deeperThan(text, maxDepth))
            return json::parse(text.begin(), text.end());
        return json::parse(text.begin(), text.end(), guard);
    } catch (const TooDeep&) {
        return Error(ErrorCode::Refused, "JSON nested deeper than " + std::to_string(maxDepth) + " levels")
            .inFile(file);
    } catch (const json::parse_error& e) {
        return Error(ErrorCode::Format, std::string("JSON syntax error: ") + e.what())
            .inFile(file)
            .atLine(lineAt(text, e.byte));
    } catch (const json::exception& e) {
        // A number too large for a double ("1e999") is out_of_range 406, not a parse_error: it escaped and
        // ended the process (found by fuzz_json_importer). Its message quotes the number: find its line.
        const std::string what = e.what();
        const auto open = what.find("parsing '");
        const auto close = what.rfind('\'');
        std::size_t at = std::string_view::npos;
        if (open != std::string::npos && close != std::string::npos && close > open + 9)
            at = text.find(std::string_view(what).substr(open + 9, close - open - 9));
        Error err(ErrorCode::Format, "JSON syntax error: " + what);
        err.file = file;
        err.line = at == std::string_view::npos ? 0 : lineAt(text, at);
        return err;
    }
}

const json* JsonFields::member(const json& obj, const char* key)
{
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

Error JsonFields::error(const std::string& pointer, const std::string& message) const
{
    return Error(ErrorCode::Format, message)
        .inFile(m_file)
        .atLine(jsonPointerLine(m_text, pointer))
        .forField(pointer.empty() ? "/" : pointer);
}

Result<std::string> JsonFields::text(const json& obj, const std::string& at, const char* key,
                                     bool required) const
{
    const json* v = member(obj, key);
    if (!v) {
        if (required)
            return error(at + "/" + key, "required");
        return std::string();
    }
    if (!v->is_string())
        return error(at + "/" + key, "expected a string");
    std::string s = v->get<std::string>();
    if (required && s.empty())
        return error(at + "/" + key, "must not be empty");
    return s;
}

Result<std::vector<std::string>> JsonFields::textList(const json& obj, const std::string& at, const char* key,
                                                      bool required) const
{
    const json* v = member(obj, key);
    std::vector<std::string> out;
    if (!v) {
        if (required)
            return error(at + "/" + key, "required");
        return out;
    }
    if (v->is_string()) {
        out.push_back(v->get<std::string>());
        return out;
    }
    if (!v->is_array())
        return error(at + "/" + key, "expected an array of strings");
    for (size_t i = 0; i < v->size(); ++i) {
        if (!(*v)[i].is_string())
            return error(at + "/" + key + "/" + std::to_string(i), "expected a string");
        out.push_back((*v)[i].get<std::string>());
    }
    if (required && out.empty())
        return error(at + "/" + key, "must not be empty");
    return out;
}

Result<std::optional<std::chrono::milliseconds>> JsonFields::duration(const json& obj, const std::string& at,
                                                                      const char* key) const
{
    const json* v = member(obj, key);
    if (!v)
        return std::optional<std::chrono::milliseconds>();
    if (v->is_number()) {
        const double seconds = v->get<double>();
        if (seconds < 0 || seconds > 1e9)
            return error(at + "/" + key, "out of range");
        return std::optional(std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000.0)));
    }
    if (!v->is_string())
        return error(at + "/" + key, "expected an ISO-8601 duration (\"PT3M20S\") or seconds");
    auto d = parseIsoDuration(v->get<std::string>());
    if (!d.ok())
        return error(at + "/" + key, d.error().message);
    return std::optional(*d);
}

Result<std::optional<base::Instant>> JsonFields::instant(const json& obj, const std::string& at,
                                                         const char* key, int utcOffsetSeconds,
                                                         bool isEnd) const
{
    // Only an absent member means "no bound": "" or null silently turning a window open-ended is refused.
    const auto raw = obj.find(key);
    if (raw == obj.end())
        return std::optional<base::Instant>();
    if (raw->is_null())
        return error(at + "/" + key, "null is not a date (omit the member for an open-ended window)");
    auto s = text(obj, at, key, false);
    if (!s.ok())
        return std::move(s).error();
    if (s->empty())
        return error(at + "/" + key, "empty date (omit the member for an open-ended window)");
    auto t = isEnd ? windowEnd(*s, utcOffsetSeconds) : windowStart(*s, utcOffsetSeconds);
    if (!t.ok())
        return error(at + "/" + key, t.error().message);
    return std::optional(*t);
}

Result<TerritorySet> JsonFields::territories(const json& obj, const std::string& at) const
{
    TerritorySet set;
    auto included = textList(obj, at, "territories", true);
    if (!included.ok())
        return std::move(included).error();
    for (size_t i = 0; i < included->size(); ++i) {
        auto st = set.include((*included)[i]);
        if (!st.ok())
            return error(at + "/territories/" + std::to_string(i), st.error().message);
    }
    auto excluded = textList(obj, at, "excluded_territories", false);
    if (!excluded.ok())
        return std::move(excluded).error();
    for (size_t i = 0; i < excluded->size(); ++i) {
        auto st = set.exclude((*excluded)[i]);
        if (!st.ok())
            return error(at + "/excluded_territories/" + std::to_string(i), st.error().message);
    }
    return set;
}

} // namespace accord::catalogue
