// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl replaygain scan as a process: JSON fields, exit codes (0 ok, 1 a file failed, 2 usage), the
// library's tracks stored, and the files' bytes unchanged unless --write-tags.
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

TEST_CASE("accordctl replaygain scan: library, JSON, exit codes, tags only with --write-tags",
          "[app][replaygain]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    for (int i = 0; i < 2; ++i) {
        const auto wav = dir / ("s" + std::to_string(i) + ".wav");
        test::makeWav(wav, 2.0, i);
        test::encode(wav, music / ("t" + std::to_string(i) + ".flac"));
        test::tagFile(music / ("t" + std::to_string(i) + ".flac"), {{"ALBUM", "A"}, {"ALBUMARTIST", "B"}});
    }
    const std::string before0 = test::fileBytes(music / "t0.flac");
    REQUIRE(accordctl(dir, "scan " + test::shellQuote(music.string())).exitCode == 0);

    SECTION("usage errors exit 2")
    {
        CHECK(accordctl(dir, "replaygain scan --album --track").exitCode == 2);
        CHECK(accordctl(dir, "replaygain scan --jobs 0").exitCode == 2);
        CHECK(accordctl(dir, "replaygain scan --bogus").exitCode == 2);
    }
    SECTION("the whole library, stored, files untouched")
    {
        const auto run = accordctl(dir, "replaygain scan --json --jobs 2");
        REQUIRE(run.exitCode == 0);
        const json j = json::parse(run.out);
        CHECK(j["reference_lufs"] == -18.0);
        CHECK(j["mode"] == "album");
        CHECK(j["files"] == 2);
        CHECK(j["measured"] == 2);
        CHECK(j["albums"] == 1);
        CHECK(j["saved_to_library"] == 2);
        CHECK(j["tags_written"] == 0);
        REQUIRE(j["tracks"].size() == 2);
        CHECK(j["tracks"][0]["album_gain"] == j["tracks"][1]["album_gain"]);
        CHECK(j["tracks"][0]["track_gain"].is_number());
        CHECK(j["tracks"][0]["codec"] == "flac");
        CHECK(test::fileBytes(music / "t0.flac") == before0);
    }
    SECTION("--track: no album values")
    {
        const auto run = accordctl(dir, "replaygain scan --track --json " + test::shellQuote(music.string()));
        REQUIRE(run.exitCode == 0);
        const json j = json::parse(run.out);
        CHECK(j["mode"] == "track");
        CHECK(j["tracks"][0]["album_gain"].is_null());
    }
    SECTION("a missing file: exit 1 naming it, the others still measured")
    {
        const auto run = accordctl(dir,
                                   "replaygain scan " + test::shellQuote((music / "t0.flac").string()) + " " +
                                       test::shellQuote((music / "gone.flac").string()),
                                   true);
        CHECK(run.exitCode == 1);
        CHECK(run.out.find("gone.flac") != std::string::npos);
        CHECK(run.out.find("measured: 1 of 1") != std::string::npos);
    }
    SECTION("--write-tags writes REPLAYGAIN_* into the files")
    {
        const auto run =
            accordctl(dir, "replaygain scan --write-tags --json " + test::shellQuote(music.string()));
        REQUIRE(run.exitCode == 0);
        const json j = json::parse(run.out);
        CHECK(j["tags_written"] == 2);
        CHECK(test::fileBytes(music / "t0.flac") != before0);
        const auto tags =
            test::runCommand("metaflac --export-tags-to=- " + test::shellQuote((music / "t0.flac").string()));
        CHECK(tags.out.find("REPLAYGAIN_TRACK_GAIN=") != std::string::npos);
        CHECK(tags.out.find("REPLAYGAIN_ALBUM_PEAK=") != std::string::npos);
        CHECK(tags.out.find("ALBUM=A") != std::string::npos);
    }
}
