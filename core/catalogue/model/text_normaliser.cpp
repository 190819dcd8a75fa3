// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/text_normaliser.hpp"

#include "catalogue/model/text_fold.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace accord::catalogue {
namespace {

using CodePoints = std::u32string;

constexpr char32_t kSeparator = kFoldSeparator;

bool isOpenBracket(char32_t c)
{
    return c == U'(' || c == U'[' || c == U'{' || c == 0xFF08 || c == 0xFF3B || c == 0x3010;
}
bool isCloseBracket(char32_t c)
{
    return c == U')' || c == U']' || c == U'}' || c == 0xFF09 || c == 0xFF3D || c == 0x3011;
}

// Is folded[pos..] the word feat/ft/featuring (followed by a separator or end)?
bool featuringWordAt(const CodePoints& f, size_t pos, bool allowWith)
{
    static constexpr std::array<std::u32string_view, 4> kWords{U"featuring", U"feat", U"ft", U"with"};
    for (std::u32string_view w : kWords) {
        if (w == U"with" && !allowWith)
            continue;
        if (pos + w.size() > f.size())
            continue;
        if (std::u32string_view(f.data() + pos, w.size()) != w)
            continue;
        if (pos + w.size() == f.size() || f[pos + w.size()] == kSeparator)
            return true;
    }
    return false;
}

// Drops featuring credits from a folded title; bracket characters are looked up in the raw text
// (folding turns them into separators), which has the same length as the folded one for brackets.
CodePoints dropFeaturing(const CodePoints& raw)
{
    CodePoints out;
    CodePoints folded;
    std::vector<size_t> rawIndex; // raw position of each folded code point
    for (size_t i = 0; i < raw.size(); ++i) {
        const size_t before = folded.size();
        foldCodePoint(raw[i], folded);
        for (size_t k = before; k < folded.size(); ++k)
            rawIndex.push_back(i);
    }
    size_t i = 0;
    while (i < folded.size()) {
        const char32_t rawCp = raw[rawIndex[i]];
        if (isOpenBracket(rawCp)) {
            size_t word = i + 1;
            while (word < folded.size() && folded[word] == kSeparator && !isCloseBracket(raw[rawIndex[word]]))
                ++word;
            if (featuringWordAt(folded, word, true)) {
                size_t close = word;
                while (close < folded.size() && !isCloseBracket(raw[rawIndex[close]]))
                    ++close;
                i = close + 1;
                out.push_back(kSeparator);
                continue;
            }
        }
        const bool wordStart = i > 0 && folded[i - 1] == kSeparator && !out.empty();
        if (wordStart && featuringWordAt(folded, i, false))
            break;
        out.push_back(folded[i]);
        ++i;
    }
    return out;
}

} // namespace

std::string normaliseText(std::string_view utf8)
{
    return foldText(utf8);
}

std::string normaliseTitle(std::string_view utf8)
{
    return collapseFolded(dropFeaturing(decodeUtf8(utf8)));
}

std::string normaliseArtist(std::string_view utf8)
{
    return normaliseTitle(utf8);
}

} // namespace accord::catalogue
