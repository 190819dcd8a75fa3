// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// M3U and M3U8 as other players write them: BOM, CRLF, Windows separators, file:// URLs, Latin-1, and the
// input a parser must refuse.
#include "playlist/m3u_format.hpp"
#include "playlist/playlist_format.hpp"
#include "playlist/playlist_text.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::playlist;

TEST_CASE("M3U8: extended entries, BOM, CRLF, URLs and Windows separators", "[playlist][m3u]")
{
    const std::string text = "\xEF\xBB\xBF#EXTM3U\r\n"
                             "#PLAYLIST:Road trip\r\n"
                             "#EXTINF:215,Alice - Moonlight Harbour\r\n"
                             "../Music/Alice/01 Moonlight Harbour.flac\r\n"
                             "\r\n"
                             "# a comment\r\n"
                             "#EXTINF:-1 tvg-id=\"x\",Radio\r\n"
                             "http://radio.example/stream\r\n"
                             "file:///home/me/Music/B%C3%A9la%20Bart%C3%B3k/%E6%98%A5.mp3\r\n"
                             "#EXTINF:12.5,Bob - Copper Sky\r\n"
                             "Music\\Bob\\Copper Sky.mp3\r\n"
                             "file://localhost/srv/a%20b.ogg";
    auto p = parseM3u(text, "road.m3u8", false);
    REQUIRE(p.ok());
    CHECK(p->title == "Road trip");
    REQUIRE(p->entries.size() == 5);
    CHECK(p->entries[0].location == "../Music/Alice/01 Moonlight Harbour.flac");
    CHECK(p->entries[0].creator == "Alice");
    CHECK(p->entries[0].title == "Moonlight Harbour");
    CHECK(p->entries[0].durationMs == 215000);
    CHECK(p->entries[0].line == 3);
    CHECK(p->entries[1].location == "http://radio.example/stream");
    CHECK(p->entries[1].durationMs == -1);
    CHECK(p->entries[1].title == "Radio");
    CHECK(p->entries[2].location == "/home/me/Music/Béla Bartók/春.mp3");
    CHECK(p->entries[2].line == 9);
    CHECK(p->entries[3].location == "Music/Bob/Copper Sky.mp3");
    CHECK(p->entries[3].durationMs == 12500);
    CHECK(p->entries[4].location == "/srv/a b.ogg");
}

TEST_CASE("M3U: a plain list without #EXTM3U, and Latin-1 when not UTF-8", "[playlist][m3u]")
{
    auto plain = parseM3u("a.mp3\nsub dir/b.mp3\n", "plain.m3u", true);
    REQUIRE(plain.ok());
    REQUIRE(plain->entries.size() == 2);
    CHECK(plain->entries[1].location == "sub dir/b.mp3");
    CHECK(plain->entries[1].line == 2);

    const std::string latin1 = "#EXTM3U\n#EXTINF:100,Bj\xF6rk - J\xF3ga\nBj\xF6rk/J\xF3ga.mp3\n";
    auto p = parseM3u(latin1, "old.m3u", true);
    REQUIRE(p.ok());
    REQUIRE(p->entries.size() == 1);
    CHECK(p->entries[0].creator == "Björk");
    CHECK(p->entries[0].location == "Björk/Jóga.mp3");

    // .m3u8 is UTF-8 by definition: the same bytes are an error naming the line.
    auto strict = parseM3u(latin1, "old.m3u8", false);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().code == base::ErrorCode::Format);
    CHECK(strict.error().file == "old.m3u8");
    CHECK(strict.error().line == 2);
}

TEST_CASE("M3U: hostile or malformed input is refused with file and line", "[playlist][m3u]")
{
    auto badDuration = parseM3u("#EXTM3U\n\n#EXTINF:abc,x\nx.mp3\n", "bad.m3u8", false);
    REQUIRE_FALSE(badDuration.ok());
    CHECK(badDuration.error().line == 3);
    CHECK(badDuration.error().field == "EXTINF");
    CHECK(badDuration.error().describe().find("bad.m3u8:3") != std::string::npos);

    auto nul = parseM3u(std::string("a.mp3\nb\0.mp3\n", 13), "nul.m3u", true);
    REQUIRE_FALSE(nul.ok());
    CHECK(nul.error().code == base::ErrorCode::Refused);
    CHECK(nul.error().line == 2);

    PlaylistLimits small;
    small.maxLineBytes = 16;
    auto longLine = parseM3u("a.mp3\n" + std::string(17, 'x') + "\n", "long.m3u", true, small);
    REQUIRE_FALSE(longLine.ok());
    CHECK(longLine.error().line == 2);

    small = PlaylistLimits{};
    small.maxEntries = 2;
    auto many = parseM3u("a\nb\nc\n", "many.m3u", true, small);
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().line == 3);

    small = PlaylistLimits{};
    small.maxFileBytes = 4;
    CHECK_FALSE(parseM3u("abcdef", "big.m3u", true, small).ok());

    auto utf16 = parseM3u("\xFF\xFE#\0E\0", "w.m3u", true);
    REQUIRE_FALSE(utf16.ok());
    CHECK(utf16.error().code == base::ErrorCode::Unsupported);
}

TEST_CASE("M3U: written and read back", "[playlist][m3u]")
{
    ParsedPlaylist in;
    in.title = "Mix";
    in.entries.push_back(
        {"Alice/01 Moonlight Harbour.flac", "Moonlight Harbour", "Alice", "Tides", "", 215400, 1, 0});
    in.entries.push_back({"/abs/春 の 歌.mp3", "春の歌", "", "", "", -1, 0, 0});
    in.entries.push_back({"../up/x y.ogg", "Title\nwith break", "Bob", "", "", 1000, 0, 0});
    in.entries.push_back({"", "no location", "", "", "", -1, 0, 0}); // left out
    auto text = writeM3u(in);
    REQUIRE(text.ok());
    CHECK(text->rfind("#EXTM3U\n", 0) == 0);
    auto back = parseM3u(*text, "mix.m3u8", false);
    REQUIRE(back.ok());
    CHECK(back->title == "Mix");
    REQUIRE(back->entries.size() == 3);
    CHECK(back->entries[0].location == in.entries[0].location);
    CHECK(back->entries[0].title == "Moonlight Harbour");
    CHECK(back->entries[0].creator == "Alice");
    CHECK(back->entries[0].album == "Tides");
    CHECK(back->entries[0].durationMs == 215000); // whole seconds
    CHECK(back->entries[1].location == "/abs/春 の 歌.mp3");
    CHECK(back->entries[1].title == "春の歌");
    CHECK(back->entries[2].title == "Title with break");

    ParsedPlaylist bad;
    bad.entries.push_back({"a\nb.mp3", "", "", "", "", -1, 0, 0});
    CHECK_FALSE(writeM3u(bad).ok());
}

TEST_CASE("Playlist formats: by extension, by name and by content", "[playlist]")
{
    CHECK(formatOfPath("x/A.M3U8") == PlaylistFormat::M3u8);
    CHECK(formatOfPath("a.xspf") == PlaylistFormat::Xspf);
    CHECK(formatOfPath("a.txt") == std::nullopt);
    CHECK(formatFromName("pls") == PlaylistFormat::Pls);
    CHECK(sniffFormat("\xEF\xBB\xBF<?xml version") == PlaylistFormat::Xspf);
    CHECK(sniffFormat("\n[Playlist]\nFile1=a") == PlaylistFormat::Pls);
    CHECK(sniffFormat("#EXTM3U") == PlaylistFormat::M3u);
    CHECK(percentDecode("a%2Fb%zz%4") == "a/b%zz%4");
    CHECK(percentEncodePath("/a b/é") == "/a%20b/%C3%A9");
    CHECK_FALSE(hasUrlScheme("C://x"));
    CHECK(hasUrlScheme("https://x"));
}
