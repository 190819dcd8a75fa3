// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The scanner and single-file albums: a .cue beside the file and a CUESHEET tag inside it become the album's
// tracks (and the file itself no track); rescans follow an edited, removed or added sheet.
#include "audio/decoder.hpp"
#include "audio/track_range.hpp"
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

using namespace accord;

namespace {

const char* const kSheet = "REM DATE 2001\n"
                           "PERFORMER \"Cue Band\"\n"
                           "TITLE \"Cue Album\"\n"
                           "FILE \"album.wav\" WAVE\n"
                           "  TRACK 01 AUDIO\n"
                           "    TITLE \"First\"\n"
                           "    ISRC GBAYE0100001\n"
                           "    INDEX 01 00:00:00\n"
                           "  TRACK 02 AUDIO\n"
                           "    TITLE \"Second\"\n"
                           "    PERFORMER \"Guest\"\n"
                           "    INDEX 00 00:01:00\n"
                           "    INDEX 01 00:01:37\n"
                           "  TRACK 03 AUDIO\n"
                           "    TITLE \"Third\"\n"
                           "    INDEX 01 00:02:74\n";

void writeText(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p, std::ios::binary) << text;
}

std::vector<library::StoredTrack> tracks(const std::filesystem::path& db)
{
    auto lib = library::LibraryDb::open(db);
    REQUIRE(lib.ok());
    auto t = lib->tracks();
    REQUIRE(t.ok());
    return *t;
}

void touchLater(const std::filesystem::path& p)
{
    std::filesystem::last_write_time(p, std::filesystem::last_write_time(p) + std::chrono::seconds(5));
}

} // namespace

TEST_CASE("Scan: album.flac + album.cue appear as the sheet's tracks", "[library][cue]")
{
    test::TempDir dir;
    const auto music = dir.path() / "music";
    std::filesystem::create_directories(music);
    test::makeWav(dir.path() / "src.wav", 4.0);
    test::encode(dir.path() / "src.wav", music / "album.flac");
    test::tagFile(music / "album.flac", {{"TITLE", "Whole File"}, {"ARTIST", "File Artist"}});
    writeText(music / "album.cue", kSheet);
    const auto db = dir.path() / "library.db";
    library::Scanner scanner(db);

    auto s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->problems.empty());
    CHECK(s->added == 3);
    auto t = tracks(db);
    REQUIRE(t.size() == 3);
    const std::string file = std::filesystem::canonical(music / "album.flac").string();
    CHECK(t[0].path == file + "#cue01@0-" + std::to_string(112 * 588));
    CHECK(t[0].info.tags.title == "First");
    CHECK(t[0].info.tags.isrc == "GBAYE0100001");
    CHECK(t[0].info.tags.artists == std::vector<std::string>{"Cue Band"});
    CHECK(t[0].info.tags.album == "Cue Album");
    CHECK(t[0].info.tags.date == "2001");
    CHECK(t[1].path == file + "#cue02@" + std::to_string(112 * 588) + "-" + std::to_string(224 * 588));
    CHECK(t[1].info.tags.artists == std::vector<std::string>{"Guest"});
    CHECK(t[1].info.tags.trackNumber == 2);
    CHECK(t[2].path == file + "#cue03@" + std::to_string(224 * 588) + "-");
    CHECK(t[2].info.audio.durationMs == (4 * 44100 - 224 * 588) * 1000 / 44100);
    // The stored path plays the range: the decoder's frames are the track's.
    auto dec = audio::openDecoder(t[1].path);
    REQUIRE(dec.ok());
    CHECK((*dec)->frames() == (224 - 112) * 588);

    // Unchanged: nothing read.
    s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->read == 0);
    const std::int64_t secondId = tracks(db)[1].id;

    // The sheet edited (track 2 moves): re-read, the row of track 2 keeps its id.
    std::string edited = kSheet;
    edited.replace(edited.find("00:01:37"), 8, "00:01:50");
    writeText(music / "album.cue", edited);
    touchLater(music / "album.cue");
    s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->read == 1);
    t = tracks(db);
    REQUIRE(t.size() == 3);
    CHECK(t[1].id == secondId);
    CHECK(t[1].path == file + "#cue02@" + std::to_string(125 * 588) + "-" + std::to_string(224 * 588));

    // The sheet removed: the file is one track again.
    std::filesystem::remove(music / "album.cue");
    s = scanner.scan({music});
    REQUIRE(s.ok());
    t = tracks(db);
    REQUIRE(t.size() == 1);
    CHECK(t[0].path == file);
    CHECK(t[0].info.tags.title == "Whole File");

    // And back: the whole-file row gives way to the tracks.
    writeText(music / "album.cue", kSheet);
    s = scanner.scan({music});
    REQUIRE(s.ok());
    t = tracks(db);
    REQUIRE(t.size() == 3);
    CHECK(t[2].info.tags.title == "Third");

    // The album's file removed: its tracks go with it (the folder is then empty of audio: say it is meant).
    std::filesystem::remove(music / "album.flac");
    library::Scanner emptying(db, {0, true});
    s = emptying.scan({music});
    REQUIRE(s.ok());
    CHECK(tracks(db).empty());
}

TEST_CASE("Scan: a CUESHEET tag inside the FLAC lays out its tracks", "[library][cue]")
{
    test::TempDir dir;
    const auto music = dir.path() / "music";
    std::filesystem::create_directories(music);
    test::makeWav(dir.path() / "src.wav", 3.0, 0, 16, 48000);
    test::encode(dir.path() / "src.wav", music / "embedded.flac");
    test::tagFile(music / "embedded.flac", {{"TITLE", "Whole"}, {"CUESHEET", kSheet}});
    const auto db = dir.path() / "library.db";
    library::Scanner scanner(db);
    auto s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->problems.empty());
    auto t = tracks(db);
    REQUIRE(t.size() == 3);
    CHECK(t[1].info.tags.title == "Second");
    CHECK(t[1].path.find("#cue02@" + std::to_string(112 * 640) + "-" + std::to_string(224 * 640)) !=
          std::string::npos);
    // Unchanged: not read again (an embedded sheet changes with its file).
    s = scanner.scan({music});
    REQUIRE(s.ok());
    CHECK(s->read == 0);
}

TEST_CASE("Scan: a broken .cue is reported with its line, and the file stays whole", "[library][cue]")
{
    test::TempDir dir;
    const auto music = dir.path() / "music";
    std::filesystem::create_directories(music);
    test::makeWav(music / "album.wav", 1.0);
    writeText(music / "album.cue", "FILE \"album.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:00:99\n");
    const auto db = dir.path() / "library.db";
    library::Scanner scanner(db);
    auto s = scanner.scan({music});
    REQUIRE(s.ok());
    REQUIRE(s->problems.size() == 1);
    CHECK_THAT(s->problems[0].reason, Catch::Contains("album.cue:3:"));
    auto t = tracks(db);
    REQUIRE(t.size() == 1);
    CHECK(t[0].path.find('#') == std::string::npos);
}
