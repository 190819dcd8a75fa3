// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/track_range.hpp"
#include "library/cue_sheet.hpp"
#include "library/cue_tracks.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::library;

namespace {

const char* const kAlbum = "\xEF\xBB\xBF"
                           "REM GENRE \"Ambient\"\r\n"
                           "REM DATE 1999\r\n"
                           "REM COMMENT \"ExactAudioCopy v1.6\"\r\n"
                           "REM REPLAYGAIN_ALBUM_GAIN -7.25 dB\r\n"
                           "PERFORMER \"The Band\"\r\n"
                           "TITLE \"Long Album\"\r\n"
                           "FILE \"Long Album.wav\" WAVE\r\n"
                           "  TRACK 01 AUDIO\r\n"
                           "    TITLE \"Opening\"\r\n"
                           "    ISRC GBAYE9900001\r\n"
                           "    INDEX 01 00:00:00\r\n"
                           "  TRACK 02 AUDIO\r\n"
                           "    TITLE \"Second Song\"\r\n"
                           "    PERFORMER \"Guest Singer\"\r\n"
                           "    REM REPLAYGAIN_TRACK_GAIN -6.50 dB\r\n"
                           "    INDEX 00 03:10:20\r\n"
                           "    INDEX 01 03:12:37\r\n"
                           "  TRACK 03 AUDIO\r\n"
                           "    TITLE \"Finale\"\r\n"
                           "    PREGAP 00:02:00\r\n"
                           "    INDEX 01 07:00:74\r\n";

} // namespace

TEST_CASE("CUE frames to samples: frames * rate / 75, exact", "[library][cue]")
{
    // 03:12:37 = (3*60+12)*75+37 = 14437 frames.
    CHECK(cueFramesToSamples(14437, 44100) == 14437ull * 588);
    CHECK(cueFramesToSamples(14437, 48000) == 14437ull * 640);
    CHECK(cueFramesToSamples(14437, 96000) == 14437ull * 1280);
    CHECK(cueFramesToSamples(1, 44100) == 588);
    // A rate that is not a multiple of 75 rounds down.
    CHECK(cueFramesToSamples(1, 8000) == 106);
    // Ten hours of frames at 192 kHz does not overflow.
    CHECK(cueFramesToSamples(10ull * 3600 * 75, 192000) == 10ull * 3600 * 192000);
}

TEST_CASE("CUE sheet: titles, performers, ISRC, REM, INDEX 00 and PREGAP", "[library][cue]")
{
    auto sheet = parseCueSheet(kAlbum, "album.cue");
    REQUIRE(sheet.ok());
    CHECK(sheet->title == "Long Album");
    CHECK(sheet->performer == "The Band");
    CHECK(sheet->genre == "Ambient");
    CHECK(sheet->date == "1999");
    REQUIRE(sheet->rgAlbumGain);
    CHECK(*sheet->rgAlbumGain == Approx(-7.25));
    REQUIRE(sheet->files == std::vector<std::string>{"Long Album.wav"});
    REQUIRE(sheet->tracks.size() == 3);
    const CueTrack& t1 = sheet->tracks[0];
    CHECK(t1.number == 1);
    CHECK(t1.title == "Opening");
    CHECK(t1.isrc == "GBAYE9900001");
    CHECK(t1.index1 == 0);
    CHECK_FALSE(t1.index0);
    CHECK(t1.line == 8);
    const CueTrack& t2 = sheet->tracks[1];
    CHECK(t2.performer == "Guest Singer");
    CHECK(t2.index1 == 14437);
    REQUIRE(t2.index0);
    CHECK(*t2.index0 == (3 * 60 + 10) * 75 + 20);
    CHECK(t2.index0File == "Long Album.wav");
    REQUIRE(t2.rgTrackGain);
    CHECK(*t2.rgTrackGain == Approx(-6.5));
    CHECK(t2.pregap == 0);
    const CueTrack& t3 = sheet->tracks[2];
    CHECK(t3.index1 == 7 * 60 * 75 + 74);
    CHECK(t3.pregap == 150);
}

TEST_CASE("CUE tracks of one file: ranges at 44.1, 48 and 96 kHz, gaps to the previous track",
          "[library][cue]")
{
    auto sheet = parseCueSheet(kAlbum, "album.cue");
    REQUIRE(sheet.ok());
    for (const std::uint32_t rate : {44100u, 48000u, 96000u}) {
        TrackInfo whole;
        whole.audio.sampleRate = rate;
        whole.audio.durationMs = 9 * 60 * 1000;
        whole.tags.isrc = "USXXX0000001"; // a file-wide ISRC names no CUE track
        whole.tags.artists = {"File Artist"};
        // The sheet says .wav; the file is the FLAC encoded from it.
        const auto tracks = cueTracksOf(*sheet, "/m/Long Album.flac", whole, false);
        REQUIRE(tracks.size() == 3);
        const std::uint64_t per = rate / 75;
        CHECK(tracks[0].range.start == 0);
        REQUIRE(tracks[0].range.end);
        // Track 1 ends where track 2's INDEX 01 is: its pregap (INDEX 00) is the end of track 1.
        CHECK(*tracks[0].range.end == 14437 * per);
        CHECK(tracks[1].range.start == 14437 * per);
        CHECK(*tracks[1].range.end == (7 * 60 * 75 + 74) * per);
        CHECK(tracks[2].range.start == (7 * 60 * 75 + 74) * per);
        CHECK_FALSE(tracks[2].range.end);
        CHECK(tracks[0].info.tags.isrc == "GBAYE9900001");
        CHECK(tracks[1].info.tags.isrc.empty());
        CHECK(tracks[0].info.tags.artists == std::vector<std::string>{"The Band"});
        CHECK(tracks[1].info.tags.artists == std::vector<std::string>{"Guest Singer"});
        CHECK(tracks[1].info.tags.album == "Long Album");
        CHECK(tracks[1].info.tags.albumArtist == "The Band");
        CHECK(tracks[1].info.tags.trackNumber == 2);
        CHECK(tracks[1].info.tags.trackTotal == 3);
        CHECK(tracks[1].info.audio.durationMs ==
              static_cast<std::int64_t>(((7 * 60 * 75 + 74) - 14437) * per * 1000 / rate));
        CHECK(tracks[2].info.audio.durationMs ==
              static_cast<std::int64_t>((9ull * 60 * rate - (7 * 60 * 75 + 74) * per) * 1000 / rate));
        CHECK(tracks[1].path == "/m/Long Album.flac#cue02@" + std::to_string(14437 * per) + "-" +
                                    std::to_string((7 * 60 * 75 + 74) * per));
        CHECK(audio::parseRangePath(tracks[1].path) == tracks[1].range);
    }
}

TEST_CASE("CUE sheet of several files: each track in the file of its INDEX 01", "[library][cue]")
{
    // EAC's "gaps appended to the previous track": track 2's INDEX 00 is at the end of file 1.
    const char* text = "FILE \"01.flac\" WAVE\n"
                       "TRACK 01 AUDIO\n"
                       "TITLE \"One\"\n"
                       "INDEX 01 00:00:00\n"
                       "TRACK 02 AUDIO\n"
                       "TITLE \"Two\"\n"
                       "INDEX 00 04:00:00\n"
                       "FILE \"02.flac\" WAVE\n"
                       "INDEX 01 00:00:00\n"
                       "TRACK 03 AUDIO\n"
                       "TITLE \"Three\"\n"
                       "INDEX 01 02:00:00\n";
    auto sheet = parseCueSheet(text, "multi.cue");
    REQUIRE(sheet.ok());
    REQUIRE(sheet->files == std::vector<std::string>{"01.flac", "02.flac"});
    REQUIRE(sheet->tracks.size() == 3);
    CHECK(sheet->tracks[0].file == "01.flac");
    CHECK(sheet->tracks[1].file == "02.flac");
    CHECK(sheet->tracks[1].index0File == "01.flac");
    CHECK(sheet->tracks[2].file == "02.flac");
    TrackInfo whole;
    whole.audio.sampleRate = 48000;
    whole.audio.durationMs = 300000;
    const auto one = cueTracksOf(*sheet, "/m/01.flac", whole, false);
    REQUIRE(one.size() == 1); // track 1 and, at its end, track 2's pregap: the whole of 01.flac
    CHECK(one[0].range.start == 0);
    CHECK_FALSE(one[0].range.end);
    const auto two = cueTracksOf(*sheet, "/m/02.flac", whole, false);
    REQUIRE(two.size() == 2);
    CHECK(two[0].range.track == 2);
    CHECK(*two[0].range.end == 2 * 60 * 48000);
    CHECK(two[1].range.start == 2 * 60 * 48000);
    // Several FILEs: a name that differs does not match by its stem.
    CHECK(cueTracksOf(*sheet, "/m/01.wav", whole, false).empty());
}

TEST_CASE("CUE sheet: Latin-1 text and Windows paths", "[library][cue]")
{
    const std::string text = "PERFORMER \"Bj\xF6rk\"\nFILE \"C:\\Rips\\Album.wav\" WAVE\nTRACK 01 AUDIO\n"
                             "TITLE \"J\xF3ga\"\nINDEX 01 00:00:00\n";
    auto sheet = parseCueSheet(text, "latin1.cue");
    REQUIRE(sheet.ok());
    CHECK(sheet->performer == "Bj\xC3\xB6rk");
    CHECK(sheet->tracks[0].title == "J\xC3\xB3ga");
    CHECK(cueFileNames(*sheet, sheet->tracks[0].file, "album.wav"));
}

TEST_CASE("CUE sheet errors name the file and line", "[library][cue]")
{
    struct Bad {
        const char* text;
        long line;
        const char* says;
    };
    const Bad cases[] = {
        {"TRACK 01 AUDIO\nINDEX 01 00:00:00\n", 1, "TRACK before any FILE"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:60:00\n", 3, "mm:ss:ff"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:00:75\n", 3, "mm:ss:ff"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nTITLE \"x\"\nTRACK 02 AUDIO\nINDEX 01 00:01:00\n", 2,
         "no INDEX 01"},
        {"FILE \"a.wav\" WAVE\nTRACK 02 AUDIO\nINDEX 01 00:00:00\nTRACK 01 AUDIO\nINDEX 01 00:01:00\n", 4,
         "does not follow"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:05:00\nTRACK 02 AUDIO\nINDEX 01 00:01:00\n", 5,
         "before the previous index"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 00:00:00\nBOGUS 1\n", 4, "unknown command"},
        {"FILE \"a.wav WAVE\nTRACK 01 AUDIO\n", 1, "not closed"},
        {"FILE \"a.wav\" WAVE\nTRACK 100 AUDIO\nINDEX 01 00:00:00\n", 2, "1-99"},
        {"FILE \"a.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 100 00:00:00\n", 3, "0-99"},
        {"REM only a comment\n", 1, "no TRACK"},
    };
    for (const Bad& b : cases) {
        INFO(b.text);
        auto sheet = parseCueSheet(b.text, "/m/bad.cue");
        REQUIRE_FALSE(sheet.ok());
        CHECK(sheet.error().file == "/m/bad.cue");
        CHECK(sheet.error().line == b.line);
        CHECK_THAT(sheet.error().message, Catch::Contains(b.says));
        CHECK_THAT(sheet.error().describe(), Catch::StartsWith("/m/bad.cue:" + std::to_string(b.line)));
    }
    CHECK(parseCueSheet(std::string(kMaxCueSheetBytes + 1, ' '), "big.cue").error().code ==
          base::ErrorCode::Refused);
}

TEST_CASE("Range paths round-trip and refuse what is not one", "[library][cue]")
{
    const audio::TrackRange r{"/m/a#cue b/album.flac", 7, 123, 456};
    const std::string p = audio::rangePath(r);
    CHECK(p == "/m/a#cue b/album.flac#cue07@123-456");
    CHECK(audio::parseRangePath(p) == r);
    const audio::TrackRange open{"/m/album.flac", 12, 99, std::nullopt};
    CHECK(audio::parseRangePath(audio::rangePath(open)) == open);
    CHECK_FALSE(audio::parseRangePath("/m/album.flac"));
    CHECK_FALSE(audio::parseRangePath("/m/album.flac#cue00@1-2"));
    CHECK_FALSE(audio::parseRangePath("/m/album.flac#cue01@5-5"));
    CHECK_FALSE(audio::parseRangePath("/m/album.flac#cue01@5-6x"));
    CHECK(audio::fileOfTrackPath(p) == "/m/a#cue b/album.flac");
    CHECK(audio::fileOfTrackPath("/m/plain.flac") == "/m/plain.flac");
}
