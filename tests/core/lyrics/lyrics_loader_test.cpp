// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Where a track's lyrics come from: files encoded at test time, tagged with TagLib (SYLT in milliseconds
// and in MPEG frames, in several text encodings; USLT; Vorbis comments; MP4 ©lyr), and .lrc files beside
// them, read back through the real tag reader and findLyrics().
#include "lyrics/lyrics_loader.hpp"

#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/synchronizedlyricsframe.h>
#include <taglib/unsynchronizedlyricsframe.h>
#include <taglib/vorbisfile.h>
#include <taglib/xiphcomment.h>

using namespace accord;
using namespace accord::lyrics;
using Sylt = TagLib::ID3v2::SynchronizedLyricsFrame;

namespace {

TagLib::String u8(const std::string& s)
{
    return TagLib::String(s, TagLib::String::UTF8);
}

std::filesystem::path encoded(const test::TempDir& dir, const std::string& name)
{
    const auto wav = dir / "src.wav";
    if (!std::filesystem::exists(wav))
        test::makeWav(wav, 2.0);
    const auto out = dir / name;
    if (out.extension() == ".m4a")
        test::run("ffmpeg -loglevel error -y -i '" + wav.string() + "' -c:a aac '" + out.string() + "'");
    else
        test::encode(wav, out);
    return out;
}

void saveMp3(const std::filesystem::path& path, TagLib::ID3v2::Frame* frame)
{
    TagLib::MPEG::File f(path.c_str());
    f.ID3v2Tag(true)->addFrame(frame);
    REQUIRE(f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4));
}

Sylt* sylt(TagLib::String::Type encoding, Sylt::TimestampFormat format,
           std::initializer_list<std::pair<unsigned, std::string>> entries, Sylt::Type type = Sylt::Lyrics)
{
    auto* s = new Sylt(encoding);
    s->setTimestampFormat(format);
    s->setType(type);
    s->setLanguage("chi");
    Sylt::SynchedTextList list;
    for (const auto& [t, text] : entries)
        list.append({t, u8(text)});
    s->setSynchedText(list);
    return s;
}

Lyrics found(const std::filesystem::path& audio)
{
    LyricsLookup l = findLyrics(audio);
    for (const base::Error& e : l.problems)
        UNSCOPED_INFO(e.describe());
    REQUIRE(l.lyrics);
    return std::move(*l.lyrics);
}

} // namespace

TEST_CASE("SYLT in milliseconds, UTF-16 and Latin-1 text", "[lyrics][tags]")
{
    test::TempDir dir;
    for (const auto encoding : {TagLib::String::UTF16, TagLib::String::UTF8, TagLib::String::Latin1}) {
        const auto path = encoded(dir, "sylt" + std::to_string(encoding) + ".mp3");
        const bool latin = encoding == TagLib::String::Latin1;
        saveMp3(path, sylt(encoding, Sylt::AbsoluteMilliseconds,
                           {{1000, latin ? "Caf\xC3\xA9" : "晴天 sunny"}, {2345, "two"}, {500, "zero"}}));
        const Lyrics l = found(path);
        CHECK(l.synced);
        CHECK(l.source == "embedded");
        CHECK(l.tag == "SYLT");
        REQUIRE(l.lines.size() == 3);
        CHECK(l.lines[0].text == "zero"); // out of order in the frame: sorted
        CHECK(l.lines[1].text == (latin ? "Café" : "晴天 sunny"));
        CHECK(l.lines[2].timeMs == 2345); // milliseconds kept exactly
    }
}

TEST_CASE("SYLT timed in MPEG frames, syllables with newlines, and non-lyric content skipped",
          "[lyrics][tags]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "frames.mp3");
    {
        TagLib::MPEG::File f(path.c_str());
        auto* tag = f.ID3v2Tag(true);
        tag->addFrame(
            sylt(TagLib::String::UTF8, Sylt::AbsoluteMilliseconds, {{0, "Allegro"}}, Sylt::Movement));
        // 44.1 kHz MPEG-1 Layer III: 1152 samples a frame, 26.122... ms. Frame 100 = 2612 ms.
        tag->addFrame(
            sylt(TagLib::String::UTF16, Sylt::AbsoluteMpegFrames,
                 {{38, "Strang"}, {50, "ers"}, {60, " in the night"}, {100, "\n第二行"}, {120, " 行"}}));
        REQUIRE(f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4));
    }
    const Lyrics l = found(path);
    REQUIRE(l.synced);
    REQUIRE(l.lines.size() == 2);
    CHECK(l.lines[0].text == "Strangers in the night");
    CHECK(l.lines[0].timeMs == 993); // 38 x 1152 / 44100 s, to the millisecond
    REQUIRE(l.lines[0].words.size() == 3);
    CHECK(l.lines[0].words[1].timeMs == 1306);
    CHECK(l.lines[1].text == "第二行 行");
    CHECK(l.lines[1].timeMs == 2612);
}

TEST_CASE("USLT is plain lyrics, and a .lrc beside the file overrides embedded lyrics", "[lyrics][tags]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "plain.mp3");
    auto* uslt = new TagLib::ID3v2::UnsynchronizedLyricsFrame(TagLib::String::UTF16);
    uslt->setDescription(u8("desc"));
    uslt->setText(u8("第一段\nVerse one\n\nVerse two"));
    saveMp3(path, uslt);
    Lyrics l = found(path);
    CHECK_FALSE(l.synced);
    CHECK(l.tag == "USLT");
    REQUIRE(l.lines.size() == 4);
    CHECK(l.lines[0].text == "第一段");

    // An unsynced .lrc beats embedded unsynced lyrics...
    test::writeFile(dir / "plain.lrc", "From the lrc\n");
    l = found(path);
    CHECK(l.source == "lrc_file");
    CHECK(l.lines[0].text == "From the lrc");
    // ... a synced one anything, whatever the case of its extension.
    std::filesystem::remove(dir / "plain.lrc");
    test::writeFile(dir / "plain.LRC", "[00:01.00]Synced from the lrc\n");
    l = found(path);
    CHECK(l.synced);
    CHECK(l.source == "lrc_file");
    CHECK(l.path == (dir / "plain.LRC").string());
    CHECK(l.encoding == "utf-8");
}

TEST_CASE("embedded synced lyrics beat an unsynced .lrc, and a refused .lrc is reported, not fatal",
          "[lyrics]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "song.flac");
    {
        TagLib::FLAC::File f(path.c_str());
        f.xiphComment(true)->addField("SYNCEDLYRICS", u8("[00:02.00]二\n[00:01.00]一"));
        f.xiphComment(true)->addField("UNSYNCEDLYRICS", u8("一\n二"));
        REQUIRE(f.save());
    }
    test::writeFile(dir / "song.lrc", "just words\n");
    Lyrics l = found(path);
    CHECK(l.synced);
    CHECK(l.tag == "SYNCEDLYRICS");
    CHECK(l.lines[0].text == "一");

    test::writeFile(dir / "song.lrc", "[00:01.00]ok\n[00:61.00]bad seconds\n");
    const LyricsLookup bad = findLyrics(path);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].describe().find("song.lrc:2") != std::string::npos);
    REQUIRE(bad.lyrics);
    CHECK(bad.lyrics->tag == "SYNCEDLYRICS");
}

TEST_CASE("Vorbis comment LYRICS with time tags is synced, without them plain", "[lyrics][tags]")
{
    test::TempDir dir;
    const auto timed = encoded(dir, "timed.ogg");
    const auto plain = encoded(dir, "plain.ogg");
    {
        TagLib::Ogg::Vorbis::File f(timed.c_str());
        f.tag()->addField("LYRICS", u8("[ar:x]\n[00:03.50]晴天\n[00:04.00]Sunny"));
        REQUIRE(f.save());
        TagLib::Ogg::Vorbis::File g(plain.c_str());
        g.tag()->addField("UNSYNCEDLYRICS", u8("晴天\nSunny"));
        REQUIRE(g.save());
    }
    const Lyrics a = found(timed);
    CHECK(a.synced);
    CHECK(a.tag == "LYRICS");
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[0].timeMs == 3500);
    const Lyrics b = found(plain);
    CHECK_FALSE(b.synced);
    CHECK(b.tag == "UNSYNCEDLYRICS");
    CHECK(b.lines.size() == 2);
}

TEST_CASE("MP4 ©lyr", "[lyrics][tags]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "song.m4a");
    {
        TagLib::MP4::File f(path.c_str());
        REQUIRE(f.isValid());
        f.tag()->setItem("\251lyr", // TagLib names MP4 atoms in Latin-1
                         TagLib::StringList(u8("歌词 lyrics\nline two")));
        REQUIRE(f.save());
    }
    const Lyrics l = found(path);
    CHECK_FALSE(l.synced);
    CHECK(l.tag == "\xC2\xA9lyr");
    CHECK(l.lines[0].text == "歌词 lyrics");
}

TEST_CASE("no lyrics, and a GBK .lrc beside a file", "[lyrics]")
{
    test::TempDir dir;
    const auto path = encoded(dir, "bare.flac");
    CHECK_FALSE(findLyrics(path).lyrics);
    CHECK(findLyrics(path).problems.empty());
    test::writeFile(dir / "bare.lrc", "[ti:\xC7\xE7\xCC\xEC]\n[00:01.00]\xC7\xE7\xCC\xEC\n");
    const Lyrics l = found(path);
    CHECK(l.encoding == "gb18030");
    CHECK(l.title == "晴天");
    CHECK(l.lines[0].text == "晴天");
    const LyricsLookup missing = findLyrics(dir / "absent.flac");
    CHECK_FALSE(missing.lyrics);
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].file.find("absent.flac") != std::string::npos);
}
