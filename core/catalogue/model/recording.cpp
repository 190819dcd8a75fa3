// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/recording.hpp"

namespace accord::catalogue {

std::string joinArtists(const std::vector<std::string>& artists)
{
    std::string out;
    for (const std::string& a : artists) {
        if (!out.empty())
            out += "; ";
        out += a;
    }
    return out;
}

std::vector<std::string> splitArtists(const std::string& joined)
{
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos <= joined.size() && !joined.empty()) {
        size_t end = joined.find("; ", pos);
        if (end == std::string::npos)
            end = joined.size();
        out.push_back(joined.substr(pos, end - pos));
        pos = end + 2;
    }
    return out;
}

bool normaliseIsrc(std::string_view text, std::string& out)
{
    out.clear();
    for (char c : text) {
        if (c == '-' || c == ' ')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        out.push_back(c);
    }
    if (out.size() != 12)
        return false;
    for (size_t i = 0; i < 12; ++i) {
        const char c = out[i];
        const bool letter = c >= 'A' && c <= 'Z';
        const bool digit = c >= '0' && c <= '9';
        if (i < 2 ? !letter : i < 5 ? !(letter || digit) : !digit)
            return false;
    }
    return true;
}

} // namespace accord::catalogue
