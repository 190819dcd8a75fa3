// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl playlist list|show|import|export as a process, against a library the real scanner filled:
// JSON fields, exit codes (0 ok, 1 failure, 2 usage or a refused file) and file:line errors.
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace accord;

namespace {

test::CommandRun accordctl(const test::TempDir& dir, const std::string& args, bool withStderr = false)
{
    return test::runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " +
                            test::shellQuote((dir / "data").string()) + " " + args +
                            (withStderr ? " 2>&1" : " 2>/dev/null"));
}

} // namespace

TEST_CASE("accordctl playlist import, list, show and export", "[app][playlist]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    test::makeWav(music / "Alice/01 Moonlight Harbour.wav", 1.0, 1);
    test::makeWav(music / "Bob/春 の 歌.wav", 1.0, 2);
    const auto scan = accordctl(dir, "scan " + test::shellQuote(music.string()) + " --json");
    REQUIRE(scan.exitCode == 0);

    test::writeFile(music / "lists/trip.m3u8", "\xEF\xBB\xBF#EXTM3U\r\n#PLAYLIST:Trip\r\n"
                                               "../Alice/01 Moonlight Harbour.wav\r\n"
                                               "..\\Bob\\春 の 歌.wav\r\n"
                                               "#EXTINF:100,Nobody - Gone\r\n"
                                               "../Gone.flac\r\n"
                                               "../Alice/01 Moonlight Harbour.wav\r\n");
    auto imported =
        accordctl(dir, "playlist import --json " + test::shellQuote((music / "lists/trip.m3u8").string()));
    REQUIRE(imported.exitCode == 0);
    const json im = json::parse(imported.out);
    CHECK(im["name"] == "Trip");
    CHECK(im["format"] == "m3u8");
    CHECK(im["entries"] == 4);
    CHECK(im["matched"]["path"] == 3);
    CHECK(im["missing"] == 1);
    REQUIRE(im["missing_items"].size() == 1);
    CHECK(im["missing_items"][0]["position"] == 2);
    CHECK(im["missing_items"][0]["title"] == "Gone");
    CHECK(im["missing_items"][0]["reason"].get<std::string>().rfind("no file at ", 0) == 0);
    const int id = im["id"];

    auto list = accordctl(dir, "playlist list --json");
    REQUIRE(list.exitCode == 0);
    const json lj = json::parse(list.out);
    REQUIRE(lj.size() == 1);
    CHECK(lj[0]["id"] == id);
    CHECK(lj[0]["items"] == 4);
    CHECK(lj[0]["missing"] == 1);

    auto show = accordctl(dir, "playlist show Trip --json");
    REQUIRE(show.exitCode == 0);
    const json sj = json::parse(show.out);
    REQUIRE(sj["items"].size() == 4);
    CHECK(sj["items"][0]["track_id"].is_number());
    CHECK(sj["items"][0]["matched_by"] == "path");
    CHECK(sj["items"][1]["path"].get<std::string>().find("春 の 歌.wav") != std::string::npos);
    CHECK(sj["items"][2]["track_id"].is_null());
    CHECK(sj["items"][2]["missing_reason"].is_string());
    CHECK(sj["items"][3]["track_id"] == sj["items"][0]["track_id"]); // duplicates allowed
    CHECK(sj["items"][3]["id"] != sj["items"][0]["id"]);
    CHECK(accordctl(dir, "playlist show " + std::to_string(id)).exitCode == 0);

    auto exported = accordctl(dir, "playlist export Trip " +
                                       test::shellQuote((music / "trip.xspf").string()) + " --json");
    REQUIRE(exported.exitCode == 0);
    CHECK(json::parse(exported.out)["written"] == 4);
    const std::string xspf = test::fileBytes(music / "trip.xspf");
    CHECK(xspf.find("<location>Alice/01%20Moonlight%20Harbour.wav</location>") != std::string::npos);
    CHECK(xspf.find("<title>Gone</title>") != std::string::npos);

    auto pls = accordctl(dir, "playlist export " + std::to_string(id) + " " +
                                  test::shellQuote((music / "out.txt").string()) + " --format pls");
    REQUIRE(pls.exitCode == 0);
    CHECK(test::fileBytes(music / "out.txt").rfind("[playlist]\n", 0) == 0);

    // Round trip: the exported XSPF imports to the same tracks.
    auto again = accordctl(dir, "playlist import --name Again --json " +
                                    test::shellQuote((music / "trip.xspf").string()));
    REQUIRE(again.exitCode == 0);
    CHECK(json::parse(again.out)["matched"]["path"] == 3);
    CHECK(json::parse(again.out)["missing"] == 1);
}

TEST_CASE("accordctl playlist: refused files exit 2 with file:line, unknown playlists 1, usage 2",
          "[app][playlist]")
{
    test::TempDir dir;
    test::writeFile(dir / "bomb.xspf", "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY a \"x\">]>\n"
                                       "<playlist version=\"1\"><trackList/></playlist>");
    auto bomb = accordctl(dir, "playlist import " + test::shellQuote((dir / "bomb.xspf").string()), true);
    CHECK(bomb.exitCode == 2);
    CHECK(bomb.out.find("bomb.xspf:2") != std::string::npos);

    test::writeFile(dir / "bad.m3u8", "#EXTM3U\n#EXTINF:soon,x\nx.mp3\n");
    auto bad = accordctl(dir, "playlist import " + test::shellQuote((dir / "bad.m3u8").string()), true);
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.find("bad.m3u8:2: EXTINF:") != std::string::npos);

    CHECK(accordctl(dir, "playlist import " + test::shellQuote((dir / "none.m3u").string())).exitCode == 1);
    CHECK(accordctl(dir, "playlist show Nope").exitCode == 1);
    CHECK(accordctl(dir, "playlist export Nope x.m3u --format wav").exitCode == 2);
    CHECK(accordctl(dir, "playlist show").exitCode == 2);
    CHECK(accordctl(dir, "playlist list --bogus").exitCode == 2);
    auto help = accordctl(dir, "playlist import --help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("--name") != std::string::npos);
    CHECK(accordctl(dir, "--generate man").out.find("playlist export") != std::string::npos);
}

TEST_CASE("accordctl playlist show: each item's availability, as the window's playlist view shows it",
          "[app][playlist][availability]")
{
    test::TempDir dir;
    const auto demo = dir / "demo";
    REQUIRE(accordctl(dir, "demo --catalogue --out " + test::shellQuote(demo.string())).exitCode == 0);
    REQUIRE(accordctl(dir, "scan " + test::shellQuote(demo.string())).exitCode == 0);
    test::writeFile(demo / "mix.m3u8", "#EXTM3U\n"
                                       "01 - Open Skies.flac\n"
                                       "02 - Last Summer.flac\n"
                                       "04 - Studio Master.flac\n"
                                       "06 - Sample Only.flac\n"
                                       "09 - Home Recording.flac\n"
                                       "10 - Not Here.flac\n"
                                       "01 - Open Skies.flac\n");
    REQUIRE(accordctl(dir, "playlist import " + test::shellQuote((demo / "mix.m3u8").string())).exitCode ==
            0);

    // Without a listener the output is as before: no availability to judge against.
    const auto plain = accordctl(dir, "playlist show mix --json");
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(json::parse(plain.out)["items"][0].contains("availability"));

    const auto show = accordctl(dir, "playlist show mix --territory US --tier free --json");
    REQUIRE(show.exitCode == 0);
    const json sj = json::parse(show.out);
    CHECK(sj["context"]["territory"] == "US");
    CHECK(sj["context"]["tier"] == "free");
    const json& items = sj["items"];
    REQUIRE(items.size() == 7);
    auto badge = [&](std::size_t i) { return items[i]["availability"]["badge"].get<std::string>(); };
    auto code = [&](std::size_t i) { return items[i]["availability"]["reason_code"].get<std::string>(); };
    CHECK(badge(0) == "playable");
    CHECK(code(0) == "licensed");
    CHECK(badge(1) == "blocked");
    CHECK(code(1) == "licence_ended");
    CHECK(badge(2) == "capped");
    CHECK(code(2) == "hires_requires_tier");
    CHECK(badge(3) == "preview");
    CHECK(code(3) == "preview_only");
    CHECK(badge(4) == "unidentified");
    CHECK(code(4) == "unidentified_allowed");
    CHECK(items[5]["availability"].is_null()); // missing: nothing to judge
    CHECK(items[5]["missing_reason"].is_string());
    CHECK(badge(6) == "playable"); // a duplicate is judged like the first
    CHECK(items[1]["availability"]["decision"]["verdict"] == "blocked");
    CHECK(items[0]["availability"]["identification"]["method"] == "isrc");

    // The same verdicts as decide --file for each item.
    for (std::size_t i : {0u, 1u, 2u, 3u}) {
        const auto decided = accordctl(dir, "decide --json --territory US --tier free --file " +
                                                test::shellQuote(items[i]["path"].get<std::string>()));
        REQUIRE(decided.exitCode == 0);
        CHECK(json::parse(decided.out)["verdict"] == items[i]["availability"]["decision"]["verdict"]);
    }

    // SVIP: the hi-res file is no longer capped.
    const auto svip = accordctl(dir, "playlist show mix --territory US --tier svip --json");
    REQUIRE(svip.exitCode == 0);
    CHECK(json::parse(svip.out)["items"][2]["availability"]["badge"] == "playable");

    // Text: a badge and reason code per item.
    const auto text = accordctl(dir, "playlist show mix --territory US --tier free");
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("{blocked: licence_ended}") != std::string::npos);
    CHECK(text.out.find("{capped: hires_requires_tier}") != std::string::npos);
    CHECK(text.out.find("{preview: preview_only}") != std::string::npos);
    CHECK(accordctl(dir, "playlist show mix --territory USA --tier free").exitCode == 2);
}
