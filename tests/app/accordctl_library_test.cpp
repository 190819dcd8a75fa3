// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Runs the built accordctl: scan, identify and availability on generated files and an imported catalogue.
#include "identify/fingerprinter.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <set>

using nlohmann::json;
using namespace accord;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

Run accordctl(const test::TempDir& data, const std::string& args)
{
    const std::string cmd = std::string(ACCORDCTL_PATH) + " --data-dir " +
                            test::shellQuote((data / "data").string()) + " " + args + " 2>/dev/null";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

void tag(const std::filesystem::path& p, const std::map<std::string, std::string>& fields)
{
    TagLib::FileRef f(p.c_str());
    REQUIRE_FALSE(f.isNull());
    TagLib::PropertyMap props;
    for (const auto& [k, v] : fields)
        props[k] = TagLib::String(v, TagLib::String::UTF8);
    f.file()->setProperties(props);
    REQUIRE(f.save());
}

} // namespace

TEST_CASE("accordctl scan, identify and availability", "[app][library][slow]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    test::makeMelodyWav(dir / "src/a.wav", 20.0, 1);
    test::makeMelodyWav(dir / "src/b.wav", 20.0, 2);
    test::encode(dir / "src/a.wav", music / "Alice/a.flac");
    test::encode(dir / "src/b.wav", music / "Bob/b.mp3", 128);
    tag(music / "Alice/a.flac", {{"TITLE", "retagged title"}});
    tag(music / "Bob/b.mp3", {{"TITLE", "Copper Sky"}, {"ISRC", "GBAAA1500002"}});
    test::writeFile(music / "Bob/empty.flac", "");

    auto fp = identify::fingerprintFile(dir / "src/a.wav");
    REQUIRE(fp.ok());
    const json catalogue = {{"format", "accord-catalogue"},
                            {"version", 1},
                            {"policy", {{"unidentified_playable", false}}},
                            {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
                            {"recordings",
                             {{{"id", "REC-A"},
                               {"isrc", "GBAAA1500001"},
                               {"title", "Moonlight Harbour"},
                               {"artists", {"Alice"}},
                               {"duration", 20},
                               {"fingerprint", fp->encoded},
                               {"fingerprint_duration", 20}},
                              {{"id", "REC-B"},
                               {"isrc", "GBAAA1500002"},
                               {"title", "Copper Sky"},
                               {"artists", {"Bob"}},
                               {"duration", 20}}}},
                            {"deals",
                             {{{"id", "D1"},
                               {"recording", "REC-A"},
                               {"licensor", "P"},
                               {"territories", {"CN"}},
                               {"start", "2015-01-01"},
                               {"use_types", {"stream"}},
                               {"commercial_models", {"SubscriptionModel"}}}}}};
    test::writeFile(dir / "catalogue.json", catalogue.dump());
    REQUIRE(
        accordctl(dir, "catalogue import " + test::shellQuote((dir / "catalogue.json").string())).exitCode ==
        0);

    const Run scan = accordctl(dir, "scan --json " + test::shellQuote(music.string()));
    REQUIRE(scan.exitCode == 0);
    const json s = json::parse(scan.out);
    for (const char* key : {"files_seen", "added", "updated", "removed", "unreadable", "elapsed"})
        CHECK(s.contains(key));
    CHECK(s["files_seen"] == 3);
    CHECK(s["added"] == 2);
    REQUIRE(s["unreadable"].size() == 1);
    CHECK(s["unreadable"][0]["reason"] == "empty");
    CHECK(json::parse(accordctl(dir, "scan --json " + test::shellQuote(music.string())).out)["added"] == 0);

    const Run ida = accordctl(dir, "identify --json " + test::shellQuote((music / "Alice/a.flac").string()));
    REQUIRE(ida.exitCode == 0);
    const json a = json::parse(ida.out);
    CHECK(a["recording"]["catalogue_id"] == "REC-A");
    CHECK(a["method"] == "fingerprint");
    CHECK(a["confidence"].get<double>() >= 0.8);
    const json b = json::parse(
        accordctl(dir, "identify --json " + test::shellQuote((music / "Bob/b.mp3").string())).out);
    CHECK(b["recording"]["catalogue_id"] == "REC-B");
    CHECK(b["method"] == "isrc");
    CHECK(accordctl(dir, "identify " + test::shellQuote((music / "Bob/empty.flac").string())).exitCode == 1);
    CHECK(accordctl(dir, "identify").exitCode == 2);

    const Run av =
        accordctl(dir, "availability --territory CN --tier vip --at 2016-01-01T00:00:00Z --format json");
    REQUIRE(av.exitCode == 0);
    const json rows = json::parse(av.out);
    REQUIRE(rows.size() == 2);
    std::map<std::string, json> byRecording;
    for (const json& r : rows)
        byRecording[r["recording"].is_null() ? "" : r["recording"].get<std::string>()] = r;
    REQUIRE(byRecording.count("REC-A"));
    CHECK(byRecording["REC-A"]["decision"]["verdict"] == "playable");
    CHECK(byRecording["REC-A"]["method"] == "fingerprint");
    REQUIRE(byRecording.count("REC-B"));
    CHECK(byRecording["REC-B"]["decision"]["verdict"] == "blocked"); // no deal
    CHECK_FALSE(byRecording["REC-B"]["decision"]["reasons"].empty());
    const Run csv = accordctl(dir, "availability --territory CN --tier vip --format csv");
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("path,title,artists,recording,method,confidence,verdict,cap,reasons,valid_until\n",
                        0) == 0);
    CHECK(accordctl(dir, "availability --tier vip").exitCode == 2);
}

TEST_CASE("accordctl scan keeps an emptied root's tracks unless --allow-empty-root", "[app][library]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    test::makeWav(dir / "src/a.wav", 1.0);
    test::encode(dir / "src/a.wav", music / "a.flac");
    REQUIRE(json::parse(accordctl(dir, "scan --json " + test::shellQuote(music.string())).out)["added"] == 1);
    std::filesystem::remove(music / "a.flac");
    const json kept = json::parse(accordctl(dir, "scan --json " + test::shellQuote(music.string())).out);
    CHECK(kept["removed"] == 0);
    REQUIRE(kept["folder_problems"].size() == 1);
    CHECK(kept["folder_problems"][0]["reason"].get<std::string>().find("--allow-empty-root") !=
          std::string::npos);
    const Run allowed = accordctl(dir, "scan --json --allow-empty-root " + test::shellQuote(music.string()));
    REQUIRE(allowed.exitCode == 0);
    CHECK(json::parse(allowed.out)["removed"] == 1);
}
