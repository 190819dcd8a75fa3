// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Runs the built accordctl: scan, identify and availability on generated files and an imported catalogue,
// and shows that every path that judges a file (the batch the library table shows, availability,
// decide --file, and the player itself) gives the same answer, row by row.
#include "identify/fingerprinter.hpp"
#include "judgement/judge.hpp"
#include "library/library_db.hpp"
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "support/unprivileged.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>

using nlohmann::json;
using namespace accord;

namespace {

using Run = test::CommandRun;

Run accordctl(const test::TempDir& data, const std::string& args, const std::string& env = {})
{
    return test::runCommand((env.empty() ? std::string() : env + " ") + std::string(ACCORDCTL_PATH) +
                            " --data-dir " + test::shellQuote((data / "data").string()) + " " + args +
                            " 2>/dev/null");
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
    test::tagFile(music / "Alice/a.flac", {{"TITLE", "retagged title"}});
    test::tagFile(music / "Bob/b.mp3", {{"TITLE", "Copper Sky"}, {"ISRC", "GBAAA1500002"}});
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

namespace {

// The catalogue for the agreement test: one recording per identification method and verdict.
json agreementCatalogue(const std::string& fingerprint, bool unidentifiedPlayable)
{
    const json worldwideStream = {{"territories", "Worldwide"},
                                  {"start", "2015-01-01"},
                                  {"use_types", {"stream"}},
                                  {"commercial_models", {"SubscriptionModel"}}};
    auto deal = [&](const char* id, const char* recording, json over) {
        json d = worldwideStream;
        d["id"] = id;
        d["recording"] = recording;
        d["licensor"] = "P";
        d.update(over);
        return d;
    };
    return {
        {"format", "accord-catalogue"},
        {"version", 1},
        {"policy", {{"unidentified_playable", unidentifiedPlayable}, {"preview_seconds", 5}}},
        {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
        {"recordings",
         {{{"id", "REC-ISRC"}, {"isrc", "GBAAA1600001"}, {"title", "Harbour Lights"}, {"duration", 20}},
          {{"id", "REC-CAT"}, {"isrc", "GBAAA1600002"}, {"title", "Salt Road"}, {"duration", 20}},
          {{"id", "REC-FP"},
           {"isrc", "GBAAA1600003"},
           {"title", "Glass River"},
           {"duration", 20},
           {"fingerprint", fingerprint},
           {"fingerprint_duration", 20}},
          {{"id", "REC-TITLE"},
           {"isrc", "GBAAA1600004"},
           {"title", "Paper Lanterns"},
           {"artists", {"Carol Vance"}},
           {"duration", 20}},
          {{"id", "REC-HIRES"}, {"isrc", "GBAAA1600005"}, {"title", "Deep Blue"}, {"duration", 20}}}},
        {"deals",
         {deal("D-ISRC", "REC-ISRC", json::object()), deal("D-CAT", "REC-CAT", {{"use_types", {"preview"}}}),
          deal("D-TITLE", "REC-TITLE", {{"territories", {"US"}}}),
          deal("D-HIRES", "REC-HIRES", json::object())}}}; // REC-FP has no deal at all
}

struct Expected {
    const char* method;
    const char* catalogueId;
    const char* verdict;
    const char* cap;
    const char* firstReason;
    bool capped; ///< the player resamples/requantises it for the licence
};

std::vector<std::string> codesOf(const json& reasons)
{
    std::vector<std::string> out;
    for (const json& r : reasons)
        out.push_back(r["code"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("one judgement: the batch, availability, decide --file and the player agree row by row",
          "[app][library][judgement][slow]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    // One file per identification method and verdict (CN, VIP, 2016-06-01; VIP is capped at standard).
    test::makeMelodyWav(dir / "src/isrc.wav", 20.0, 21);
    test::makeMelodyWav(dir / "src/catid.wav", 20.0, 22);
    test::makeMelodyWav(dir / "src/fingerprint.wav", 20.0, 23);
    test::makeMelodyWav(dir / "src/title.wav", 20.0, 24);
    test::makeWav(dir / "src/hires.wav", 20.0, 5, 24, 96000);
    test::makeMelodyWav(dir / "src/personal.wav", 20.0, 26);
    for (const char* name : {"isrc", "catid", "fingerprint", "title", "hires", "personal"})
        test::encode(dir / "src" / (std::string(name) + ".wav"), music / (std::string(name) + ".flac"));
    test::tagFile(music / "isrc.flac", {{"ISRC", "GBAAA1600001"}});
    test::tagFile(music / "catid.flac", {{"ACCORD_CATALOGUE_ID", "REC-CAT"}});
    test::tagFile(music / "title.flac", {{"TITLE", "Paper Lanterns"}, {"ARTIST", "Carol Vance"}});
    test::tagFile(music / "hires.flac", {{"ISRC", "GBAAA1600005"}});
    auto fp = identify::fingerprintFile(dir / "src/fingerprint.wav");
    REQUIRE(fp.ok());

    const std::map<std::string, Expected> expectedAllowed = {
        {"isrc.flac", {"isrc", "REC-ISRC", "playable", "standard", "licensed", false}},
        {"catid.flac", {"catalogue_id", "REC-CAT", "preview", "standard", "preview_only", false}},
        {"fingerprint.flac", {"fingerprint", "REC-FP", "blocked", "none", "no_deal", false}},
        {"title.flac", {"title_artist", "REC-TITLE", "blocked", "none", "territory_not_licensed", false}},
        {"hires.flac", {"isrc", "REC-HIRES", "playable", "standard", "licensed", true}},
        {"personal.flac", {"unidentified", "", "playable", "standard", "unidentified_allowed", false}},
    };
    std::map<std::string, Expected> expectedBlocked = expectedAllowed;
    expectedBlocked["personal.flac"] = {"unidentified", "", "blocked", "none", "unidentified_blocked", false};

    const std::string rig = (dir / "asound.conf").string();
    test::writeFile(dir / "asound.conf", "pcm.default { type null }\n");
    const std::string context = "--territory CN --tier vip --at 2016-06-01T00:00:00Z";
    licence::Context ctx;
    ctx.territory = "CN";
    ctx.tier = catalogue::Tier::Vip;
    ctx.at = base::Instant(std::chrono::sys_days(std::chrono::year{2016} / 6 / 1).time_since_epoch());

    auto importCatalogue = [&](bool unidentifiedPlayable) {
        test::writeFile(dir / "catalogue.json", agreementCatalogue(fp->encoded, unidentifiedPlayable).dump());
        REQUIRE(accordctl(dir, "catalogue import " + test::shellQuote((dir / "catalogue.json").string()))
                    .exitCode == 0);
    };
    importCatalogue(true);
    REQUIRE(accordctl(dir, "scan --json " + test::shellQuote(music.string())).exitCode == 0);
    auto judge = judgement::Judge::open(dir / "data");
    REQUIRE(judge.ok());
    std::map<std::string, std::int64_t> idOf; ///< library track id by file name
    {
        auto lib = library::LibraryDb::open(library::LibraryDb::pathIn(dir / "data"));
        REQUIRE(lib.ok());
        auto tracks = lib->tracks();
        REQUIRE(tracks.ok());
        for (const library::StoredTrack& t : *tracks)
            idOf[std::filesystem::path(t.path).filename().string()] = t.id;
    }

    auto agree = [&](const std::map<std::string, Expected>& expected) {
        // The batch the library table shows, by file name.
        std::map<std::int64_t, judgement::Judgement> byTrack;
        REQUIRE((*judge)
                    ->judgeLibrary(ctx,
                                   [&](const judgement::TrackJudgement& t) {
                                       byTrack.emplace(t.trackId, t.judgement);
                                       return true;
                                   })
                    .ok());
        REQUIRE(byTrack.size() == expected.size());
        // availability, by file name.
        const Run av = accordctl(dir, "availability " + context + " --format json");
        REQUIRE(av.exitCode == 0);
        std::map<std::string, json> availability;
        for (const json& row : json::parse(av.out))
            availability[std::filesystem::path(row["path"].get<std::string>()).filename().string()] = row;
        REQUIRE(availability.size() == expected.size());
        // The player, on a null ALSA device (it consumes at once): what it skipped, with which code, and
        // what it played, with which processing. A missing file shows the player's own skip code.
        std::string files;
        for (const auto& [name, e] : expected)
            files += " " + test::shellQuote((music / name).string());
        files += " " + test::shellQuote((music / "missing.flac").string());
        const Run play = accordctl(dir, "play --json --quiet " + context + files, "ALSA_CONFIG_PATH=" + rig);
        const json played = json::parse(play.out);
        std::map<std::string, json> skipped;
        std::map<std::string, json> tracks;
        for (const json& s : played["skipped"])
            skipped[std::filesystem::path(s["path"].get<std::string>()).filename().string()] = s;
        for (const json& t : played["played_tracks"])
            tracks[std::filesystem::path(t["path"].get<std::string>()).filename().string()] = t;

        for (const auto& [name, e] : expected) {
            INFO(name);
            const std::filesystem::path path = music / name;
            // The expected answer, so that agreeing on a wrong answer fails too.
            const json& row = availability.at(name);
            CHECK(row["method"] == e.method);
            CHECK((row["recording"].is_null() ? std::string() : row["recording"].get<std::string>()) ==
                  e.catalogueId);
            CHECK(row["decision"]["verdict"] == e.verdict);
            CHECK(row["decision"]["cap"] == e.cap);
            REQUIRE_FALSE(row["decision"]["reasons"].empty());
            CHECK(row["decision"]["reasons"][0]["code"] == e.firstReason);

            // The batch judged the same track the same way.
            const Run decideRun =
                accordctl(dir, "decide --json " + context + " --file " + test::shellQuote(path.string()));
            REQUIRE(decideRun.exitCode == 0);
            const json decided = json::parse(decideRun.out);
            REQUIRE(idOf.count(name));
            REQUIRE(byTrack.count(idOf[name]));
            const judgement::Judgement* batch = &byTrack[idOf[name]];
            // Judging the one track by id is the same again.
            auto one = (*judge)->judgeTrack(idOf[name], ctx);
            REQUIRE(one.ok());
            REQUIRE(one->has_value());
            CHECK((*one)->identification.method == batch->identification.method);
            CHECK((*one)->decision.verdict == batch->decision.verdict);
            CHECK((*one)->decision.reasons == batch->decision.reasons);
            CHECK(identify::toString(batch->identification.method) == std::string(e.method));
            CHECK(licence::toString(batch->decision.verdict) == row["decision"]["verdict"]);
            CHECK(catalogue::toString(batch->decision.cap) == row["decision"]["cap"]);
            std::vector<std::string> batchCodes;
            for (const licence::Reason& r : batch->decision.reasons)
                batchCodes.push_back(r.code);
            CHECK(batchCodes == codesOf(row["decision"]["reasons"]));

            // decide --file: the same identification and decision.
            CHECK(decided["identification"]["method"] == row["method"]);
            CHECK(decided["identification"]["catalogue_id"] == e.catalogueId);
            CHECK(decided["verdict"] == row["decision"]["verdict"]);
            CHECK(decided["cap"] == row["decision"]["cap"]);
            CHECK(codesOf(decided["reasons"]) == codesOf(row["decision"]["reasons"]));
            CHECK(decided["valid_until"] == row["decision"]["valid_until"]);

            // The player: blocked files are skipped with the decision's first reason; the rest play,
            // previews cut to the policy's 5 s, capped files through the licence cap.
            if (std::string(e.verdict) == "blocked") {
                REQUIRE(skipped.count(name));
                CHECK(skipped[name]["code"] == e.firstReason);
                CHECK(skipped[name]["reason_code"] == e.firstReason);
                CHECK_FALSE(tracks.count(name));
                continue;
            }
            REQUIRE(tracks.count(name));
            CHECK_FALSE(skipped.count(name));
            const auto frames = tracks[name]["frames"].get<std::uint64_t>();
            if (std::string(e.verdict) == "preview") {
                CHECK(frames <= 5 * 44100);
                CHECK(frames > 4 * 44100);
            } else {
                CHECK(frames > 19 * 44100);
            }
            bool licenceCap = false;
            for (const json& step : tracks[name]["processing"])
                licenceCap = licenceCap || step.get<std::string>().rfind("licence-cap", 0) == 0;
            CHECK(licenceCap == e.capped);
            // A preview's 10 ms fade touches the samples; a capped file is resampled/requantised.
            CHECK(tracks[name]["bit_perfect"] == (!e.capped && std::string(e.verdict) != "preview"));
        }
        // A file that is not there: the player's own code, in its public spelling and in snake_case.
        if (std::string(expected.at("personal.flac").verdict) != "blocked") {
            REQUIRE(skipped.count("missing.flac"));
            CHECK(skipped["missing.flac"]["code"] == "not-found");
            CHECK(skipped["missing.flac"]["reason_code"] == "not_found");
        } else {
            REQUIRE(skipped.count("missing.flac")); // unidentified, so blocked before it is even opened
            CHECK(skipped["missing.flac"]["code"] == "unidentified_blocked");
        }
    };

    SECTION("personal files may play")
    {
        agree(expectedAllowed);
    }
    SECTION("personal files may not play")
    {
        importCatalogue(false);
        (*judge)->invalidate(); // the catalogue changed under it
        agree(expectedBlocked);
    }
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

namespace {

// Every regular file of a folder, name -> bytes, and which names exist at all (a -wal or -shm left behind
// is a change too).
std::map<std::string, std::string> filesOf(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(e.path(), std::ios::binary);
        out[e.path().filename().string()] =
            std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

// The commands that only read, against data dir `data`: each one's exit code and output, as JSON text
// (the body of runUnprivileged cannot use Catch).
std::string readEverything(const std::filesystem::path& data, const std::filesystem::path& file,
                           const std::filesystem::path& alsaConf)
{
    const std::string ctl =
        std::string(ACCORDCTL_PATH) + " --data-dir " + test::shellQuote(data.string()) + " ";
    const std::string context = " --territory CN --tier vip --at 2016-06-01T00:00:00Z";
    const std::map<std::string, std::string> commands = {
        {"stats", ctl + "catalogue stats --json"},
        {"availability", ctl + "availability --format json" + context},
        {"decide_file", ctl + "decide --json" + context + " --file " + test::shellQuote(file.string())},
        {"decide_isrc", ctl + "decide --json" + context + " --isrc GBAAA1600001"},
        {"play", "ALSA_CONFIG_PATH=" + test::shellQuote(alsaConf.string()) + " " + ctl +
                     "play --json --quiet" + context + " " + test::shellQuote(file.string())},
    };
    json out = json::object();
    for (const auto& [name, command] : commands) {
        const test::CommandRun r = test::runCommand(command + " 2>&1");
        out[name] = {{"exit", r.exitCode}, {"out", r.out}};
    }
    return out.dump();
}

void checkRead(const json& runs)
{
    for (const auto& [name, run] : runs.items()) {
        INFO(name << ": " << run["out"].get<std::string>());
        CHECK(run["exit"] == 0);
        CHECK(run["out"].get<std::string>().find("unable to open") == std::string::npos);
        CHECK(run["out"].get<std::string>().find("disk I/O error") == std::string::npos);
        CHECK(run["out"].get<std::string>().find("readonly database") == std::string::npos);
    }
    const json decided = json::parse(runs["decide_file"]["out"].get<std::string>());
    CHECK(decided["verdict"] == "playable");
    CHECK(decided["identification"]["method"] == "isrc");
    CHECK(json::parse(runs["decide_isrc"]["out"].get<std::string>())["verdict"] == "playable");
    const json rows = json::parse(runs["availability"]["out"].get<std::string>());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["recording"] == "REC-ISRC");
    CHECK(rows[0]["decision"]["verdict"] == "playable");
    const json played = json::parse(runs["play"]["out"].get<std::string>());
    CHECK(played["played_tracks"].size() == 1);
    CHECK(played["skipped"].empty());
}

} // namespace

TEST_CASE("reading never writes: stats, availability, decide and gated play on a read-only data dir and a "
          "full disk leave every file byte-identical",
          "[app][library]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    std::filesystem::create_directories(music);
    const auto file = music / "isrc.wav";
    test::makeWav(file, 0.5, 3, 16, 44100);
    test::tagFile(file, {{"ISRC", "GBAAA1600001"}});
    const json catalogue = {
        {"format", "accord-catalogue"},
        {"version", 1},
        {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
        {"recordings", {{{"id", "REC-ISRC"}, {"isrc", "GBAAA1600001"}, {"title", "Harbour Lights"}}}},
        {"deals",
         {{{"id", "D-ISRC"},
           {"recording", "REC-ISRC"},
           {"licensor", "P"},
           {"territories", "Worldwide"},
           {"start", "2015-01-01"},
           {"use_types", {"stream"}},
           {"commercial_models", {"SubscriptionModel"}}}}}};
    test::writeFile(dir / "catalogue.json", catalogue.dump());
    REQUIRE(
        accordctl(dir, "catalogue import " + test::shellQuote((dir / "catalogue.json").string())).exitCode ==
        0);
    REQUIRE(accordctl(dir, "scan " + test::shellQuote(music.string())).exitCode == 0);
    const auto alsaConf = dir / "asound.conf";
    test::writeFile(alsaConf, "pcm.default { type null }\n");
    const auto data = dir / "data";
    REQUIRE(std::filesystem::exists(data / "library.db"));

    SECTION("as it is: nothing new, nothing changed")
    {
        const auto before = filesOf(data);
        checkRead(json::parse(readEverything(data, file, alsaConf)));
        CHECK(filesOf(data) == before);
    }
    SECTION("a read-only data dir, read by a user who cannot write it")
    {
        for (const auto& e : std::filesystem::directory_iterator(data))
            std::filesystem::permissions(e.path(), std::filesystem::perms(0444));
        std::filesystem::permissions(data, std::filesystem::perms(0555));
        const auto before = filesOf(data);
        const std::string runs =
            test::runUnprivileged(dir.path(), [&] { return readEverything(data, file, alsaConf); });
        std::filesystem::permissions(data, std::filesystem::perms(0755));
        checkRead(json::parse(runs));
        CHECK(filesOf(data) == before);
    }
    SECTION("a full disk")
    {
        const auto mnt = dir / "full";
        std::filesystem::create_directories(mnt);
        if (std::system(("mount -t tmpfs -o size=4m tmpfs " + test::shellQuote(mnt.string()) + " 2>/dev/null")
                            .c_str()) != 0) {
            WARN("cannot mount a tmpfs here (not root): the full-disk case is not run");
            return;
        }
        for (const auto& e : std::filesystem::directory_iterator(data))
            std::filesystem::copy_file(e.path(), mnt / e.path().filename());
        // Fill it: every further byte written fails with ENOSPC.
        (void)std::system(
            ("dd if=/dev/zero of=" + test::shellQuote((mnt / "filler").string()) + " bs=64k 2>/dev/null")
                .c_str());
        const auto before = filesOf(mnt);
        const json runs = json::parse(readEverything(mnt, file, alsaConf));
        const auto after = filesOf(mnt);
        CHECK(std::system(("umount " + test::shellQuote(mnt.string())).c_str()) == 0);
        checkRead(runs);
        CHECK(after == before);
    }
}

TEST_CASE("accordctl and a CUE album: scan lists its tracks, availability judges each by the CUE's ISRC, a "
          "broken sheet names its line",
          "[app][library][cue]")
{
    test::TempDir dir;
    const auto music = dir / "music";
    test::makeWav(dir / "src/album.wav", 6.0);
    test::encode(dir / "src/album.wav", music / "Album/album.flac");
    test::tagFile(music / "Album/album.flac", {{"TITLE", "The Whole Image"}});
    test::writeFile(music / "Album/album.cue", "PERFORMER \"Cue Artist\"\nTITLE \"Cue Album\"\n"
                                               "FILE \"album.wav\" WAVE\n"
                                               "TRACK 01 AUDIO\nTITLE \"Licensed\"\nISRC GBAAA1700001\n"
                                               "INDEX 01 00:00:00\n"
                                               "TRACK 02 AUDIO\nTITLE \"No Deal\"\nISRC GBAAA1700002\n"
                                               "INDEX 00 00:01:70\nINDEX 01 00:02:05\n"
                                               "TRACK 03 AUDIO\nTITLE \"Unknown\"\nINDEX 01 00:04:00\n");
    test::makeWav(music / "Broken/b.wav", 1.0);
    test::writeFile(music / "Broken/b.cue", "FILE \"b.wav\" WAVE\nTRACK 01 AUDIO\nINDEX 01 1:2\n");
    const json catalogue = {
        {"format", "accord-catalogue"},
        {"version", 1},
        {"policy", {{"unidentified_playable", false}}},
        {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
        {"recordings",
         {{{"id", "REC-1"}, {"isrc", "GBAAA1700001"}, {"title", "Licensed"}, {"duration", 2}},
          {{"id", "REC-2"}, {"isrc", "GBAAA1700002"}, {"title", "No Deal"}, {"duration", 2}}}},
        {"deals",
         {{{"id", "D1"},
           {"recording", "REC-1"},
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
    CHECK(s["added"] == 4); // three CUE tracks and b.wav, whose sheet is broken
    REQUIRE(s["folder_problems"].size() == 1);
    CHECK(s["folder_problems"][0]["path"].get<std::string>().find("b.cue") != std::string::npos);
    CHECK(s["folder_problems"][0]["reason"].get<std::string>().find("b.cue:3: time '1:2' is not mm:ss:ff") !=
          std::string::npos);

    const Run av =
        accordctl(dir, "availability --territory CN --tier vip --at 2016-01-01T00:00:00Z --format json");
    REQUIRE(av.exitCode == 0);
    const json rows = json::parse(av.out);
    REQUIRE(rows.size() == 4);
    std::map<std::string, json> byTitle;
    for (const json& r : rows)
        byTitle[r["title"].get<std::string>()] = r;
    const std::string file = std::filesystem::canonical(music / "Album/album.flac").string();
    REQUIRE(byTitle.count("Licensed"));
    CHECK(byTitle["Licensed"]["path"] == file + "#cue01@0-" + std::to_string(155 * 588));
    CHECK(byTitle["Licensed"]["artists"] == json::array({"Cue Artist"}));
    CHECK(byTitle["Licensed"]["recording"] == "REC-1");
    CHECK(byTitle["Licensed"]["method"] == "isrc");
    CHECK(byTitle["Licensed"]["decision"]["verdict"] == "playable");
    REQUIRE(byTitle.count("No Deal"));
    CHECK(byTitle["No Deal"]["path"] ==
          file + "#cue02@" + std::to_string(155 * 588) + "-" + std::to_string(300 * 588));
    CHECK(byTitle["No Deal"]["recording"] == "REC-2");
    CHECK(byTitle["No Deal"]["decision"]["verdict"] == "blocked");
    REQUIRE(byTitle.count("Unknown"));
    CHECK(byTitle["Unknown"]["recording"].is_null());
    CHECK(byTitle["Unknown"]["decision"]["verdict"] ==
          "blocked");                             // the policy: unidentified files do not play
    CHECK(byTitle.count("The Whole Image") == 0); // the file itself is no track

    // decide --file and decode take a CUE track's path like any file's.
    const Run decide =
        accordctl(dir, "decide --json --territory CN --tier vip --at 2016-01-01T00:00:00Z --file " +
                           test::shellQuote(byTitle["Licensed"]["path"].get<std::string>()));
    REQUIRE(decide.exitCode == 0);
    CHECK(json::parse(decide.out)["verdict"] == "playable");
    const Run decode =
        accordctl(dir, "decode --info " + test::shellQuote(byTitle["No Deal"]["path"].get<std::string>()));
    INFO(decode.out);
    REQUIRE(decode.exitCode == 0);
    CHECK(json::parse(decode.out)["frames"] == (300 - 155) * 588);
}
