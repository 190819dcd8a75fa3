// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/text_fold.hpp"

#include "catalogue/model/text_fold_table.hpp"

#include <algorithm>

namespace accord::catalogue {

namespace {

bool isApostrophe(char32_t cp)
{
    return cp == U'\'' || cp == U'`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4;
}

void encode(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Most titles on a large library or catalogue are ASCII: the same rule without decoding or tables.
bool foldAscii(std::string_view in, std::string& out)
{
    out.reserve(in.size());
    bool pendingSpace = false;
    for (const char ch : in) {
        auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80)
            return false;
        if (c == '\'' || c == '`')
            continue;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c + 0x20);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (pendingSpace)
                out.push_back(' ');
            pendingSpace = false;
            out.push_back(static_cast<char>(c));
        } else {
            pendingSpace = !out.empty();
        }
    }
    return true;
}

} // namespace

void foldCodePoint(char32_t cp, std::u32string& out)
{
    if (isApostrophe(cp))
        return;
    if (cp < 0x80) {
        if (cp >= U'A' && cp <= U'Z')
            cp += 0x20;
        const bool alnum = (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9');
        out.push_back(alnum ? cp : kFoldSeparator);
        return;
    }
    using namespace fold_table;
    const Range* const sepEnd = kSeparators + kSeparatorCount;
    const Range* sep =
        std::upper_bound(kSeparators, sepEnd, cp, [](char32_t c, const Range& r) { return c < r.first; });
    if (sep != kSeparators && cp <= (sep - 1)->last) {
        out.push_back(kFoldSeparator);
        return;
    }
    const Mapping* const mapEnd = kMappings + kMappingCount;
    const Mapping* map =
        std::lower_bound(kMappings, mapEnd, cp, [](const Mapping& m, char32_t c) { return m.from < c; });
    if (map != mapEnd && map->from == cp) {
        out.append(kPool + map->offset, map->length);
        return;
    }
    out.push_back(cp);
}

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int len = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            cp = b;
            len = 1;
        } else if ((b & 0xE0) == 0xC0) {
            cp = b & 0x1Fu;
            len = 2;
        } else if ((b & 0xF0) == 0xE0) {
            cp = b & 0x0Fu;
            len = 3;
        } else if ((b & 0xF8) == 0xF0) {
            cp = b & 0x07u;
            len = 4;
        } else {
            ++i;
            continue;
        }
        if (i + static_cast<std::size_t>(len) > s.size())
            break;
        bool valid = true;
        for (int k = 1; k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((c & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            cp = (cp << 6) | (c & 0x3Fu);
        }
        if (!valid) {
            ++i;
            continue;
        }
        i += static_cast<std::size_t>(len);
        out.push_back(cp);
    }
    return out;
}

std::string collapseFolded(std::u32string_view folded)
{
    std::string out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const char32_t cp : folded) {
        if (cp == kFoldSeparator) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        encode(cp, out);
    }
    return out;
}

std::string foldText(std::string_view utf8)
{
    std::string out;
    if (foldAscii(utf8, out))
        return out;
    std::u32string folded;
    const std::u32string cps = decodeUtf8(utf8);
    folded.reserve(cps.size());
    for (const char32_t cp : cps)
        foldCodePoint(cp, folded);
    return collapseFolded(folded);
}

} // namespace accord::catalogue
