// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/territory_set.hpp"

#include <algorithm>

namespace accord::catalogue {

bool normaliseTerritoryCode(std::string_view code, std::string& out)
{
    if (code.size() != 2)
        return false;
    out.clear();
    for (char c : code) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return false;
        out.push_back(c);
    }
    return true;
}

namespace {

bool isWorldwideWord(std::string_view code)
{
    if (code.size() != 9)
        return false;
    static constexpr std::string_view kWord = "worldwide";
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = (code[i] >= 'A' && code[i] <= 'Z') ? static_cast<char>(code[i] - 'A' + 'a') : code[i];
        if (c != kWord[i])
            return false;
    }
    return true;
}

base::Error badCode(std::string_view code)
{
    return base::Error(base::ErrorCode::Format, "invalid territory code '" + std::string(code) +
                                                    "' (expected ISO 3166-1 alpha-2 or Worldwide)");
}

} // namespace

base::Status TerritorySet::include(std::string_view code)
{
    if (isWorldwideWord(code)) {
        m_worldwide = true;
        return {};
    }
    std::string cc;
    if (!normaliseTerritoryCode(code, cc))
        return badCode(code);
    if (std::find(m_included.begin(), m_included.end(), cc) == m_included.end())
        m_included.push_back(std::move(cc));
    return {};
}

base::Status TerritorySet::exclude(std::string_view code)
{
    std::string cc;
    if (!normaliseTerritoryCode(code, cc))
        return badCode(code);
    if (std::find(m_excluded.begin(), m_excluded.end(), cc) == m_excluded.end())
        m_excluded.push_back(std::move(cc));
    return {};
}

base::Result<TerritorySet> TerritorySet::parse(std::string_view stored)
{
    TerritorySet set;
    size_t pos = 0;
    while (pos < stored.size()) {
        const size_t end = std::min(stored.find(' ', pos), stored.size());
        const std::string_view word = stored.substr(pos, end - pos);
        pos = end + 1;
        if (word.empty())
            continue;
        if (word.front() == '-')
            ACCORD_TRY(set.exclude(word.substr(1)));
        else
            ACCORD_TRY(set.include(word));
    }
    return set;
}

bool TerritorySet::covers(std::string_view territory) const
{
    if (std::find(m_excluded.begin(), m_excluded.end(), territory) != m_excluded.end())
        return false;
    return m_worldwide || std::find(m_included.begin(), m_included.end(), territory) != m_included.end();
}

std::string TerritorySet::toString() const
{
    std::string out = m_worldwide ? "Worldwide" : "";
    for (const std::string& c : m_included) {
        if (!out.empty())
            out += ' ';
        out += c;
    }
    for (const std::string& c : m_excluded) {
        if (!out.empty())
            out += ' ';
        out += '-';
        out += c;
    }
    return out;
}

} // namespace accord::catalogue
