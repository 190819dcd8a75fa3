// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "base/text_lines.hpp"

namespace accord::base {

std::vector<std::pair<long, std::string_view>> splitLines(std::string_view text)
{
    std::vector<std::pair<long, std::string_view>> out;
    long number = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
            if (i < text.size() || start < i)
                out.emplace_back(number, text.substr(start, i - start));
            // CRLF is one line break, so the next line keeps its number.
            if (i < text.size() && text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++number;
            start = i + 1;
        }
    }
    return out;
}

} // namespace accord::base
