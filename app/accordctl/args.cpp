// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "args.hpp"

#include <algorithm>
#include <charconv>

namespace accord::cli {

std::optional<std::string> Args::option(const std::string& name)
{
    std::optional<std::string> value;
    for (size_t i = 0; i < m_args.size();) {
        const std::string& a = m_args[i];
        if (a == "--")
            break;
        if (a == name) {
            if (i + 1 >= m_args.size())
                throw UsageError(name + " needs a value");
            value = m_args[i + 1];
            m_args.erase(m_args.begin() + static_cast<long>(i), m_args.begin() + static_cast<long>(i) + 2);
            continue;
        }
        if (a.rfind(name + "=", 0) == 0) {
            value = a.substr(name.size() + 1);
            m_args.erase(m_args.begin() + static_cast<long>(i));
            continue;
        }
        ++i;
    }
    return value;
}

std::optional<std::pair<std::string, std::string>> Args::optionPair(const std::string& name)
{
    std::optional<std::pair<std::string, std::string>> value;
    for (size_t i = 0; i < m_args.size();) {
        const std::string& a = m_args[i];
        if (a == "--")
            break;
        if (a.rfind(name + "=", 0) == 0)
            throw UsageError(name + " takes two values: " + name + " FROM TO");
        if (a == name) {
            // A value starting with "--" is the next option, not a value.
            const auto isValue = [&](size_t k) { return k < m_args.size() && m_args[k].rfind("--", 0) != 0; };
            if (!isValue(i + 1) || !isValue(i + 2))
                throw UsageError(name + " needs two values: " + name + " FROM TO");
            value.emplace(m_args[i + 1], m_args[i + 2]);
            m_args.erase(m_args.begin() + static_cast<long>(i), m_args.begin() + static_cast<long>(i) + 3);
            continue;
        }
        ++i;
    }
    return value;
}

std::vector<std::string> Args::options(const std::string& name)
{
    std::vector<std::string> values;
    for (size_t i = 0; i < m_args.size();) {
        if (m_args[i] == "--")
            break;
        if (m_args[i] == name) {
            if (i + 1 >= m_args.size())
                throw UsageError(name + " needs a value");
            values.push_back(m_args[i + 1]);
            m_args.erase(m_args.begin() + static_cast<long>(i), m_args.begin() + static_cast<long>(i) + 2);
        } else if (m_args[i].rfind(name + "=", 0) == 0) {
            values.push_back(m_args[i].substr(name.size() + 1));
            m_args.erase(m_args.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return values;
}

bool Args::flag(const std::string& name)
{
    bool seen = false;
    for (size_t i = 0; i < m_args.size();) {
        if (m_args[i] == "--")
            break;
        if (m_args[i] == name) {
            seen = true;
            m_args.erase(m_args.begin() + static_cast<long>(i));
        } else {
            ++i;
        }
    }
    return seen;
}

std::vector<std::string> Args::positionals()
{
    std::vector<std::string> out;
    bool literal = false;
    for (const std::string& a : m_args) {
        if (!literal && a == "--") {
            literal = true;
            continue;
        }
        if (!literal && a.size() > 1 && a[0] == '-')
            throw UsageError("unknown option " + a);
        out.push_back(a);
    }
    m_args.clear();
    return out;
}

void Args::finish()
{
    if (!m_args.empty())
        throw UsageError((m_args.front().rfind("-", 0) == 0 ? "unknown option " : "unexpected argument ") +
                         m_args.front());
}

long long parseInteger(const std::string& text, const std::string& optionName)
{
    long long v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size())
        throw UsageError(optionName + ": '" + text + "' is not a whole number");
    return v;
}

double parseNumber(const std::string& text, const std::string& optionName)
{
    try {
        size_t used = 0;
        double v = std::stod(text, &used);
        if (used == text.size())
            return v;
    } catch (const std::exception&) {
    }
    throw UsageError(optionName + ": '" + text + "' is not a number");
}

} // namespace accord::cli
