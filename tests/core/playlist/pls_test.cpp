// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playlist/pls_format.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::playlist;

TEST_CASE("PLS: entries in the order of their numbers, quirks tolerated", "[playlist][pls]")
{
    const std::string text = "; written by an old player\r\n"
                             "[Playlist]\r\n"
                             "NumberOfEntries=7\r\n" // wrong, as many writers have it
                             "File2=C:\\Music\\Bob\\Copper Sky.mp3\r\n"
                             "Title2=Bob - Copper Sky\r\n"
                             "Length2=-1\r\n"
                             "file1 = ../Alice/01 Moonlight Harbour.flac\r\n"
                             "Title1=Moonlight Harbour\r\n"
                             "Length1=215\r\n"
                             "Title3=Only a title\r\n"
                             "Version=2\r\n";
    auto p = parsePls(text, "x.pls");
    REQUIRE(p.ok());
    REQUIRE(p->entries.size() == 3);
    CHECK(p->entries[0].location == "../Alice/01 Moonlight Harbour.flac");
    CHECK(p->entries[0].durationMs == 215000);
    CHECK(p->entries[0].line == 7);
    CHECK(p->entries[1].location == "C:/Music/Bob/Copper Sky.mp3");
    CHECK(p->entries[1].creator == "Bob");
    CHECK(p->entries[1].title == "Copper Sky");
    CHECK(p->entries[1].durationMs == -1);
    CHECK(p->entries[2].location.empty()); // kept: the caller shows it as missing
    CHECK(p->entries[2].title == "Only a title");
}

TEST_CASE("PLS: malformed input is refused with file, line and key", "[playlist][pls]")
{
    auto noHeader = parsePls("File1=a.mp3\n", "a.pls");
    REQUIRE_FALSE(noHeader.ok());
    CHECK(noHeader.error().line == 1);

    auto noEquals = parsePls("[playlist]\nFile1 a.mp3\n", "b.pls");
    REQUIRE_FALSE(noEquals.ok());
    CHECK(noEquals.error().line == 2);

    auto twice = parsePls("[playlist]\nFile1=a\nFile1=b\n", "c.pls");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().line == 3);
    CHECK(twice.error().field == "File1");

    auto badNumber = parsePls("[playlist]\nFileX=a\n", "d.pls");
    REQUIRE_FALSE(badNumber.ok());
    CHECK(badNumber.error().field == "FileX");

    auto huge = parsePls("[playlist]\nFile99999999999=a\n", "e.pls");
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == base::ErrorCode::Refused);

    auto badLength = parsePls("[playlist]\nFile1=a\nLength1=3min\n", "f.pls");
    REQUIRE_FALSE(badLength.ok());
    CHECK(badLength.error().describe().find("f.pls:3") != std::string::npos);

    CHECK_FALSE(parsePls("", "empty.pls").ok());
}

TEST_CASE("PLS: written and read back", "[playlist][pls]")
{
    ParsedPlaylist in;
    in.entries.push_back(
        {"Alice/Moonlight Harbour.flac", "Moonlight Harbour", "Alice", "", "", 215000, 0, 0});
    in.entries.push_back({"/Müsik/Ünïcode ü.flac", "Ü", "", "", "", -1, 0, 0});
    auto text = writePls(in);
    REQUIRE(text.ok());
    CHECK(text->find("NumberOfEntries=2\nVersion=2\n") != std::string::npos);
    auto back = parsePls(*text, "back.pls");
    REQUIRE(back.ok());
    REQUIRE(back->entries.size() == 2);
    CHECK(back->entries[0].location == in.entries[0].location);
    CHECK(back->entries[0].title == "Moonlight Harbour");
    CHECK(back->entries[0].creator == "Alice");
    CHECK(back->entries[0].durationMs == 215000);
    CHECK(back->entries[1].location == "/Müsik/Ünïcode ü.flac"); // valid UTF-8 is not taken for Latin-1
    CHECK(back->entries[1].durationMs == -1);
}
