// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "scenario/scenario.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace accord::scenario {

/// A problem in a scenario file at a position, naming the key (dotted path such as `expect[2].verdict`).
struct ScenarioSyntaxError : std::runtime_error {
    ScenarioSyntaxError(SourcePos p, std::string k, const std::string& message)
        : std::runtime_error(message), pos(p), key(std::move(k))
    {
    }
    SourcePos pos;
    std::string key;
};

SourcePos positionOf(const toml::node& node);

/// Reads one TOML table strictly: every key must be taken (finish() refuses the rest, naming the first
/// unknown one), and every value must have the expected type. Throws ScenarioSyntaxError.
/// [one thread] Borrows the table; it must outlive the reader.
class TomlReader {
public:
    TomlReader(const toml::table& table, std::string path);

    /// The key's dotted path, e.g. "expect[2].verdict".
    std::string keyPath(std::string_view key) const;
    SourcePos pos() const { return positionOf(m_table); }
    bool has(std::string_view key) const;
    /// Marks the key as read and returns its node (nullptr when absent).
    const toml::node* take(std::string_view key);

    std::optional<std::string> string(std::string_view key);
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
    std::optional<double> number(std::string_view key);
    std::optional<bool> boolean(std::string_view key);
    /// A TOML date (midnight UTC), date-time (UTC when it has no offset), or such a string.
    std::optional<base::Instant> instant(std::string_view key);
    /// A string, or an array of strings ("one or many").
    std::vector<std::string> strings(std::string_view key);
    /// An instant, or an array of instants.
    std::vector<base::Instant> instants(std::string_view key);
    const toml::table* table(std::string_view key);
    const toml::array* array(std::string_view key);

    [[noreturn]] void fail(std::string_view key, const std::string& message) const;
    [[noreturn]] static void failAt(const toml::node& node, std::string key, const std::string& message);
    /// Throws for the first key not taken.
    void finish() const;

    static base::Instant instantOf(const toml::node& node, const std::string& keyPath);

private:
    const toml::table& m_table;
    std::string m_path;
    std::vector<std::string> m_taken;
};

} // namespace accord::scenario
