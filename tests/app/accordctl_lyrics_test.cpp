// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accordctl lyrics FILE [--json] as a process: the text and JSON printed, the source named, exit codes
// (0 lyrics, 1 none or an unreadable file, 2 usage) and errors naming the file and line.
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <taglib/flacfile.h>
#include <taglib/xiphcomment.h>

using nlohmann::json;
using namespace accord;

namespace {

test::CommandRun accordctl(const test::TempDir& dir, const std::string& args, bool withStderr = false)
{
    return test::runCommand(std::string(ACCORDCTL_PATH) + " --data-dir " +
                            test::shellQuote((dir / "data").string()) + " " + args +
                            (withStderr ? " 2>&1" : " 2>/dev/null"));
}

std::string q(const std::filesystem::path& p)
{
    return test::shellQuote(p.string());
}

} // namespace

TEST_CASE("accordctl lyrics prints a .lrc's synced lines with times and its source", "[app][lyrics]")
{
    test::TempDir dir;
    const auto song = dir / "晴天 Sunny.flac";
    test::makeWav(dir / "src.wav", 1.0);
    test::encode(dir / "src.wav", song);
    test::writeFile(dir / "晴天 Sunny.lrc",
                    "\xEF\xBB\xBF[ti:晴天]\n[offset:+100]\n[00:12.00][00:01.50]故事的小黄花 Chorus\n"
                    "[00:05.00]<00:05.00>Word <00:05.40>by word\n");
    const auto text = accordctl(dir, "lyrics " + q(song));
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("source: ") == 0);
    CHECK(text.out.find("晴天 Sunny.lrc (utf-8-bom)") != std::string::npos);
    CHECK(text.out.find("synced: yes") != std::string::npos);
    CHECK(text.out.find("offset: +100 ms") != std::string::npos);
    CHECK(text.out.find(
              "[00:01.40] 故事的小黄花 Chorus\n[00:04.90] Word by word\n[00:11.90] 故事的小黄花 Chorus\n") !=
          std::string::npos);

    const auto js = accordctl(dir, "lyrics --json " + q(song));
    REQUIRE(js.exitCode == 0);
    const json j = json::parse(js.out);
    CHECK(j["found"] == true);
    CHECK(j["source"] == "lrc_file");
    CHECK(j["tag"].is_null());
    CHECK(j["encoding"] == "utf-8-bom");
    CHECK(j["synced"] == true);
    CHECK(j["offset_ms"] == 100);
    CHECK(j["title"] == "晴天");
    REQUIRE(j["lines"].size() == 3);
    CHECK(j["lines"][0]["time_ms"] == 1400);
    CHECK(j["lines"][0]["time"] == "00:01.40");
    CHECK(j["lines"][1]["text"] == "Word by word");
    REQUIRE(j["lines"][1]["words"].size() == 2);
    CHECK(j["lines"][1]["words"][1]["time_ms"] == 5300);
    CHECK(j["problems"].empty());
}

TEST_CASE("accordctl lyrics: embedded plain lyrics, none, a refused .lrc and usage errors", "[app][lyrics]")
{
    test::TempDir dir;
    test::makeWav(dir / "src.wav", 1.0);
    const auto tagged = dir / "tagged.flac";
    const auto bare = dir / "bare.flac";
    test::encode(dir / "src.wav", tagged);
    test::encode(dir / "src.wav", bare);
    {
        TagLib::FLAC::File f(tagged.c_str());
        f.xiphComment(true)->addField("UNSYNCEDLYRICS",
                                      TagLib::String("第一行\nline two", TagLib::String::UTF8));
        REQUIRE(f.save());
    }
    const auto plain = accordctl(dir, "lyrics --json " + q(tagged));
    REQUIRE(plain.exitCode == 0);
    const json p = json::parse(plain.out);
    CHECK(p["source"] == "embedded");
    CHECK(p["tag"] == "UNSYNCEDLYRICS");
    CHECK(p["synced"] == false);
    CHECK(p["lines"][0]["time_ms"].is_null());
    CHECK(p["lines"][0]["text"] == "第一行");
    const auto plainText = accordctl(dir, "lyrics " + q(tagged));
    CHECK(plainText.out.find("source: embedded UNSYNCEDLYRICS tag\nsynced: no\n\n第一行\nline two\n") == 0);

    const auto none = accordctl(dir, "lyrics " + q(bare), true);
    CHECK(none.exitCode == 1);
    CHECK(none.out.find("bare.flac: no lyrics") != std::string::npos);
    const auto noneJson = accordctl(dir, "lyrics --json " + q(bare));
    CHECK(noneJson.exitCode == 1);
    CHECK(json::parse(noneJson.out)["found"] == false);

    test::writeFile(dir / "bare.lrc", "[00:01.00]fine\n[00:99.00]not a time\n");
    const auto refused = accordctl(dir, "lyrics " + q(bare), true);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.find("bare.lrc:2: time tag [00:99.00] has seconds of 60 or more") != std::string::npos);
    const json r = json::parse(accordctl(dir, "lyrics --json " + q(bare)).out);
    REQUIRE(r["problems"].size() == 1);

    const auto missing = accordctl(dir, "lyrics " + q(dir / "absent.flac"), true);
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.find("absent.flac: no such file") != std::string::npos);
    CHECK(accordctl(dir, "lyrics").exitCode == 2);
    CHECK(accordctl(dir, "lyrics " + q(tagged) + " " + q(bare)).exitCode == 2);
    CHECK(accordctl(dir, "lyrics --bogus " + q(tagged)).exitCode == 2);
}
