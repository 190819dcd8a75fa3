// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/rights/rights_snapshot.hpp"
#include "catalogue/synth/synthesiser.hpp"
#include "licence/licence_gate.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace accord;
using namespace accord::catalogue;
using namespace accord::licence;

namespace {

base::Instant at(const char* iso)
{
    return base::parseIso8601(iso)->instant;
}

void seed(const std::filesystem::path& db)
{
    auto cat = Catalogue::open(db);
    REQUIRE(cat.ok());
    CatalogueWriter w(cat->connection());
    Recording r;
    r.catalogueId = "R1";
    r.isrc = "CNA001500001";
    r.title = "One";
    const auto id = w.upsertRecording(r, true);
    REQUIRE(id.ok());
    Deal d;
    d.dealKey = "D1";
    d.subjectId = *id;
    d.territories = *TerritorySet::parse("CN");
    d.validUntil = at("2015-11-01");
    d.useTypes = bit(UseType::Stream);
    d.commercialModels = {"SubscriptionModel"};
    REQUIRE(w.upsertDeal(d, "test").ok());
}

} // namespace

TEST_CASE("licence gate: ISRC to decision, cached until valid_until", "[licence][gate]")
{
    test::TempDir dir;
    seed(dir / "catalogue.db");
    auto gate = LicenceGate::open(dir / "catalogue.db", 16);
    REQUIRE(gate.ok());
    const Context before{at("2015-10-31T23:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};

    auto first = gate->decideIsrc("CN-A00-15-00001", before);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->verdict == Verdict::Playable);
    CHECK(gate->stats().misses == 1);

    Context later = before;
    later.at = at("2015-10-31T23:59:59Z");
    auto second = gate->decideIsrc("CNA001500001", later);
    REQUIRE(second.ok());
    CHECK((*second)->verdict == Verdict::Playable);
    CHECK(gate->stats().hits == 1);

    // At valid_until the cached answer is not reused: the licence has ended.
    Context after = before;
    after.at = at("2015-11-01T00:00:00Z");
    auto third = gate->decideIsrc("CNA001500001", after);
    REQUIRE(third.ok());
    CHECK((*third)->verdict == Verdict::Blocked);
    CHECK(gate->stats().misses == 2);

    // Another context is another cache entry.
    Context tw = before;
    tw.territory = "TW";
    CHECK((*gate->decideIsrc("CNA001500001", tw))->verdict == Verdict::Blocked);
    CHECK(gate->stats().misses == 3);

    auto unknown = gate->decideIsrc("GBAAA9900001", before);
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->has_value());
    CHECK(gate->decideUnidentified(before).verdict == Verdict::Playable);
}

TEST_CASE("licence gate works from a worker thread while another thread uses it", "[licence][gate]")
{
    test::TempDir dir;
    seed(dir / "catalogue.db");
    auto gate = LicenceGate::open(dir / "catalogue.db");
    REQUIRE(gate.ok());
    const Context ctx{at("2015-06-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    int workerPlayable = 0;
    std::thread worker([&] {
        for (int i = 0; i < 200; ++i) {
            auto d = gate->decideIsrc("CNA001500001", ctx);
            if (d.ok() && d->has_value() && (*d)->verdict == Verdict::Playable)
                ++workerPlayable;
        }
    });
    int mainPlayable = 0;
    for (int i = 0; i < 200; ++i) {
        auto d = gate->decideIsrc("CNA001500001", ctx);
        if (d.ok() && d->has_value() && (*d)->verdict == Verdict::Playable)
            ++mainPlayable;
    }
    worker.join();
    CHECK(workerPlayable == 200);
    CHECK(mainPlayable == 200);
}

TEST_CASE("licence gate decides a batch in one read transaction", "[licence][gate]")
{
    test::TempDir dir;
    seed(dir / "catalogue.db");
    auto gate = LicenceGate::open(dir / "catalogue.db");
    REQUIRE(gate.ok());
    const Context ctx{at("2015-06-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    auto batch = gate->decideIsrcs({"CNA001500001", "GBAAA9900001", "CNA001500001"}, ctx);
    REQUIRE(batch.ok());
    REQUIRE(batch->size() == 3);
    REQUIRE((*batch)[0].has_value());
    CHECK((*batch)[0]->verdict == Verdict::Playable);
    CHECK_FALSE((*batch)[1].has_value());
    CHECK((*batch)[2]->verdict == Verdict::Playable);
    CHECK(gate->stats().hits == 0); // batches bypass the cache
    // The connection is usable afterwards (the transaction ended).
    CHECK(gate->decideIsrc("CNA001500001", ctx).ok());
}

TEST_CASE("licence gate: a decision about a file is cached and batched per file format", "[licence][gate]")
{
    test::TempDir dir;
    seed(dir / "catalogue.db");
    auto gate = LicenceGate::open(dir / "catalogue.db");
    REQUIRE(gate.ok());
    const Context vip{at("2015-06-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    const SourceFormat cd{44100, 16};
    const SourceFormat hires{96000, 24};
    const auto hiresReason = [](const std::optional<Decision>& d) {
        REQUIRE(d.has_value());
        CHECK(d->verdict == Verdict::Playable);
        CHECK(d->cap == ResolutionCap::Standard);
        return d->hasReason(reason::kHiresRequiresTier);
    };
    // Each format first asked is a miss, then a hit: never another format's answer.
    CHECK_FALSE(hiresReason(*gate->decideIsrc("CNA001500001", vip, cd)));
    CHECK(hiresReason(*gate->decideIsrc("CNA001500001", vip, hires)));
    CHECK(hiresReason(*gate->decideIsrc("CNA001500001", vip))); // no file: the format is not known
    CHECK(gate->stats().misses == 3);
    CHECK_FALSE(hiresReason(*gate->decideIsrc("CNA001500001", vip, cd)));
    CHECK(hiresReason(*gate->decideIsrc("CNA001500001", vip, hires)));
    CHECK(gate->stats().hits == 2);
    auto byId = gate->decideRecording(1, vip, cd);
    REQUIRE(byId.ok());
    CHECK_FALSE(byId->hasReason(reason::kHiresRequiresTier));
    // A batch: one format per entry.
    auto batch =
        gate->decideIsrcs({"CNA001500001", "CNA001500001", "CNA001500001"}, vip, {cd, hires, std::nullopt});
    REQUIRE(batch.ok());
    REQUIRE(batch->size() == 3);
    CHECK_FALSE(hiresReason((*batch)[0]));
    CHECK(hiresReason((*batch)[1]));
    CHECK(hiresReason((*batch)[2]));
    CHECK(gate->decideUnidentified(vip, cd).reasons.size() == 1);
    CHECK(gate->decideUnidentified(vip, hires).hasReason(reason::kHiresRequiresTier));
}

TEST_CASE("licence gate: a large batch (split over two threads) equals single decisions", "[licence][gate]")
{
    test::TempDir dir;
    {
        auto cat = Catalogue::open(dir / "catalogue.db");
        REQUIRE(cat.ok());
        SynthOptions options;
        options.recordings = 3000;
        REQUIRE(synthesiseCatalogue(*cat, options).ok());
    }
    // synth leaves a decision index: the threads share its snapshot. Without one, each has a connection.
    REQUIRE(std::filesystem::exists(rightsIndexPath(dir / "catalogue.db")));
    SECTION("from the decision index") {}
    SECTION("from the catalogue")
    {
        std::filesystem::remove(rightsIndexPath(dir / "catalogue.db"));
    }
    auto gate = LicenceGate::open(dir / "catalogue.db");
    REQUIRE(gate.ok());
    const Context ctx{at("2018-03-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    // Unsorted, with duplicates, unknowns and unnormalised spellings: 6000 entries (above the split size).
    std::vector<std::string> isrcs;
    for (std::int64_t i = 2999; i >= 0; --i) {
        isrcs.push_back(synthIsrc(i));
        isrcs.push_back(i % 3 == 0 ? "XX-ZZZ-99-" + std::to_string(10000 + i) : synthIsrc((i * 7) % 3000));
    }
    auto batch = gate->decideIsrcs(isrcs, ctx);
    REQUIRE(batch.ok());
    REQUIRE(batch->size() == isrcs.size());
    std::size_t known = 0;
    std::set<Verdict> verdicts;
    for (std::size_t i = 0; i < isrcs.size(); ++i) {
        auto one = gate->decideIsrc(isrcs[i], ctx);
        REQUIRE(one.ok());
        REQUIRE(one->has_value() == (*batch)[i].has_value());
        if (!one->has_value())
            continue;
        ++known;
        verdicts.insert((*one)->verdict);
        CHECK((*one)->verdict == (*batch)[i]->verdict);
        CHECK((*one)->cap == (*batch)[i]->cap);
        CHECK((*one)->validUntil == (*batch)[i]->validUntil);
        CHECK((*one)->reasons.size() == (*batch)[i]->reasons.size());
    }
    CHECK(known == 5000);
    CHECK(verdicts.size() >= 2); // the synthetic catalogue mixes outcomes
}

TEST_CASE("licence gate: a batch by recording id is decideRecording() for every id the index holds",
          "[licence][gate][batch]")
{
    test::TempDir dir;
    std::vector<std::int64_t> ids;
    {
        auto cat = Catalogue::open(dir / "catalogue.db");
        REQUIRE(cat.ok());
        SynthOptions options;
        options.recordings = 3000;
        REQUIRE(synthesiseCatalogue(*cat, options).ok());
        for (std::int64_t after = 0;;) {
            auto keys = cat->recordingKeysAfter(after, 1000);
            REQUIRE(keys.ok());
            if (keys->empty())
                break;
            for (const RecordingKey& k : *keys)
                ids.push_back(k.id);
            after = keys->back().id;
        }
    }
    REQUIRE(ids.size() == 3000);
    // Both orders, duplicates and ids no recording has: 6000 entries (above the split size).
    std::vector<std::int64_t> batchIds;
    std::vector<std::optional<SourceFormat>> sources;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        batchIds.push_back(ids[i]);
        batchIds.push_back(i % 5 == 0 ? ids.back() + 1000 + static_cast<std::int64_t>(i)
                                      : ids[ids.size() - 1 - i]);
        sources.emplace_back(i % 4 == 0 ? std::optional<SourceFormat>(SourceFormat{96000, 24})
                                        : std::nullopt);
        sources.emplace_back(std::nullopt);
    }
    const Context ctx{at("2018-03-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    SECTION("from the decision index: every recording answered, exactly as one by one")
    {
        auto gate = LicenceGate::open(dir / "catalogue.db");
        REQUIRE(gate.ok());
        auto batch = gate->decideRecordings(batchIds, ctx, sources);
        REQUIRE(batch.ok());
        REQUIRE(batch->size() == batchIds.size());
        std::size_t answered = 0;
        std::set<Verdict> verdicts;
        for (std::size_t i = 0; i < batchIds.size(); ++i) {
            if (batchIds[i] > ids.back()) {
                CHECK_FALSE((*batch)[i].has_value()); // no such recording: the caller asks the tables
                continue;
            }
            // Synthetic recordings all have ISRCs, so the index holds each of them.
            REQUIRE((*batch)[i].has_value());
            ++answered;
            auto one = gate->decideRecording(batchIds[i], ctx, sources[i]);
            REQUIRE(one.ok());
            const Decision& b = *(*batch)[i];
            verdicts.insert(b.verdict);
            CHECK(one->verdict == b.verdict);
            CHECK(one->cap == b.cap);
            CHECK(one->validUntil == b.validUntil);
            REQUIRE(one->reasons.size() == b.reasons.size());
            for (std::size_t r = 0; r < b.reasons.size(); ++r) {
                CHECK(one->reasons[r].code == b.reasons[r].code);
                CHECK(one->reasons[r].text == b.reasons[r].text);
            }
        }
        CHECK(answered == 6000 - 600);
        CHECK(verdicts.size() >= 2);
    }
    SECTION("without a decision index: nothing answered, the caller decides one by one")
    {
        std::filesystem::remove(rightsIndexPath(dir / "catalogue.db"));
        auto gate = LicenceGate::open(dir / "catalogue.db");
        REQUIRE(gate.ok());
        auto batch = gate->decideRecordings(batchIds, ctx, sources);
        REQUIRE(batch.ok());
        REQUIRE(batch->size() == batchIds.size());
        for (const auto& d : *batch)
            CHECK_FALSE(d.has_value());
    }
}
