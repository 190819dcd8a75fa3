// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// XSPF 1: the elements Accord reads and writes, escaping as the specification defines, and hostile XML
// refused as the DDEX importer refuses it.
#include "playlist/xspf_format.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::playlist;

TEST_CASE("XSPF: location, identifier, title, creator, album, duration, trackNum", "[playlist][xspf]")
{
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<playlist version="1" xmlns="http://xspf.org/ns/0/">
  <title>Rock &amp; Roll</title>
  <trackList>
    <track>
      <location>file:///home/me/Music/B%C3%A9la/a%20b.flac</location>
      <location>http://mirror.example/a.flac</location>
      <identifier>https://musicbrainz.org/recording/x</identifier>
      <identifier>urn:isrc:GBAAA1500001</identifier>
      <title>Tom &amp; Jerry &lt;live&gt;</title>
      <creator>Alice</creator>
      <album>Tides</album>
      <duration>215400</duration>
      <trackNum>3</trackNum>
    </track>
    <track>
      <location>../rel/%E6%98%A5.mp3</location>
    </track>
    <track>
      <identifier>isrc:GBAAA1500002</identifier>
      <title>Copper Sky</title>
    </track>
  </trackList>
</playlist>)";
    auto p = parseXspf(text, "a.xspf");
    REQUIRE(p.ok());
    CHECK(p->title == "Rock & Roll");
    REQUIRE(p->entries.size() == 3);
    const PlaylistEntry& a = p->entries[0];
    CHECK(a.location == "/home/me/Music/Béla/a b.flac");
    CHECK(a.isrc == "GBAAA1500001");
    CHECK(a.title == "Tom & Jerry <live>");
    CHECK(a.creator == "Alice");
    CHECK(a.album == "Tides");
    CHECK(a.durationMs == 215400);
    CHECK(a.trackNum == 3);
    CHECK(a.line == 5);
    CHECK(p->entries[1].location == "../rel/春.mp3");
    CHECK(p->entries[2].location.empty());
    CHECK(p->entries[2].isrc == "GBAAA1500002");
}

TEST_CASE("XSPF: written and read back, escaped", "[playlist][xspf]")
{
    ParsedPlaylist in;
    in.title = "<Mix> & \"quotes\" 'too'";
    in.entries.push_back(
        {"/abs/Béla & Co/a b#1?.flac", "A & B <c>", "O'Brien \"x\"", "Ü", "GBAAA1500001", 215400, 4, 0});
    in.entries.push_back({"rel dir/春.mp3", "春", "", "", "", -1, 0, 0});
    in.entries.push_back({"", "Only ISRC", "", "", "GBAAA1500002", -1, 0, 0});
    in.entries.push_back({"/x.mp3", std::string("bell\x07 and bad \xFF byte"), "", "", "", -1, 0, 0});
    const std::string text = writeXspf(in);
    CHECK(text.find("<location>file:///abs/B%C3%A9la%20%26%20Co/a%20b%231%3F.flac</location>") !=
          std::string::npos);
    CHECK(text.find("<title>A &amp; B &lt;c&gt;</title>") != std::string::npos);
    CHECK(text.find("<creator>O&apos;Brien &quot;x&quot;</creator>") != std::string::npos);
    CHECK(text.find("<identifier>urn:isrc:GBAAA1500001</identifier>") != std::string::npos);
    CHECK(text.find("<location>rel%20dir/%E6%98%A5.mp3</location>") != std::string::npos);
    auto back = parseXspf(text, "back.xspf");
    REQUIRE(back.ok());
    CHECK(back->title == in.title);
    REQUIRE(back->entries.size() == 4);
    CHECK(back->entries[0].location == in.entries[0].location);
    CHECK(back->entries[0].title == in.entries[0].title);
    CHECK(back->entries[0].creator == in.entries[0].creator);
    CHECK(back->entries[0].album == "Ü");
    CHECK(back->entries[0].isrc == "GBAAA1500001");
    CHECK(back->entries[0].durationMs == 215400);
    CHECK(back->entries[0].trackNum == 4);
    CHECK(back->entries[1].location == "rel dir/春.mp3");
    CHECK(back->entries[2].isrc == "GBAAA1500002");
    CHECK(back->entries[3].title == "bell and bad  byte");
}

TEST_CASE("XSPF: hostile and malformed XML is refused with file and line", "[playlist][xspf]")
{
    const std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE playlist [\n<!ENTITY a \"aaaa\">\n"
                               "<!ENTITY b \"&a;&a;&a;&a;\">\n]>\n<playlist version=\"1\"><title>&b;</title>"
                               "<trackList/></playlist>";
    auto bomb = parseXspf(laughs, "bomb.xspf");
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().code == base::ErrorCode::Refused);
    CHECK(bomb.error().file == "bomb.xspf");
    CHECK(bomb.error().line == 2);

    const std::string external = "<?xml version=\"1.0\"?>\n<!DOCTYPE p SYSTEM \"file:///etc/passwd\">\n"
                                 "<playlist version=\"1\"><trackList/></playlist>";
    CHECK(parseXspf(external, "ext.xspf").error().code == base::ErrorCode::Refused);

    std::string deep = "<playlist version=\"1\"><trackList>";
    for (int i = 0; i < 100; ++i)
        deep += "<x>";
    auto tooDeep = parseXspf(deep, "deep.xspf");
    REQUIRE_FALSE(tooDeep.ok());
    CHECK(tooDeep.error().code == base::ErrorCode::Refused);

    catalogue::ImportLimits few;
    few.maxElements = 5;
    std::string many = "<playlist version=\"1\"><trackList>";
    for (int i = 0; i < 10; ++i)
        many += "<track/>";
    CHECK(parseXspf(many + "</trackList></playlist>", "many.xspf", few).error().code ==
          base::ErrorCode::Refused);

    auto broken = parseXspf("<playlist version=\"1\">\n<trackList>\n<track>\n</trackList>", "broken.xspf");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == base::ErrorCode::Format);
    CHECK(broken.error().line == 4);

    auto wrongRoot = parseXspf("<html/>", "w.xspf");
    REQUIRE_FALSE(wrongRoot.ok());
    CHECK(wrongRoot.error().line == 1);

    auto version = parseXspf("<playlist version=\"2\"><trackList/></playlist>", "v.xspf");
    CHECK(version.error().field == "version");

    auto noList = parseXspf("<playlist version=\"1\"/>", "n.xspf");
    CHECK(noList.error().field == "trackList");

    auto badDuration = parseXspf("<playlist version=\"1\"><trackList>\n<track>\n<duration>-5</duration>"
                                 "</track></trackList></playlist>",
                                 "d.xspf");
    REQUIRE_FALSE(badDuration.ok());
    CHECK(badDuration.error().field == "duration");
    CHECK(badDuration.error().line == 3);
}
