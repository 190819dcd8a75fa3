// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The Judge on real SQLite and generated files: lazy opening, the ISRC and file entries, invalidate after
// an import through another connection, and the player's adapter (limits from a decision, catalogue errors).
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "judgement/judge.hpp"
#include "playback/judge_track_gate.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

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
