// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The Judge on real SQLite and generated files: lazy opening, the ISRC and file entries, invalidate after
// an import through another connection, and the player's adapter (limits from a decision, catalogue errors).
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "identify/identifier.hpp"
#include "judgement/judge.hpp"
#include "library/library_db.hpp"
#include "library/library_identifier.hpp"
#include "library/scanner.hpp"
#include "playback/judge_track_gate.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <map>

using namespace accord;
using nlohmann::json;

namespace {

void importJson(const std::filesystem::path& dataDir, const json& doc)
{
    const auto file = dataDir / "catalogue.json";
    std::ofstream(file) << doc.dump();
    auto cat = catalogue::Catalogue::open(dataDir / "catalogue.db");
    REQUIRE(cat.ok());
    const std::filesystem::path files[] = {file};
    REQUIRE(catalogue::importCatalogueFiles(*cat, files).ok());
}

json catalogueWith(bool unidentifiedPlayable, const char* territory)
{
    return {{"format", "accord-catalogue"},
            {"version", 1},
            {"policy", {{"unidentified_playable", unidentifiedPlayable}, {"preview_seconds", 12}}},
            {"parties", {{{"id", "P"}, {"name", "Label"}, {"role", "label"}}}},
            {"recordings", {{{"id", "REC-1"}, {"isrc", "GBAAA1700001"}, {"title", "One"}, {"duration", 5}}}},
            {"deals",
             {{{"id", "D-1"},
               {"recording", "REC-1"},
               {"licensor", "P"},
               {"territories", {territory}},
               {"start", "2015-01-01"},
               {"use_types", {"stream"}},
               {"commercial_models", {"SubscriptionModel"}}}}}};
}

licence::Context cnVip()
{
    licence::Context ctx;
    ctx.territory = "CN";
    ctx.tier = catalogue::Tier::Vip;
    ctx.at = base::parseIso8601("2016-06-01T00:00:00Z")->instant;
    return ctx;
}

} // namespace

TEST_CASE("a Judge opens nothing until used, then judges by ISRC", "[judgement]")
{
    test::TempDir dir;
    judgement::Judge judge(dir.path());
    CHECK_FALSE(std::filesystem::exists(dir / "catalogue.db")); // construction does no I/O
    importJson(dir.path(), catalogueWith(true, "CN"));

    auto known = judge.judgeIsrc("GBAAA1700001", cnVip());
    REQUIRE(known.ok());
    REQUIRE(known->has_value());
    const judgement::Judgement& j = **known;
    CHECK(j.identification.method == identify::Method::Isrc);
    CHECK(j.identification.catalogueId == "REC-1");
    CHECK(j.identification.recordingId.has_value());
    CHECK(j.decision.verdict == licence::Verdict::Playable);
    CHECK(j.decision.cap == catalogue::ResolutionCap::Standard);

    auto unknown = judge.judgeIsrc("GBAAA1799999", cnVip());
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->has_value());
    // No library: the batch visits nothing, a track id names nothing.
    int visited = 0;
    REQUIRE(
        judge.judgeLibrary(cnVip(), [&](const judgement::TrackJudgement&) { return ++visited > 0; }).ok());
    CHECK(visited == 0);
    auto track = judge.judgeTrack(1, cnVip());
    REQUIRE(track.ok());
    CHECK_FALSE(track->has_value());
}

TEST_CASE("a file outside the library is identified on the spot, and invalidate() sees a new import",
          "[judgement][slow]")
{
    test::TempDir dir;
    importJson(dir.path(), catalogueWith(true, "CN"));
    const auto file = dir / "personal.wav";
    test::makeMelodyWav(file, 5.0, 3);
    auto judge = judgement::Judge::open(dir.path());
    REQUIRE(judge.ok());

    auto first = (*judge)->judgeFile(file, cnVip());
    REQUIRE(first.ok());
    CHECK(first->identification.method == identify::Method::Unidentified);
    CHECK(first->identification.catalogueId.empty());
    CHECK(first->decision.verdict == licence::Verdict::Playable);
    CHECK(first->decision.hasReason(licence::reason::kUnidentifiedAllowed));

    // The policy changes through another connection: unseen until invalidate().
    importJson(dir.path(), catalogueWith(false, "US"));
    auto stale = (*judge)->judgeFile(file, cnVip());
    REQUIRE(stale.ok());
    CHECK(stale->decision.verdict == licence::Verdict::Playable);
    (*judge)->invalidate();
    auto fresh = (*judge)->judgeFile(file, cnVip());
    REQUIRE(fresh.ok());
    CHECK(fresh->decision.verdict == licence::Verdict::Blocked);
    CHECK(fresh->decision.hasReason(licence::reason::kUnidentifiedBlocked));
    auto isrc = (*judge)->judgeIsrc("GBAAA1700001", cnVip());
    REQUIRE(isrc.ok());
    REQUIRE(isrc->has_value());
    CHECK((*isrc)->decision.hasReason(licence::reason::kTerritory)); // the deal moved to the US
    // releaseMemory() closes everything; the next call reopens and answers the same.
    (*judge)->releaseMemory();
    auto again = (*judge)->judgeFile(file, cnVip());
    REQUIRE(again.ok());
    CHECK(again->decision.reasons == fresh->decision.reasons);
}

TEST_CASE("the player's gate: limits from the decision, catalogue errors block", "[judgement][playback]")
{
    licence::Decision preview;
    preview.verdict = licence::Verdict::Preview;
    preview.cap = catalogue::ResolutionCap::Standard;
    preview.previewLength = std::chrono::seconds(12);
    preview.reasons = {{licence::reason::kPreviewOnly, "Only a preview"}};
    const playback::GateVerdict p = playback::GateVerdict::fromDecision(preview);
    CHECK(p.kind == licence::Verdict::Preview);
    CHECK(p.previewSeconds == 12.0);
    CHECK(p.maxSampleRate == licence::limitsFor(catalogue::ResolutionCap::Standard).maxSampleRate);
    CHECK(p.maxBits == licence::limitsFor(catalogue::ResolutionCap::Standard).maxBits);
    CHECK(p.capText == licence::describeCap(catalogue::ResolutionCap::Standard));
    CHECK(p.reasons == preview.reasons);

    licence::Decision blocked;
    blocked.reasons = {{licence::reason::kNoDeal, "No licence"}};
    const playback::GateVerdict b = playback::GateVerdict::fromDecision(blocked);
    CHECK(b.kind == licence::Verdict::Blocked);
    CHECK_FALSE(b.maxBits);

    // A data folder whose catalogue cannot be opened (a folder where the file should be).
    test::TempDir dir;
    std::filesystem::create_directories(dir / "catalogue.db");
    judgement::Listener listener;
    listener.territory = "CN";
    listener.fixedAt = base::parseIso8601("2016-06-01T00:00:00Z")->instant;
    playback::JudgeTrackGate gate(std::make_shared<judgement::Judge>(dir.path()), listener);
    CHECK(gate.now() == *listener.fixedAt);
    const playback::GateVerdict v = gate.check(dir / "any.flac");
    CHECK(v.kind == licence::Verdict::Blocked);
    REQUIRE(v.reasons.size() == 1);
    CHECK(v.reasons[0].code == licence::reason::kCatalogueError);
}

TEST_CASE("judgeCatalogue visits every recording in every context, page after page, and stops when asked",
          "[judgement]")
{
    test::TempDir dir;
    // More than two pages (16384 recordings each); every third recording has no ISRC (decided by id).
    json doc = catalogueWith(false, "CN");
    constexpr int kRecordings = 33000;
    for (int i = 2; i <= kRecordings; ++i) {
        json r{{"id", "REC-" + std::to_string(i)}, {"title", "T"}};
        if (i % 3 != 0) {
            char isrc[16];
            std::snprintf(isrc, sizeof isrc, "GBAAA17%05d", i);
            r["isrc"] = isrc;
        }
        doc["recordings"].push_back(r);
    }
    importJson(dir.path(), doc);
    auto judge = judgement::Judge::open(dir.path());
    REQUIRE(judge.ok());
    licence::Context hk = cnVip();
    hk.territory = "HK";
    const std::vector<licence::Context> contexts{cnVip(), hk};

    std::size_t rows = 0;
    std::int64_t lastId = 0;
    std::size_t playable = 0;
    bool ordered = true;
    REQUIRE((*judge)
                ->judgeCatalogue(contexts,
                                 [&](const judgement::RecordingJudgement& row) {
                                     ordered = ordered && row.context == rows % 2 &&
                                               (row.context == 1 ? row.recording->id == lastId
                                                                 : row.recording->id > lastId);
                                     lastId = row.recording->id;
                                     CHECK(row.judgement.identification.catalogueId ==
                                           row.recording->catalogueId);
                                     if (row.judgement.decision.verdict == licence::Verdict::Playable) {
                                         ++playable;
                                         CHECK(row.recording->catalogueId == "REC-1");
                                         CHECK(row.context == 0);
                                     }
                                     ++rows;
                                     return true;
                                 })
                .ok());
    CHECK(rows == 2 * kRecordings);
    CHECK(ordered);
    CHECK(playable == 1); // REC-1 in CN only

    // Stopping early leaves no worker behind and the Judge usable.
    std::size_t seen = 0;
    REQUIRE(
        (*judge)
            ->judgeCatalogue(contexts, [&](const judgement::RecordingJudgement&) { return ++seen < 20000; })
            .ok());
    CHECK(seen == 20000);
    auto one = (*judge)->judgeIsrc("GBAAA1700001", cnVip());
    REQUIRE(one.ok());
    REQUIRE(one->has_value());
    CHECK((*one)->decision.verdict == licence::Verdict::Playable);
}

namespace {

// GBAAA1700001 licensed worldwide under the subscription model: VIP plays it at the standard cap.
json worldwideCatalogue()
{
    json doc = catalogueWith(true, "Worldwide");
    return doc;
}

std::string bytesOf(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file of a folder (name -> content): "left byte-identical" is this map unchanged.
std::map<std::string, std::string> snapshotOf(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.is_regular_file())
            out[e.path().filename().string()] = bytesOf(e.path());
    return out;
}

std::vector<std::string> codesOf(const licence::Decision& d)
{
    std::vector<std::string> out;
    for (const licence::Reason& r : d.reasons)
        out.push_back(r.code);
    return out;
}

} // namespace

TEST_CASE("a CD-quality file under a standard-only tier plays plainly, a hi-res one is told about hi-res",
          "[judgement]")
{
    test::TempDir dir;
    importJson(dir.path(), worldwideCatalogue());
    const auto cd = dir / "music/cd.wav";
    const auto hires = dir / "music/hires.wav";
    std::filesystem::create_directories(dir / "music");
    test::makeWav(cd, 0.5, 1, 16, 44100);
    test::makeWav(hires, 0.5, 1, 24, 96000);
    for (const auto& f : {cd, hires})
        test::tagFile(f, {{"ISRC", "GBAAA1700001"}, {"TITLE", "One"}});
    const std::vector<std::string> plain{"licensed"};
    const std::vector<std::string> told{"licensed", "hires_requires_tier"};

    auto judge = judgement::Judge::open(dir.path());
    REQUIRE(judge.ok());
    SECTION("files outside the library")
    {
        // The same recording, the same context: one cached decision per file format, never the other's.
        for (int round = 0; round < 2; ++round) {
            auto a = (*judge)->judgeFile(cd, cnVip());
            auto b = (*judge)->judgeFile(hires, cnVip());
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            CHECK(a->identification.catalogueId == "REC-1");
            CHECK(a->decision.verdict == licence::Verdict::Playable);
            CHECK(codesOf(a->decision) == plain);
            CHECK(codesOf(b->decision) == told);
            CHECK(playback::GateVerdict::fromDecision(a->decision).capText ==
                  licence::describeCap(catalogue::ResolutionCap::Standard));
        }
        // Without a file the format is not known: the ISRC's decision still says what hi-res needs.
        auto isrc = (*judge)->judgeIsrc("GBAAA1700001", cnVip());
        REQUIRE(isrc.ok());
        REQUIRE(isrc->has_value());
        CHECK(codesOf((*isrc)->decision) == told);
    }
    SECTION("library tracks, one by one and in the batch")
    {
        library::Scanner scanner(library::LibraryDb::pathIn(dir.path()));
        REQUIRE(scanner.scan({dir / "music"}).ok());
        (*judge)->invalidate();
        auto a = (*judge)->judgeFile(cd, cnVip());
        auto b = (*judge)->judgeFile(hires, cnVip());
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(codesOf(a->decision) == plain);
        CHECK(codesOf(b->decision) == told);
        std::map<std::int64_t, std::vector<std::string>> batch;
        REQUIRE((*judge)
                    ->judgeLibrary(cnVip(),
                                   [&](const judgement::TrackJudgement& t) {
                                       batch[t.trackId] = codesOf(t.judgement.decision);
                                       return true;
                                   })
                    .ok());
        REQUIRE(batch.size() == 2);
        auto db = library::LibraryDb::openForReading(library::LibraryDb::pathIn(dir.path()));
        REQUIRE(db.ok());
        auto cdTrack = db->trackByPath(cd.string());
        REQUIRE(cdTrack.ok());
        REQUIRE(cdTrack->has_value());
        const std::int64_t cdId = (*cdTrack)->id;
        for (const auto& [id, codes] : batch)
            CHECK(codes == (id == cdId ? plain : told));
        auto one = (*judge)->judgeTrack(cdId, cnVip());
        REQUIRE(one.ok());
        REQUIRE(one->has_value());
        CHECK(codesOf((*one)->decision) == plain);
    }
}

TEST_CASE("a read-only Judge identifies stale library tracks in memory and writes nothing", "[judgement]")
{
    test::TempDir dir;
    importJson(dir.path(), worldwideCatalogue());
    std::filesystem::create_directories(dir / "music");
    const auto file = dir / "music/one.wav";
    test::makeWav(file, 0.5, 2, 16, 44100);
    test::tagFile(file, {{"ISRC", "GBAAA1700001"}, {"TITLE", "One"}});
    {
        library::Scanner scanner(library::LibraryDb::pathIn(dir.path()));
        REQUIRE(scanner.scan({dir / "music"}).ok());
    }
    const auto before = snapshotOf(dir.path());
    REQUIRE(before.count("library.db") == 1);
    {
        auto judge = judgement::Judge::open(dir.path(), judgement::Judge::Access::ReadOnly);
        REQUIRE(judge.ok());
        // Never identified: the scan stored none. Judged as a writable Judge would, stored nowhere.
        auto j = (*judge)->judgeFile(file, cnVip());
        REQUIRE(j.ok());
        CHECK(j->identification.method == identify::Method::Isrc);
        CHECK(j->identification.catalogueId == "REC-1");
        CHECK(j->decision.verdict == licence::Verdict::Playable);
        int visited = 0;
        REQUIRE((*judge)
                    ->judgeLibrary(cnVip(),
                                   [&](const judgement::TrackJudgement& t) {
                                       CHECK(t.judgement.identification.catalogueId == "REC-1");
                                       CHECK(codesOf(t.judgement.decision) ==
                                             std::vector<std::string>{"licensed"});
                                       return ++visited > 0;
                                   })
                    .ok());
        CHECK(visited == 1);
    }
    CHECK(snapshotOf(dir.path()) == before);

    // The writable Judge stores the identification (what the GUI's library worker relies on).
    {
        auto judge = judgement::Judge::open(dir.path());
        REQUIRE(judge.ok());
        REQUIRE((*judge)->judgeFile(file, cnVip()).ok());
    }
    auto db = library::LibraryDb::openForReading(library::LibraryDb::pathIn(dir.path()));
    REQUIRE(db.ok());
    auto stored = library::storedIdentifications(*db);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().second.catalogueId == "REC-1");
}

TEST_CASE(
    "judgeLibrary keeps the recording ids it learnt across releaseMemory, not across a catalogue change",
    "[judgement]")
{
    test::TempDir dir;
    importJson(dir.path(), worldwideCatalogue());
    std::filesystem::create_directories(dir / "music");
    const auto file = dir / "music/one.wav";
    test::makeWav(file, 0.5, 2, 16, 44100);
    test::tagFile(file, {{"ISRC", "GBAAA1700001"}, {"TITLE", "One"}});
    {
        library::Scanner scanner(library::LibraryDb::pathIn(dir.path()));
        REQUIRE(scanner.scan({dir / "music"}).ok());
    }
    auto judge = judgement::Judge::open(dir.path());
    REQUIRE(judge.ok());
    const auto judgeAll = [&] {
        std::vector<judgement::Judgement> out;
        REQUIRE((*judge)
                    ->judgeLibrary(cnVip(),
                                   [&](const judgement::TrackJudgement& t) {
                                       out.push_back(t.judgement);
                                       return true;
                                   })
                    .ok());
        REQUIRE(out.size() == 1);
        return out.front();
    };
    const judgement::Judgement first = judgeAll();
    REQUIRE(first.identification.recordingId.has_value());
    CHECK(first.identification.catalogueId == "REC-1");
    CHECK(first.decision.verdict == licence::Verdict::Playable);
    // A reload of the window: connections closed in between, the same answer (from the kept map).
    (*judge)->releaseMemory();
    const judgement::Judgement second = judgeAll();
    CHECK(second.identification.recordingId == first.identification.recordingId);
    CHECK(second.decision.verdict == licence::Verdict::Playable);
    // Another connection takes REC-1 out of the catalogue, and nobody calls invalidate(): the map learnt
    // before must not stand for it (the catalogue's files changed), so the track is no longer identified.
    {
        auto conn = storage::Connection::open(dir / "catalogue.db");
        REQUIRE(conn.ok());
        REQUIRE(
            conn->exec("UPDATE recordings SET catalogue_id = 'REC-GONE' WHERE catalogue_id = 'REC-1'").ok());
    }
    const judgement::Judgement third = judgeAll();
    CHECK_FALSE(third.identification.recordingId.has_value());
    CHECK(third.identification.method == identify::Method::Unidentified);
}

namespace {

// Two recordings, REC-1 licensed worldwide, REC-2 without a deal (blocked): a track decided for the wrong
// recording shows. `reversed` imports REC-2 first, so the two get each other's row ids.
json twoRecordings(bool reversed)
{
    json doc = catalogueWith(true, "Worldwide");
    const json one = {{"id", "REC-1"}, {"isrc", "GBAAA1700001"}, {"title", "One"}, {"duration", 5}};
    const json two = {{"id", "REC-2"}, {"isrc", "GBAAA1700002"}, {"title", "Two"}, {"duration", 5}};
    doc["recordings"] = reversed ? json::array({two, one}) : json::array({one, two});
    return doc;
}

// A library of two tagged files, one per recording of twoRecordings().
void scanTwoTracks(const test::TempDir& dir)
{
    std::filesystem::create_directories(dir / "music");
    test::makeWav(dir / "music/one.wav", 0.5, 2, 16, 44100);
    test::tagFile(dir / "music/one.wav", {{"ISRC", "GBAAA1700001"}, {"TITLE", "One"}});
    test::makeWav(dir / "music/two.wav", 0.5, 2, 16, 44100);
    test::tagFile(dir / "music/two.wav", {{"ISRC", "GBAAA1700002"}, {"TITLE", "Two"}});
    library::Scanner scanner(library::LibraryDb::pathIn(dir.path()));
    REQUIRE(scanner.scan({dir / "music"}).ok());
}

// Every library track's judgement by a fresh Judge (as at start-up), by catalogue id.
std::map<std::string, judgement::Judgement> judgeFresh(const test::TempDir& dir,
                                                       judgement::Judge::Access access)
{
    judgement::Judge judge(dir.path(), access);
    std::map<std::string, judgement::Judgement> out;
    REQUIRE(judge
                .judgeLibrary(cnVip(),
                              [&](const judgement::TrackJudgement& t) {
                                  out[t.judgement.identification.catalogueId] = t.judgement;
                                  return true;
                              })
                .ok());
    return out;
}

// identifications.recording_row by catalogue id, as stored in library.db.
std::map<std::string, std::optional<std::int64_t>> storedRows(const test::TempDir& dir)
{
    auto conn = storage::Connection::open(library::LibraryDb::pathIn(dir.path()));
    REQUIRE(conn.ok());
    auto st = storage::Statement::prepare(*conn, "SELECT recording_id, recording_row FROM identifications");
    REQUIRE(st.ok());
    std::map<std::string, std::optional<std::int64_t>> out;
    REQUIRE(st->forEachRow([&](storage::Statement& r) { out[r.columnText(0)] = r.columnOptInt(1); }).ok());
    return out;
}

std::int64_t catalogueRowOf(const test::TempDir& dir, const char* catalogueId)
{
    auto cat = catalogue::Catalogue::openForReading(dir / "catalogue.db");
    REQUIRE(cat.ok());
    auto rec = cat->findByCatalogueId(catalogueId);
    REQUIRE(rec.ok());
    REQUIRE(rec->has_value());
    return (*rec)->id;
}

void execIn(const std::filesystem::path& db, const std::string& sql)
{
    auto conn = storage::Connection::open(db);
    REQUIRE(conn.ok());
    REQUIRE(conn->exec(sql).ok());
}

} // namespace

TEST_CASE("judgeLibrary stores each track's recording row in library.db, a fresh Judge uses it, and a "
          "replaced catalogue makes it look them up again",
          "[judgement][library]")
{
    test::TempDir dir;
    importJson(dir.path(), twoRecordings(false));
    scanTwoTracks(dir);
    const std::int64_t row1 = catalogueRowOf(dir, "REC-1");
    const std::int64_t row2 = catalogueRowOf(dir, "REC-2");
    REQUIRE(row1 != row2);

    auto first = judgeFresh(dir, judgement::Judge::Access::ReadWrite);
    REQUIRE(first.size() == 2);
    CHECK(first["REC-1"].identification.recordingId == row1);
    CHECK(first["REC-1"].decision.verdict == licence::Verdict::Playable);
    CHECK(first["REC-2"].identification.recordingId == row2);
    CHECK(first["REC-2"].decision.verdict == licence::Verdict::Blocked);
    auto rows = storedRows(dir);
    CHECK(rows["REC-1"] == row1);
    CHECK(rows["REC-2"] == row2);

    // A fresh Judge takes the stored rows as they are, without looking the catalogue ids up: shown by
    // swapping them behind its back (a read-only Judge, which writes nothing back).
    const auto lib = library::LibraryDb::pathIn(dir.path());
    execIn(lib,
           "UPDATE identifications SET recording_row = " + std::to_string(row1 + row2) + " - recording_row");
    auto swapped = judgeFresh(dir, judgement::Judge::Access::ReadOnly);
    CHECK(swapped["REC-1"].identification.recordingId == row2);
    CHECK(swapped["REC-1"].decision.verdict == licence::Verdict::Blocked);
    execIn(lib,
           "UPDATE identifications SET recording_row = " + std::to_string(row1 + row2) + " - recording_row");

    // The catalogue is replaced by one holding the same recordings the other way round (another catalogue:
    // another identity): the stored rows name the old one's recordings, so every one is looked up again,
    // decided right and stored again.
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        if (e.path().filename().string().rfind("catalogue.", 0) == 0)
            std::filesystem::remove(e.path());
    importJson(dir.path(), twoRecordings(true));
    REQUIRE(catalogueRowOf(dir, "REC-1") == row2);
    REQUIRE(catalogueRowOf(dir, "REC-2") == row1);
    auto after = judgeFresh(dir, judgement::Judge::Access::ReadWrite);
    CHECK(after["REC-1"].identification.recordingId == row2);
    CHECK(after["REC-1"].decision.verdict == licence::Verdict::Playable);
    CHECK(after["REC-2"].identification.recordingId == row1);
    CHECK(after["REC-2"].decision.verdict == licence::Verdict::Blocked);
    rows = storedRows(dir);
    CHECK(rows["REC-1"] == row2);
    CHECK(rows["REC-2"] == row1);
    // A read-only Judge on the new catalogue uses the rows stored for it and agrees.
    auto readOnly = judgeFresh(dir, judgement::Judge::Access::ReadOnly);
    CHECK(readOnly["REC-1"].identification.recordingId == row2);
    CHECK(readOnly["REC-2"].decision.verdict == licence::Verdict::Blocked);

    // A new identification of a track clears its stored row: a wrong row planted before the library is
    // identified again is not used afterwards.
    execIn(lib, "UPDATE identifications SET recording_row = " + std::to_string(row2) +
                    " WHERE recording_id = 'REC-2'");
    {
        auto db = library::LibraryDb::open(lib);
        REQUIRE(db.ok());
        auto cat = catalogue::Catalogue::openForReading(dir / "catalogue.db");
        REQUIRE(cat.ok());
        identify::Identifier identifier(*cat);
        REQUIRE(library::identifyLibrary(*db, identifier, false).ok());
    }
    CHECK_FALSE(storedRows(dir)["REC-2"].has_value());
    auto again = judgeFresh(dir, judgement::Judge::Access::ReadWrite);
    CHECK(again["REC-2"].identification.recordingId == row1);
    CHECK(storedRows(dir)["REC-2"] == row1);
}

TEST_CASE("a library.db of schema 6 upgrades to 7 and its tracks are judged as before",
          "[judgement][library]")
{
    test::TempDir dir;
    importJson(dir.path(), twoRecordings(false));
    scanTwoTracks(dir);
    const auto before = judgeFresh(dir, judgement::Judge::Access::ReadWrite);
    REQUIRE(before.size() == 2);
    // Back to schema 6, as a library.db written before migration 7 is.
    const auto lib = library::LibraryDb::pathIn(dir.path());
    execIn(lib, "ALTER TABLE identifications DROP COLUMN recording_row; DROP TABLE recording_rows_mark; "
                "PRAGMA user_version = 6");
    const auto after = judgeFresh(dir, judgement::Judge::Access::ReadWrite);
    REQUIRE(after.size() == 2);
    for (const auto& [id, j] : before) {
        INFO(id);
        const judgement::Judgement& k = after.at(id);
        CHECK(k.identification.recordingId == j.identification.recordingId);
        CHECK(k.identification.method == j.identification.method);
        CHECK(k.decision.verdict == j.decision.verdict);
        CHECK(codesOf(k.decision) == codesOf(j.decision));
    }
    auto conn = storage::Connection::open(lib);
    REQUIRE(conn.ok());
    auto version = storage::Statement::prepare(*conn, "PRAGMA user_version");
    REQUIRE(version.ok());
    REQUIRE(version->step().ok());
    CHECK(version->columnInt(0) == 7);
    CHECK(storedRows(dir).at("REC-1") == catalogueRowOf(dir, "REC-1"));
}
