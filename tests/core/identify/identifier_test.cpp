// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Identification by each method against a real catalogue DB, on generated and re-encoded audio.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "identify/fingerprinter.hpp"
#include "identify/identifier.hpp"
#include "library/library_identifier.hpp"
#include "library/scanner.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using identify::Method;

namespace {

// A catalogue with two fingerprinted recordings (A, B) and one known only by title and aliases (C).
struct Fixture {
    test::TempDir dir;
    std::optional<catalogue::Catalogue> cat;
    int fingerprintCalls = 0;

    Fixture()
    {
        test::makeMelodyWav(dir / "src/a.wav", 20.0, 1);
        test::makeMelodyWav(dir / "src/b.wav", 20.0, 2);
        test::makeMelodyWav(dir / "src/c.wav", 20.0, 3);
        test::makeMelodyWav(dir / "src/other.wav", 20.0, 4);
        auto c = catalogue::Catalogue::open(dir / "catalogue.db");
        REQUIRE(c.ok());
        cat.emplace(std::move(*c));
        catalogue::CatalogueWriter w(cat->connection());
        auto add = [&](std::string id, std::string isrc, std::string title, std::string artist,
                       const char* wav, std::vector<std::string> aliases = {}) {
            catalogue::Recording r;
            r.catalogueId = std::move(id);
            r.isrc = std::move(isrc);
            r.title = std::move(title);
            r.artists = {std::move(artist)};
            r.durationMs = 20000;
            r.aliases = std::move(aliases);
            if (wav) {
                auto fp = identify::fingerprintFile(dir / "src" / wav);
                REQUIRE(fp.ok());
                r.fingerprint = fp->encoded;
                r.fingerprintDurationS = 20;
            }
            REQUIRE(w.upsertRecording(r, true).ok());
        };
        add("rec-a", "GBAAA1500001", "Moonlight Harbour", "Alice Example", "a.wav");
        add("rec-b", "GBAAA1500002", "Copper Sky", "Bob Example", "b.wav");
        add("rec-c", "GBAAA1500003", "夜曲", "周杰伦", nullptr, {"Nocturne"});
    }

    identify::Identifier identifier()
    {
        return identify::Identifier(*cat, [this](const std::filesystem::path& p) {
            ++fingerprintCalls;
            return identify::fingerprintFile(p);
        });
    }

    identify::Identification run(const std::filesystem::path& file, identify::Evidence e = {})
    {
        e.path = file;
        auto idf = identifier();
        auto r = idf.identify(e);
        REQUIRE(r.ok());
        return *r;
    }
};

std::string recordingOf(const identify::Identification& id)
{
    return id.recording ? id.recording->catalogueId : "";
}

} // namespace

TEST_CASE("identification by ISRC and catalogue id, confirmed by the audio", "[identify][slow]")
{
    Fixture fx;
    test::encode(fx.dir / "src/a.wav", fx.dir / "a.flac");
    auto byIsrc = fx.run(fx.dir / "a.flac", {{}, "gb-aaa-15-00001", {}, "whatever", {}, {}});
    CHECK(recordingOf(byIsrc) == "rec-a");
    CHECK(byIsrc.method == Method::Isrc);
    CHECK(byIsrc.confidence == Approx(1.0));
    auto byId = fx.run(fx.dir / "a.flac", {{}, {}, "rec-a", {}, {}, {}});
    CHECK(recordingOf(byId) == "rec-a");
    CHECK(byId.method == Method::CatalogueId);
    CHECK(byId.confidence > 0.9);
}

TEST_CASE("retagged and re-encoded copies are identified by fingerprint", "[identify][slow]")
{
    Fixture fx;
    for (const auto& [name, kbps] : std::vector<std::pair<std::string, int>>{
             {"a.mp3", 128}, {"a.opus", 64}, {"a.ogg", 96}, {"a.flac", 0}}) {
        INFO(name);
        const auto copy = fx.dir / "copies" / name;
        test::encode(fx.dir / "src/a.wav", copy, kbps);
        test::tagFile(copy, {{"TITLE", "Totally Different Title"}, {"ARTIST", "Someone Else"}});
        auto id = fx.run(copy, {{}, {}, {}, "Totally Different Title", {"Someone Else"}, 20000});
        CHECK(recordingOf(id) == "rec-a");
        CHECK(id.method == Method::Fingerprint);
        CHECK(id.confidence >= identify::kFingerprintMatch);
    }
}

TEST_CASE("a different recording carrying the first one's tags is not taken for it", "[identify][slow]")
{
    Fixture fx;
    // Unknown audio with rec-a's ISRC, title and artist: the audio contradicts the tags.
    test::encode(fx.dir / "src/other.wav", fx.dir / "impostor.mp3", 128);
    auto none = fx.run(fx.dir / "impostor.mp3",
                       {{}, "GBAAA1500001", "rec-a", "Moonlight Harbour", {"Alice Example"}, 20000});
    CHECK_FALSE(none.recording);
    CHECK(none.method == Method::Unidentified);
    CHECK(none.note.find("does not match") != std::string::npos);
    // rec-b's audio under rec-a's tags is rec-b: the fingerprint wins over the tags.
    test::encode(fx.dir / "src/b.wav", fx.dir / "b-as-a.flac");
    auto b = fx.run(fx.dir / "b-as-a.flac",
                    {{}, "GBAAA1500001", {}, "Moonlight Harbour", {"Alice Example"}, 20000});
    CHECK(recordingOf(b) == "rec-b");
    CHECK(b.method == Method::Fingerprint);
}

TEST_CASE("normalised title and artist with a duration tolerance, at lower confidence", "[identify][slow]")
{
    Fixture fx;
    test::encode(fx.dir / "src/c.wav", fx.dir / "c.flac");
    // Full-width brackets, a featured artist, an alias: all reach rec-c.
    for (const std::string& title :
         {std::string("夜曲（feat. 某人）"), std::string("夜曲"), std::string("NOCTURNE!")}) {
        INFO(title);
        auto id = fx.run(fx.dir / "c.flac", {{}, {}, {}, title, {"周杰伦"}, 20500});
        CHECK(recordingOf(id) == "rec-c");
        CHECK(id.method == Method::TitleArtist);
        CHECK(id.confidence < 0.8);
        CHECK(id.confidence >= 0.5);
    }
    // Wrong artist, or a duration far off: no match.
    CHECK_FALSE(fx.run(fx.dir / "c.flac", {{}, {}, {}, "夜曲", {"Someone Else"}, 20000}).recording);
    CHECK_FALSE(fx.run(fx.dir / "c.flac", {{}, {}, {}, "夜曲", {"周杰伦"}, 95000}).recording);
}

TEST_CASE("no evidence: unidentified, no fingerprints in the catalogue: no decoding", "[identify][slow]")
{
    Fixture fx;
    test::encode(fx.dir / "src/other.wav", fx.dir / "other.flac");
    auto id = fx.run(fx.dir / "other.flac", {{}, {}, {}, "Unknown Song", {"Nobody"}, 20000});
    CHECK(id.method == Method::Unidentified);
    CHECK_FALSE(id.recording);
    CHECK(id.confidence == 0.0);
}

TEST_CASE("the library stores each track's identification and keeps it across a move", "[identify][slow]")
{
    Fixture fx;
    const auto music = fx.dir / "music";
    test::encode(fx.dir / "src/a.wav", music / "x/a.mp3", 128);
    test::tagFile(music / "x/a.mp3", {{"TITLE", "retitled"}});
    test::encode(fx.dir / "src/other.wav", music / "x/other.flac");
    library::Scanner scanner(fx.dir / "library.db");
    REQUIRE(scanner.scan({music}).value().added == 2);
    auto db = library::LibraryDb::open(fx.dir / "library.db");
    REQUIRE(db.ok());
    auto idf = fx.identifier();
    auto stats = library::identifyLibrary(*db, idf);
    REQUIRE(stats.ok());
    CHECK(stats->identified == 1);
    CHECK(stats->unidentified == 1);
    // Nothing changed: nothing to do the second time.
    CHECK(library::identifyLibrary(*db, idf).value().considered == 0);

    std::filesystem::rename(music / "x/a.mp3", music / "moved.mp3");
    REQUIRE(scanner.scan({music}).value().moved == 1);
    const auto t = db->trackByPath((music / "moved.mp3").string());
    REQUIRE(t.ok());
    REQUIRE(t->has_value());
    const auto stored = library::identificationOf(*db, (*t)->id);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->catalogueId == "rec-a");
    CHECK((*stored)->method == Method::Fingerprint);

    // What the player's gate asks: the recording of a path (stored, or identified now).
    const auto viaPath = library::identifyPath(*db, idf, (music / "moved.mp3").string());
    REQUIRE(viaPath.ok());
    REQUIRE(viaPath->has_value());
    CHECK((*viaPath)->catalogueId == "rec-a");
    const auto notInLibrary = library::identifyPath(*db, idf, (fx.dir / "src/a.wav").string());
    REQUIRE(notInLibrary.ok());
    CHECK_FALSE(notInLibrary->has_value());
}
