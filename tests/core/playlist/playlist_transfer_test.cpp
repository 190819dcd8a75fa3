// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Import and export through real files and a real library.db: matching by path (relative with '..',
// spaces, non-ASCII), ISRC and title/artist, missing entries kept with their reason, relative exports,
// and each format's round trip through the store.
#include "playlist/playlist_transfer.hpp"

#include "playlist/playlist_format.hpp"
#include "playlist_test_library.hpp"
#include "storage/statement.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::playlist;
namespace fs = std::filesystem;

namespace {

struct Library {
    test::TempDir dir;
    library::LibraryDb db;
    std::int64_t harbour = 0, sky = 0, spring = 0;

    Library() : db(library::LibraryDb::open(dir / "library.db").value())
    {
        harbour = test::addLibraryTrack(db, dir / "Music/Alice/01 Moonlight Harbour.flac",
                                        "Moonlight Harbour", {"Alice"}, "GBAAA1500001", 215000);
        sky = test::addLibraryTrack(db, dir / "Music/Bob/Copper Sky.mp3", "Copper Sky (feat. Carol)", {"Bob"},
                                    "GBAAA1500002", 190000);
        spring =
            test::addLibraryTrack(db, dir / "Music/Zhōu/春 の 歌.flac", "春の歌", {"周杰伦"}, "", 200000);
    }
};

} // namespace

TEST_CASE("Import: by path, by ISRC, by title/artist, and missing entries with their reason",
          "[playlist][import]")
{
    Library lib;
    test::writeFile(lib.dir / "Music/Elsewhere/not scanned.flac", "x");
    const std::string m3u = "#EXTM3U\r\n"
                            "#EXTINF:215,Alice - Moonlight Harbour\r\n"
                            "../Music/Alice/01 Moonlight Harbour.flac\r\n" // relative, '..', spaces
                            "..\\Music\\Zhōu\\春 の 歌.flac\r\n"           // Windows separators, non-ASCII
                            "#EXTINF:190,BOB - copper sky\r\n"
                            "/old/disk/Copper Sky.mp3\r\n" // moved: title/artist
                            "#EXTINF:100,Nobody - Nothing\r\n"
                            "../Music/Gone.flac\r\n"                  // missing
                            "../Music/Elsewhere/not scanned.flac\r\n" // exists, not scanned
                            "http://radio.example/stream\r\n";        // not local
    test::writeFile(lib.dir / "lists/trip.m3u8", "\xEF\xBB\xBF" + m3u);
    auto out = importPlaylist(lib.db, lib.dir / "lists/trip.m3u8");
    REQUIRE(out.ok());
    CHECK(out->name == "trip");
    CHECK(out->byPath == 2);
    CHECK(out->byTitleArtist == 1);
    CHECK(out->missing == 3);
    PlaylistStore store(lib.db.connection());
    auto items = store.items(out->playlistId);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 6);
    CHECK((*items)[0].trackId == lib.harbour);
    CHECK((*items)[1].trackId == lib.spring);
    CHECK((*items)[2].trackId == lib.sky);
    CHECK((*items)[2].matchedBy == "title/artist");
    const std::string root = fs::canonical(lib.dir.path()).string();
    CHECK((*items)[3].missingReason ==
          "no file at " + root + "/Music/Gone.flac; no library track is titled \"Nothing\" by Nobody");
    CHECK((*items)[3].title == "Nothing");
    CHECK((*items)[4].missingReason ==
          root + "/Music/Elsewhere/not scanned.flac is not in the library (scan its folder)");
    CHECK((*items)[5].missingReason == "not a local file: http://radio.example/stream");
    CHECK((*items)[5].path == "http://radio.example/stream");

    // XSPF: an entry with only an identifier is matched by ISRC.
    test::writeFile(
        lib.dir / "lists/isrc.xspf",
        "<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><title>By ISRC</title><trackList>"
        "<track><identifier>urn:isrc:GBAAA1500002</identifier></track>"
        "<track><identifier>urn:isrc:GBZZZ9900009</identifier><title>Lost</title></track>"
        "</trackList></playlist>");
    auto x = importPlaylist(lib.db, lib.dir / "lists/isrc.xspf");
    REQUIRE(x.ok());
    CHECK(x->name == "By ISRC");
    CHECK(x->byIsrc == 1);
    auto xi = store.items(x->playlistId);
    CHECK((*xi)[0].trackId == lib.sky);
    CHECK((*xi)[1].missingReason == "no location; no library track has ISRC GBZZZ9900009; \"Lost\" names no "
                                    "artist to match by title");

    // A Windows playlist's drive path matches by title/artist, or says what it is.
    test::writeFile(lib.dir / "lists/win.pls", "[playlist]\r\nFile1=C:\\Music\\Moonlight Harbour.flac\r\n"
                                               "Title1=Alice - Moonlight Harbour\r\nFile2=D:\\x.mp3\r\n");
    auto win = importPlaylist(lib.db, lib.dir / "lists/win.pls");
    REQUIRE(win.ok());
    CHECK(win->byTitleArtist == 1);
    auto wi = store.items(win->playlistId);
    CHECK((*wi)[0].trackId == lib.harbour);
    CHECK((*wi)[1].missingReason == "a Windows path, not a file on this computer: D:/x.mp3");

    // A refused file stores nothing.
    test::writeFile(lib.dir / "lists/bad.pls", "[playlist]\nFile1=a\nFile1=b\n");
    auto bad = importPlaylist(lib.db, lib.dir / "lists/bad.pls");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().line == 3);
    CHECK(store.list()->size() == 3);
}

TEST_CASE("Export: relative where the playlist sits above the files, absolute elsewhere",
          "[playlist][export]")
{
    Library lib;
    PlaylistStore store(lib.db.connection());
    const std::string root = fs::canonical(lib.dir.path()).string();
    auto h = store.itemForPath(root + "/Music/Alice/01 Moonlight Harbour.flac");
    auto s = store.itemForPath(root + "/Music/Zhōu/春 の 歌.flac");
    NewPlaylistItem missing;
    missing.location = "/old/Gone.flac";
    missing.title = "Gone";
    missing.missingReason = "no file at /old/Gone.flac";
    auto id = store.create("Mix", {*h, *s, missing});
    REQUIRE(id.ok());

    auto above = exportPlaylist(lib.db, *id, lib.dir / "Music/mix.m3u8");
    REQUIRE(above.ok());
    CHECK(above->written == 3);
    const std::string text = test::fileBytes(lib.dir / "Music/mix.m3u8");
    CHECK(text.find("\nAlice/01 Moonlight Harbour.flac\n") != std::string::npos);
    CHECK(text.find("\nZhōu/春 の 歌.flac\n") != std::string::npos);
    CHECK(text.find("\n/old/Gone.flac\n") != std::string::npos);
    CHECK_FALSE(fs::exists(lib.dir / "Music/mix.m3u8.part"));

    auto beside = exportPlaylist(lib.db, *id, lib.dir / "Other/mix.pls");
    REQUIRE_FALSE(beside.ok()); // no such folder: an error, not a half-written file
    fs::create_directories(lib.dir / "Other");
    beside = exportPlaylist(lib.db, *id, lib.dir / "Other/mix.pls");
    REQUIRE(beside.ok());
    CHECK(beside->format == PlaylistFormat::Pls);
    CHECK(test::fileBytes(lib.dir / "Other/mix.pls")
              .find("File1=" + root + "/Music/Alice/01 Moonlight Harbour.flac\n") != std::string::npos);
}

TEST_CASE("Round trip: every format through export and import gives the same items",
          "[playlist][export][import]")
{
    Library lib;
    PlaylistStore store(lib.db.connection());
    const std::string root = fs::canonical(lib.dir.path()).string();
    std::vector<NewPlaylistItem> items;
    for (const char* p : {"/Music/Zhōu/春 の 歌.flac", "/Music/Alice/01 Moonlight Harbour.flac",
                          "/Music/Bob/Copper Sky.mp3", "/Music/Zhōu/春 の 歌.flac"})
        items.push_back(*store.itemForPath(root + p));
    auto id = store.create("Round", items);
    REQUIRE(id.ok());
    for (const char* name : {"Music/r.m3u", "Music/r.m3u8", "r.pls", "Music/Bob/r.xspf"}) {
        INFO(name);
        REQUIRE(exportPlaylist(lib.db, *id, lib.dir / name).ok());
        auto back = importPlaylist(lib.db, lib.dir / name, std::string("back"));
        REQUIRE(back.ok());
        CHECK(back->byPath == 4);
        CHECK(back->missing == 0);
        auto got = store.items(back->playlistId);
        REQUIRE(got->size() == 4);
        for (std::size_t i = 0; i < 4; ++i)
            CHECK((*got)[i].trackId == items[i].trackId);
    }
}

TEST_CASE("Round trip: CUE tracks (ranges of one file) keep their place in every format",
          "[playlist][export][import][cue]")
{
    Library lib;
    PlaylistStore store(lib.db.connection());
    // Two tracks of a single-file album as a scan stores them: the file's path and the range.
    test::writeFile(lib.dir / "Music/Cue Album/album image.flac", "not audio");
    const std::string file = fs::canonical(lib.dir / "Music/Cue Album/album image.flac").string();
    std::vector<NewPlaylistItem> items;
    for (const std::string range : {"#cue02@65856-131712", "#cue01@0-65856", "#cue02@65856-131712"}) {
        auto st = storage::Statement::prepare(
            lib.db.connection(),
            "INSERT OR IGNORE INTO tracks (path, size, mtime_ns, content_hash, title, duration_ms, "
            "sample_rate, "
            "bit_depth, channels, codec, bitrate_kbps, added_at, updated_at) VALUES (?1, 1, 1, 1, ?2, 1000, "
            "44100, 16, 2, 'FLAC', 900, 0, 0)");
        REQUIRE(st.ok());
        REQUIRE(st->bind(1, file + range).bind(2, range).run().ok());
        auto item = store.itemForPath(file + range);
        REQUIRE(item.ok());
        REQUIRE(item->trackId);
        items.push_back(*item);
    }
    auto id = store.create("Cue", items);
    REQUIRE(id.ok());
    for (const char* name : {"Music/c.m3u8", "c.pls", "Music/Cue Album/c.xspf", "c.m3u"}) {
        INFO(name);
        REQUIRE(exportPlaylist(lib.db, *id, lib.dir / name).ok());
        auto back = importPlaylist(lib.db, lib.dir / name, std::string("back"));
        REQUIRE(back.ok());
        CHECK(back->byPath == 3);
        CHECK(back->missing == 0);
        auto got = store.items(back->playlistId);
        REQUIRE(got->size() == 3);
        for (std::size_t i = 0; i < 3; ++i)
            CHECK((*got)[i].trackId == items[i].trackId);
    }
    // Written relative where the playlist sits above the album: the range stays on the file's name.
    CHECK(test::fileBytes(lib.dir / "Music/c.m3u8").find("Cue Album/album image.flac#cue01@0-65856\n") !=
          std::string::npos);
}
