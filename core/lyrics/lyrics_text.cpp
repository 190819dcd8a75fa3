// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "lyrics/lyrics_text.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <optional>

namespace accord::lyrics {

using base::Error;
using base::ErrorCode;

namespace {

/// `bytes` converted from `from` to UTF-8 by glibc's iconv, strictly (no transliteration, no skipping).
/// nullopt on the first invalid or incomplete sequence; `badOffset` is then its offset in `bytes`.
std::optional<std::string> convert(std::string_view bytes, const char* from, std::size_t* badOffset = nullptr)
{
    iconv_t cd = ::iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    std::string out(bytes.size() * 4 + 16, '\0'); // UTF-8 takes at most 4 bytes per input byte here
    char* in = const_cast<char*>(bytes.data());   // iconv's signature; it does not write the input
    std::size_t inLeft = bytes.size();
    char* dst = out.data();
    std::size_t outLeft = out.size();
    const std::size_t r = ::iconv(cd, &in, &inLeft, &dst, &outLeft);
    ::iconv_close(cd);
    if (r == static_cast<std::size_t>(-1) || inLeft != 0) {
        if (badOffset)
            *badOffset = bytes.size() - inLeft;
        return std::nullopt;
    }
    out.resize(out.size() - outLeft);
    return out;
}

long lineOf(std::string_view bytes, std::size_t offset, std::size_t unit)
{
    long line = 1;
    for (std::size_t i = 0; i + unit <= std::min(offset, bytes.size()); i += unit) {
        const bool lf = unit == 1 ? bytes[i] == '\n'
                                  : (bytes[i] == '\n' && bytes[i + 1] == '\0') ||
                                        (bytes[i] == '\0' && bytes[i + 1] == '\n');
        line += lf ? 1 : 0;
    }
    return line;
}

bool holdsCjk(std::string_view utf8)
{
    // U+2E80..U+9FFF and U+F900..U+FAFF, U+FF00..U+FFEF: lead bytes E2 BA.. to E9, EF A4..EF BF.
    for (std::size_t i = 0; i + 2 < utf8.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(utf8[i]);
        const auto b1 = static_cast<unsigned char>(utf8[i + 1]);
        if ((b0 >= 0xE3 && b0 <= 0xE9) || (b0 == 0xE2 && b1 >= 0xBA) || (b0 == 0xEF && b1 >= 0xA4))
            return true;
    }
    return false;
}

} // namespace

base::Result<DecodedText> decodeLyricsText(std::string_view bytes, const std::string& fileName,
                                           std::size_t maxBytes)
{
    if (bytes.size() > maxBytes)
        return Error(ErrorCode::Refused, "lyrics file larger than " + std::to_string(maxBytes) + " bytes")
            .inFile(fileName);
    DecodedText out;
    std::size_t bad = 0;
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        const bool le = bytes[0] == '\xFF';
        const std::string_view body = bytes.substr(2);
        out.encoding = le ? "utf-16le" : "utf-16be";
        auto text = convert(body, le ? "UTF-16LE" : "UTF-16BE", &bad);
        if (!text)
            return Error(ErrorCode::Format,
                         "invalid " + out.encoding + " text (an odd length or a lone surrogate)")
                .inFile(fileName)
                .atLine(lineOf(body, bad, 2));
        out.text = std::move(*text);
    } else if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        out.encoding = "utf-8-bom";
        auto text = convert(bytes.substr(3), "UTF-8", &bad);
        if (!text)
            return Error(ErrorCode::Format, "not valid UTF-8 after a UTF-8 byte-order mark")
                .inFile(fileName)
                .atLine(lineOf(bytes.substr(3), bad, 1));
        out.text = std::move(*text);
    } else if (auto utf8 = convert(bytes, "UTF-8")) {
        out.encoding = "utf-8";
        out.text = std::move(*utf8);
    } else if (auto gb = convert(bytes, "GB18030"); gb && holdsCjk(*gb)) {
        out.encoding = "gb18030";
        out.text = std::move(*gb);
    } else if (auto cp = convert(bytes, "WINDOWS-1252")) {
        out.encoding = "windows-1252";
        out.text = std::move(*cp);
    } else {
        out.encoding = "latin-1";
        out.text.reserve(bytes.size() * 2);
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c < 0x80) {
                out.text += ch;
            } else {
                out.text += static_cast<char>(0xC0 | (c >> 6));
                out.text += static_cast<char>(0x80 | (c & 0x3F));
            }
        }
    }
    if (const std::size_t nul = out.text.find('\0'); nul != std::string::npos)
        return Error(ErrorCode::Refused, "NUL character in lyrics text")
            .inFile(fileName)
            .atLine(1 + static_cast<long>(
                            std::count(out.text.begin(), out.text.begin() + static_cast<long>(nul), '\n')));
    return out;
}

} // namespace accord::lyrics
