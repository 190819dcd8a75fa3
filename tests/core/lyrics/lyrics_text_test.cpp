// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// .lrc encodings as they are found: UTF-8 with and without a BOM, UTF-16 with a BOM, GBK, Windows-1252.
#include "lyrics/lyrics_text.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::lyrics;
using namespace std::string_literals;

namespace {

// UTF-16 of ASCII and the BMP code points given (enough for these tests), with a BOM.
std::string utf16(const std::u16string& s, bool le)
{
    std::string out = le ? "\xFF\xFE"s : "\xFE\xFF"s;
    for (const char16_t c : s) {
        const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
        out += le ? lo : hi;
        out += le ? hi : lo;
    }
    return out;
}

DecodedText decoded(std::string_view bytes)
{
    auto r = decodeLyricsText(bytes, "x.lrc");
    if (!r)
        FAIL(r.error().describe());
    return std::move(r).value();
}

} // namespace

TEST_CASE("UTF-8 with and without a byte-order mark", "[lyrics][encoding]")
{
    CHECK(decoded("[00:01]晴天").text == "[00:01]晴天");
    CHECK(decoded("[00:01]晴天").encoding == "utf-8");
    const DecodedText bom = decoded("\xEF\xBB\xBF[00:01]晴天");
    CHECK(bom.text == "[00:01]晴天");
    CHECK(bom.encoding == "utf-8-bom");
    const auto bad = decodeLyricsText("\xEF\xBB\xBF"
                                      "a\nb\xFF",
                                      "x.lrc");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().line == 2);
}

TEST_CASE("UTF-16 with a byte-order mark, both byte orders", "[lyrics][encoding]")
{
    const std::u16string text = u"[00:01.00]晴天 sunny\n[00:02.00]二";
    CHECK(decoded(utf16(text, true)).text == "[00:01.00]晴天 sunny\n[00:02.00]二");
    CHECK(decoded(utf16(text, true)).encoding == "utf-16le");
    CHECK(decoded(utf16(text, false)).text == "[00:01.00]晴天 sunny\n[00:02.00]二");
    CHECK(decoded(utf16(text, false)).encoding == "utf-16be");
    // A lone high surrogate on line 2.
    const auto bad = decodeLyricsText(utf16(u"a\nb", true) + "\x00\xD8"s + "c\x00"s, "x.lrc");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().line == 2);
    CHECK(bad.error().file == "x.lrc");
    CHECK_FALSE(decodeLyricsText("\xFF\xFE"
                                 "a"s,
                                 "x.lrc")); // odd length
}

TEST_CASE("legacy encodings: GBK Chinese, Windows-1252, Latin-1", "[lyrics][encoding]")
{
    // "晴天" in GBK is C7 E7 CC EC.
    const DecodedText gbk = decoded("[00:01.00]\xC7\xE7\xCC\xEC");
    CHECK(gbk.encoding == "gb18030");
    CHECK(gbk.text == "[00:01.00]晴天");
    // "café “quoted”" in Windows-1252.
    const DecodedText cp = decoded("caf\xE9 \x93quoted\x94");
    CHECK(cp.encoding == "windows-1252");
    CHECK(cp.text == "café “quoted”");
    // 0x81 is undefined in Windows-1252: Latin-1, which every byte is.
    const DecodedText latin = decoded("a\x81 \xE9");
    CHECK(latin.encoding == "latin-1");
    CHECK(latin.text == "a\xC2\x81 é");
}

TEST_CASE("oversized text and NUL characters are refused", "[lyrics][encoding]")
{
    CHECK(decodeLyricsText(std::string(100, 'a'), "x.lrc", 99).error().code == base::ErrorCode::Refused);
    const auto nul = decodeLyricsText("a\nb\n\0"s, "x.lrc");
    REQUIRE_FALSE(nul);
    CHECK(nul.error().line == 3);
}
