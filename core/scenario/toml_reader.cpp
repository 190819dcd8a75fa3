// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/toml_reader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace accord::scenario {

namespace {

const char* typeName(const toml::node& n)
{
    switch (n.type()) {
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::table:
        return "a table";
    default:
        return "nothing";
    }
}

// Built from calendar fields so an impossible date (2015-02-30) is caught even when it comes as a string.
base::Instant fromFields(int y, unsigned m, unsigned d, int hh, int mm, int ss, int offsetSeconds,
                         const toml::node& node, const std::string& key)
{
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok())
        TomlReader::failAt(node, key, "no such date");
    return std::chrono::sys_days{ymd} + std::chrono::hours{hh} + std::chrono::minutes{mm} +
           std::chrono::seconds{ss} - std::chrono::seconds{offsetSeconds};
}

} // namespace

SourcePos positionOf(const toml::node& node)
{
    return {static_cast<long>(node.source().begin.line), static_cast<long>(node.source().begin.column)};
}

TomlReader::TomlReader(const toml::table& table, std::string path) : m_table(table), m_path(std::move(path))
{
}

std::string TomlReader::keyPath(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

bool TomlReader::has(std::string_view key) const
{
    return m_table.contains(key);
}

const toml::node* TomlReader::take(std::string_view key)
{
    m_taken.emplace_back(key);
    return m_table.get(key);
}

void TomlReader::fail(std::string_view key, const std::string& message) const
{
    const toml::node* n = m_table.get(key);
    throw ScenarioSyntaxError(n ? positionOf(*n) : positionOf(m_table), keyPath(key), message);
}

void TomlReader::failAt(const toml::node& node, std::string key, const std::string& message)
{
    throw ScenarioSyntaxError(positionOf(node), std::move(key), message);
}

std::optional<std::string> TomlReader::string(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return std::nullopt;
    if (!n->is_string())
        fail(key, std::string("must be a string, not ") + typeName(*n));
    return std::string(*n->value<std::string_view>());
}

std::optional<std::int64_t> TomlReader::integer(std::string_view key, std::int64_t min, std::int64_t max)
{
    const toml::node* n = take(key);
    if (!n)
        return std::nullopt;
    if (!n->is_integer())
        fail(key, std::string("must be an integer, not ") + typeName(*n));
    const std::int64_t v = *n->value<std::int64_t>();
    if (v < min || v > max)
        fail(key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return v;
}

std::optional<double> TomlReader::number(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return std::nullopt;
    if (!n->is_number())
        fail(key, std::string("must be a number, not ") + typeName(*n));
    return *n->value<double>();
}

std::optional<bool> TomlReader::boolean(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return std::nullopt;
    if (!n->is_boolean())
        fail(key, std::string("must be true or false, not ") + typeName(*n));
    return *n->value<bool>();
}

base::Instant TomlReader::instantOf(const toml::node& n, const std::string& key)
{
    if (const auto* d = n.as_date()) {
        const toml::date v = d->get();
        return fromFields(v.year, v.month, v.day, 0, 0, 0, 0, n, key);
    }
    if (const auto* dt = n.as_date_time()) {
        const toml::date_time v = dt->get();
        const int offset = v.offset ? v.offset->minutes * 60 : 0;
        return fromFields(v.date.year, v.date.month, v.date.day, v.time.hour, v.time.minute, v.time.second,
                          offset, n, key);
    }
    if (const auto* s = n.as_string()) {
        const std::string& text = s->get();
        int y = 0;
        unsigned m = 0;
        unsigned d = 0;
        if (text.size() >= 10 && std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) == 3) {
            // Check the calendar first: the ISO parser may normalise 2015-02-30 into March.
            fromFields(y, m, d, 0, 0, 0, 0, n, key);
            auto parsed = base::parseIso8601(text);
            if (parsed.ok())
                return parsed->instant;
            failAt(n, key, parsed.error().message);
        }
        failAt(n, key, "'" + text + "' is not an ISO-8601 date or date-time");
    }
    failAt(n, key, std::string("must be a date or date-time, not ") + typeName(n));
}

std::optional<base::Instant> TomlReader::instant(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return std::nullopt;
    return instantOf(*n, keyPath(key));
}

std::vector<std::string> TomlReader::strings(std::string_view key)
{
    const toml::node* n = take(key);
    std::vector<std::string> out;
    if (!n)
        return out;
    if (n->is_string()) {
        out.emplace_back(*n->value<std::string_view>());
        return out;
    }
    const toml::array* a = n->as_array();
    if (!a)
        fail(key, std::string("must be a string or an array of strings, not ") + typeName(*n));
    for (std::size_t i = 0; i < a->size(); ++i) {
        const toml::node& e = *a->get(i);
        if (!e.is_string())
            failAt(e, keyPath(key) + "[" + std::to_string(i) + "]",
                   std::string("must be a string, not ") + typeName(e));
        out.emplace_back(*e.value<std::string_view>());
    }
    return out;
}

std::vector<base::Instant> TomlReader::instants(std::string_view key)
{
    const toml::node* n = take(key);
    std::vector<base::Instant> out;
    if (!n)
        return out;
    if (const toml::array* a = n->as_array()) {
        for (std::size_t i = 0; i < a->size(); ++i)
            out.push_back(instantOf(*a->get(i), keyPath(key) + "[" + std::to_string(i) + "]"));
        return out;
    }
    out.push_back(instantOf(*n, keyPath(key)));
    return out;
}

const toml::table* TomlReader::table(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return nullptr;
    if (!n->is_table())
        fail(key, std::string("must be a table, not ") + typeName(*n));
    return n->as_table();
}

const toml::array* TomlReader::array(std::string_view key)
{
    const toml::node* n = take(key);
    if (!n)
        return nullptr;
    if (!n->is_array())
        fail(key, std::string("must be an array, not ") + typeName(*n));
    return n->as_array();
}

void TomlReader::finish() const
{
    for (const auto& [k, v] : m_table) {
        if (std::find(m_taken.begin(), m_taken.end(), k.str()) == m_taken.end())
            throw ScenarioSyntaxError(
                {static_cast<long>(k.source().begin.line), static_cast<long>(k.source().begin.column)},
                keyPath(k.str()), "unknown key");
    }
}

} // namespace accord::scenario
