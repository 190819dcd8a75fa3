// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The LRC parser against every quirk real files have, and hostile input refused with file:line.
#include "lyrics/lrc_parser.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::lyrics;

namespace {

Lyrics parsed(std::string_view text)
{
    auto r = parseLrc(text, "song.lrc");
    if (!r)
        FAIL(r.error().describe());
    return std::move(r).value();
}

base::Error failure(std::string_view text, const LrcLimits& limits = {})
{
    auto r = parseLrc(text, "bad.lrc", limits);
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("LRC time tags of every precision", "[lyrics][lrc]")
{
    const Lyrics l = parsed("[00:01]one\n[00:02.5]two\n[00:03.25]three\n[00:04.125]four\n[01:05:50]five\n"
                            "[123:00.00]six");
    REQUIRE(l.synced);
    REQUIRE(l.lines.size() == 6);
    CHECK(l.lines[0].timeMs == 1000);
    CHECK(l.lines[1].timeMs == 2500);
    CHECK(l.lines[2].timeMs == 3250);
    CHECK(l.lines[3].timeMs == 4125);
    CHECK(l.lines[4].timeMs == 65500); // [mm:ss:xx], a variant some editors write
    CHECK(l.lines[5].timeMs == 123 * 60000);
    CHECK(l.lines[0].text == "one");
    CHECK(l.lines[3].sourceLine == 4);
}

TEST_CASE("several time tags on one line, lines out of order, sorted stably", "[lyrics][lrc]")
{
    const Lyrics l = parsed("[00:30.00][00:10.00]Chorus 副歌\n[00:20.00]Verse\n[00:10.00]Second at ten\n");
    REQUIRE(l.lines.size() == 4);
    CHECK(l.lines[0].timeMs == 10000);
    CHECK(l.lines[0].text == "Chorus 副歌");
    CHECK(l.lines[1].timeMs == 10000);
    CHECK(l.lines[1].text == "Second at ten"); // same time: the order of the file
    CHECK(l.lines[2].text == "Verse");
    CHECK(l.lines[3].timeMs == 30000);
    CHECK(l.lines[3].text == "Chorus 副歌");
    CHECK(l.lines[3].sourceLine == 1);
}

TEST_CASE("metadata tags and the offset", "[lyrics][lrc]")
{
    const Lyrics l =
        parsed("\xEF\xBB\xBF[ti:晴天]\n[ar:周杰伦]\r\n[al:叶惠美]\n[by:someone]\n[length: 04:29]\n"
               "[re:editor][ve:1.0]\n[#:a comment]\n[offset:+500]\n[00:01.00]a\n[00:00.20]b\n");
    CHECK(l.title == "晴天");
    CHECK(l.artist == "周杰伦");
    CHECK(l.album == "叶惠美");
    CHECK(l.author == "someone");
    CHECK(l.lengthMs == 269000);
    CHECK(l.fileOffsetMs == 500);
    REQUIRE(l.lines.size() == 2);
    CHECK(l.lines[0].text == "b");
    CHECK(l.lines[0].timeMs == 0); // 200 - 500, clamped
    CHECK(l.lines[1].timeMs == 500);

    const Lyrics later = parsed("[offset:-250]\n[00:01.00]a\n");
    CHECK(later.lines[0].timeMs == 1250);
    CHECK(failure("[offset:soon]\n[00:01.00]a").line == 1);
    CHECK(failure("[00:01.00]a\n[offset:99999999]").code == base::ErrorCode::Refused);
}

TEST_CASE("enhanced LRC word times are kept per word and stripped from the text", "[lyrics][lrc]")
{
    const Lyrics l = parsed("[00:01.00]<00:01.00>Hel<00:01.50>lo <00:02.00>世界<00:03.00>\n");
    REQUIRE(l.lines.size() == 1);
    CHECK(l.lines[0].text == "Hello 世界");
    REQUIRE(l.lines[0].words.size() == 3);
    CHECK(l.lines[0].words[1].timeMs == 1500);
    CHECK(l.lines[0].words[1].text == "lo ");
    CHECK(l.lines[0].words[2].text == "世界");
    // A '<' that is no time stays text.
    CHECK(parsed("[00:01]a <b> c").lines[0].text == "a <b> c");
}

TEST_CASE("blank lines, timed empty lines and untimed lines in synced text", "[lyrics][lrc]")
{
    const Lyrics l = parsed("\n\n[00:01.00]one\n\nnot timed\n[00:05.00]\n[00:06.00]  two  \n\n");
    REQUIRE(l.lines.size() == 3);
    CHECK(l.lines[1].text.empty()); // an instrumental gap clears the line
    CHECK(l.lines[1].timeMs == 5000);
    CHECK(l.lines[2].text == "two");
}

TEST_CASE("text without time tags is unsynced, as written", "[lyrics][lrc]")
{
    const Lyrics l = parsed("[ar:Someone]\n\n[Chorus]\nLine one\n\nLine two\n\n");
    CHECK_FALSE(l.synced);
    REQUIRE(l.lines.size() == 4);
    CHECK(l.lines[0].text == "[Chorus]");
    CHECK(l.lines[2].text.empty());
    CHECK(l.lines[3].timeMs == -1);
    CHECK(l.artist == "Someone");

    const Lyrics p = plainLyrics("\r\n[ar:x]\r\nA\r\rB\n");
    REQUIRE(p.lines.size() == 4);
    CHECK(p.lines[0].text == "[ar:x]");
    CHECK(p.lines[2].text.empty());
}

TEST_CASE("malformed and hostile LRC is refused with file and line", "[lyrics][lrc]")
{
    const base::Error seconds = failure("[00:01.00]ok\n[00:75.00]bad");
    CHECK(seconds.file == "bad.lrc");
    CHECK(seconds.line == 2);
    CHECK(seconds.code == base::ErrorCode::Format);

    const base::Error late = failure("[ti:x]\n\n[9999:00.00]far too late");
    CHECK(late.line == 3);
    CHECK(late.code == base::ErrorCode::Refused);
    CHECK(failure("[99999999999999999999999:00]x").code == base::ErrorCode::Refused);
    CHECK(failure("[00:01]<00:99.00>x").line == 1);

    LrcLimits small;
    small.maxBytes = 64;
    CHECK(failure(std::string(65, 'a'), small).code == base::ErrorCode::Refused);
    small = {};
    small.maxLines = 3;
    const base::Error many = failure("[00:01][00:02]a\n[00:03][00:04]b", small);
    CHECK(many.line == 2);
    CHECK(failure(std::string("[00:01]a\n[00:02]b\0c", 19)).line == 2);

    // A huge file of tags: refused quickly, not parsed into millions of lines.
    std::string huge;
    for (int i = 0; i < 20000; ++i)
        huge += "[00:01]";
    const base::Error e = failure(huge + "x");
    CHECK(e.code == base::ErrorCode::Refused);
}

TEST_CASE("the line at a played position, and where a click on a line seeks", "[lyrics][lrc]")
{
    const Lyrics l = parsed("[00:01.00]a\n[00:02.00]b\n[00:02.00]c\n[00:04.00]d\n");
    CHECK(lineAt(l, 0) == -1);
    CHECK(lineAt(l, 999) == -1);
    CHECK(lineAt(l, 1000) == 0);
    CHECK(lineAt(l, 1999) == 0);
    CHECK(lineAt(l, 2000) == 2);
    CHECK(lineAt(l, 3999) == 2);
    CHECK(lineAt(l, 60000) == 3);
    CHECK(lineAt(l, 3900, 100) == 3); // the listener's +0.1 s: lines come sooner
    CHECK(lineAt(l, 1050, -100) == -1);
    CHECK(seekTargetMs(l, 3) == 4000);
    CHECK(seekTargetMs(l, 3, 100) == 3900);
    CHECK(seekTargetMs(l, 0, 5000) == 0);
    CHECK(seekTargetMs(l, 4) == -1);
    CHECK(lineAt(plainLyrics("a\nb"), 5000) == -1);
    CHECK(formatLrcTime(65432) == "01:05.43");
}
