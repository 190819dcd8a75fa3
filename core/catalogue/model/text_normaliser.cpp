// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/text_normaliser.hpp"

#include <array>
#include <cstdint>
#include <vector>

namespace accord::catalogue {
namespace {

using CodePoints = std::vector<char32_t>;

CodePoints decode(std::string_view s)
{
    CodePoints out;
    out.reserve(s.size());
    size_t i = 0;
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
        if (i + static_cast<size_t>(len) > s.size())
            break;
        bool valid = true;
        for (int k = 1; k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
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
        i += static_cast<size_t>(len);
        out.push_back(cp);
    }
    return out;
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

// Latin-1 letters U+00C0..U+00FF, lower-cased and without diacritics ('\0' = not a letter).
constexpr char kLatin1Base[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                               "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

constexpr char32_t kSeparator = U' ';
constexpr char32_t kDrop = 0xFFFFFFFF;

// Folds one code point: full-width -> half-width, case, diacritics; kSeparator for punctuation and
// symbols, kDrop for apostrophes. May append two code points (ß -> ss), hence the output vector.
void fold(char32_t cp, CodePoints& out)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    else if (cp == 0x3000)
        cp = U' ';
    if (cp == U'\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x0060 || cp == 0x00B4)
        return; // "don't" and "don’t" both become "dont"
    if (cp < 0x80) {
        if (cp >= U'A' && cp <= U'Z')
            cp += 0x20;
        const bool alnum = (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9');
        out.push_back(alnum ? cp : kSeparator);
        return;
    }
    if (cp < 0xC0) {
        out.push_back(kSeparator);
        return;
    }
    if (cp <= 0xFF) {
        if (cp == 0xDF) {
            out.push_back(U's');
            out.push_back(U's');
            return;
        }
        const char base = kLatin1Base[cp - 0xC0];
        out.push_back(base == '\0' ? kSeparator : static_cast<char32_t>(base));
        return;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        // Latin Extended-A: pairs (upper, lower); map to the lower one, keep the letter (no base table).
        const bool oddPairs = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (oddPairs) {
            if (cp % 2 == 1)
                ++cp;
        } else if (cp % 2 == 0 && cp != 0x138)
            ++cp;
        out.push_back(cp);
        return;
    }
    if (cp >= 0x391 && cp <= 0x3A9) {
        out.push_back(cp + 0x20);
        return;
    }
    if (cp >= 0x410 && cp <= 0x42F) {
        out.push_back(cp + 0x20);
        return;
    }
    if (cp >= 0x400 && cp <= 0x40F) {
        out.push_back(cp + 0x50);
        return;
    }
    const bool punct = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
                       (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF5F && cp <= 0xFF65) ||
                       (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                       (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xFFFD;
    out.push_back(punct ? kSeparator : cp);
}

CodePoints foldAll(const CodePoints& in)
{
    CodePoints out;
    out.reserve(in.size());
    for (char32_t cp : in)
        fold(cp, out);
    return out;
}

std::string collapse(const CodePoints& folded)
{
    std::string out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (char32_t cp : folded) {
        if (cp == kSeparator) {
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
        fold(raw[i], folded);
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
    return collapse(foldAll(decode(utf8)));
}

std::string normaliseTitle(std::string_view utf8)
{
    return collapse(dropFeaturing(decode(utf8)));
}

std::string normaliseArtist(std::string_view utf8)
{
    return normaliseTitle(utf8);
}

} // namespace accord::catalogue
