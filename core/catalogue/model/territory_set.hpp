// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace accord::catalogue {

/// Where a deal or takedown applies: ISO 3166-1 alpha-2 codes included (or "Worldwide"), minus excluded ones.
/// [any thread] Plain value type.
class TerritorySet {
public:
    TerritorySet() = default;
    static TerritorySet worldwide()
    {
        TerritorySet t;
        t.m_worldwide = true;
        return t;
    }

    /// Parses the stored form "Worldwide" / "CN HK TW" plus "-" separated exclusions, e.g. "Worldwide -CN
    /// -KP".
    static base::Result<TerritorySet> parse(std::string_view stored);
    /// From codes that are already normalised (two upper-case ASCII letters each, no duplicates), e.g. as
    /// decoded from a stored rights row: no validation, no re-parsing.
    static TerritorySet fromNormalised(bool worldwide, std::vector<std::string> included,
                                       std::vector<std::string> excluded)
    {
        TerritorySet t;
        t.m_worldwide = worldwide;
        t.m_included = std::move(included);
        t.m_excluded = std::move(excluded);
        return t;
    }
    /// Adds one code; "Worldwide" (any case) sets the worldwide flag. Error for anything not two letters.
    base::Status include(std::string_view code);
    base::Status exclude(std::string_view code);

    bool covers(std::string_view territory) const;
    bool isWorldwide() const { return m_worldwide; }
    bool empty() const { return !m_worldwide && m_included.empty(); }
    const std::vector<std::string>& included() const { return m_included; }
    const std::vector<std::string>& excluded() const { return m_excluded; }

    /// The stored form, e.g. "Worldwide -CN" or "CN HK".
    std::string toString() const;

private:
    bool m_worldwide = false;
    std::vector<std::string> m_included;
    std::vector<std::string> m_excluded;
};

/// True for two ASCII letters (upper-cased into out). Used for territory codes everywhere.
bool normaliseTerritoryCode(std::string_view code, std::string& out);

} // namespace accord::catalogue
