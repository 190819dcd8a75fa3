// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "csv_field.hpp"

namespace accord::cli {

std::string csvField(const std::string& text)
{
    std::string out;
    appendCsvField(out, text);
    return out;
}

namespace {

// One pass over the bytes: find_first_of with a set calls memchr on the set for every byte.
bool needsQuotes(std::string_view text)
{
    for (const char c : text)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

} // namespace

void appendCsvField(std::string& out, std::string_view text)
{
    if (!needsQuotes(text)) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"')
            out += "\"\"";
        else
            out.push_back(c);
    }
    out += '"';
}

} // namespace accord::cli
