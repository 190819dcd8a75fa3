// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"
#include "catalogue/model/territory_set.hpp"

#include <nlohmann/json_fwd.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::catalogue {

/// Typed access to the fields of an Accord JSON document, every error naming the file and the JSON
/// pointer of the field ("/deals/3/end") and its line. Internal to the JSON importer. [any thread]
class JsonFields {
public:
    /// text (the document, for error lines) must outlive this object.
    JsonFields(std::string file, std::string_view text) : m_file(std::move(file)), m_text(text) {}

    /// Parses text, refusing nesting deeper than maxDepth; a syntax error names its line.
    static base::Result<nlohmann::json> parse(std::string_view text, const std::string& file, int maxDepth);
    static const nlohmann::json* member(const nlohmann::json& obj, const char* key);

    const std::string& file() const { return m_file; }
    base::Error error(const std::string& pointer, const std::string& message) const;

    /// A string member; "" when absent and not required.
    base::Result<std::string> text(const nlohmann::json& obj, const std::string& at, const char* key,
                                   bool required) const;
    /// An array of strings (a single string is accepted as a one-element list).
    base::Result<std::vector<std::string>> textList(const nlohmann::json& obj, const std::string& at,
                                                    const char* key, bool required) const;
    /// ISO-8601 duration string or a number of seconds; nullopt when absent.
    base::Result<std::optional<std::chrono::milliseconds>>
    duration(const nlohmann::json& obj, const std::string& at, const char* key) const;
    /// A date or date-time; an end (isEnd) date-only value is inclusive through that day.
    base::Result<std::optional<base::Instant>> instant(const nlohmann::json& obj, const std::string& at,
                                                       const char* key, int utcOffsetSeconds,
                                                       bool isEnd) const;
    /// "territories" (list, or "Worldwide") minus "excluded_territories"; required, non-empty.
    base::Result<TerritorySet> territories(const nlohmann::json& obj, const std::string& at) const;

private:
    std::string m_file;
    std::string_view m_text;
};

} // namespace accord::catalogue
