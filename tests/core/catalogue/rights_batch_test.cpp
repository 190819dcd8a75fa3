// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// RightsBatch (the refresh's chunked, cached assembly) against RightsQuery::load (one recording at a time,
// straight from the tables): the encoded rows must be byte-identical whatever the chunking and caching.
#include "import_fixtures.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/rights/rights_batch.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/rights/rights_query.hpp"
#include "catalogue/synth/synthesiser.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace accord;
using namespace accord::catalogue;

namespace {

base::Instant at(std::int64_t s)
{
    return base::Instant(std::chrono::seconds(s));
}

Recording recording(const std::string& id, std::optional<std::string> isrc)
{
    Recording r;
    r.catalogueId = id;
    r.isrc = std::move(isrc);
    r.title = "Title " + id;
    r.artists = {"Artist"};
    return r;
}

using test::deal;

Takedown takedown(const std::string& key, Scope scope, std::int64_t subject)
{
    Takedown t;
    t.takedownKey = key;
    t.scope = scope;
    t.subjectId = subject;
    t.territories = *TerritorySet::parse("CN");
    t.effective = at(1446336000);
    return t;
}

std::vector<std::int64_t> ids(Catalogue& cat, const std::string& sql)
{
    auto st = storage::Statement::prepare(cat.connection(), sql);
    REQUIRE(st.ok());
    std::vector<std::int64_t> out;
    REQUIRE(st->forEachRow([&](storage::Statement& row) { out.push_back(row.columnInt(0)); }).ok());
    return out;
}

// What the batch must deliver for `added`: each recording with a valid ISRC, its key and RightsQuery's row.
std::map<std::int64_t, std::pair<std::int64_t, std::string>> expected(Catalogue& cat,
                                                                      const std::vector<std::int64_t>& added)
{
    auto st = storage::Statement::prepare(
        cat.connection(),
        "SELECT " + isrcKeySql("isrc") + " FROM recordings WHERE id = ?1 AND isrc GLOB '" + kIsrcGlob + "'");
    REQUIRE(st.ok());
    RightsQuery tables(cat.connection());
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> out;
    for (const std::int64_t id : added) {
        st->bind(1, id);
        auto row = st->step();
        REQUIRE(row.ok());
        if (*row) {
            const std::int64_t key = st->columnInt(0);
            auto truth = tables.load(id);
            REQUIRE(truth.ok());
            out[id] = {key, encodeRights(*truth)};
        }
        st->reset();
    }
    return out;
}

// Runs a batch over `added` and checks what it delivered against RightsQuery, in ascending order.
void requireBatchMatches(Catalogue& cat, const std::vector<std::int64_t>& added, std::size_t maxChunk,
                         std::int64_t maxGap, std::size_t maxCached)
{
    const auto want = expected(cat, added);
    std::vector<std::int64_t> order;
    std::map<std::int64_t, std::pair<std::int64_t, std::string>> got;
    RightsBatch batch(
        cat.connection(),
        [&](std::int64_t id, std::int64_t key, const RecordingRights& rights) -> base::Status {
            order.push_back(id);
            got[id] = {key, encodeRights(rights)};
            return {};
        },
        maxChunk, maxGap, maxCached);
    for (const std::int64_t id : added)
        REQUIRE(batch.add(id).ok());
    REQUIRE(batch.finish().ok());
    INFO("maxChunk " << maxChunk << ", maxGap " << maxGap << ", maxCached " << maxCached);
    CHECK(std::is_sorted(order.begin(), order.end()));
    REQUIRE(got.size() == want.size());
    for (const auto& [id, row] : want) {
        INFO("recording " << id);
        REQUIRE(got.count(id) == 1);
        CHECK(got[id].first == row.first);
        CHECK(got[id].second == row.second);
    }
}

} // namespace

TEST_CASE("batched rights rows equal RightsQuery's across chunks, shared releases and remote parents",
          "[catalogue][rights]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    std::vector<std::int64_t> r;
    {
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        CatalogueWriter w(cat->connection());
        for (int i = 0; i < 40; ++i) {
            // Every 7th recording has no ISRC (no row); ids are spread by a few unrelated recordings.
            std::optional<std::string> isrc;
            if (i % 7 != 3) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "CNA0015%05d", i);
                isrc = buf;
            }
            r.push_back(*w.upsertRecording(recording("R" + std::to_string(i), isrc), true));
            if (i % 5 == 4)
                REQUIRE(w.upsertRecording(recording("X" + std::to_string(i), std::nullopt), true).ok());
        }
        // The extremes of the ISRC key (computed in C++ by the batch, in SQL by the expected rows).
        for (const char* isrc : {"ZZZZZ9999999", "AA0000000000", "GB9Z90000001", "US0A09999990"})
            REQUIRE(w.upsertRecording(recording(std::string("K") + isrc, std::string(isrc)), true).ok());
        const auto release = [&](const std::string& key, std::vector<std::int64_t> tracks) {
            Release rel;
            rel.releaseKey = key;
            rel.trackRecordingIds = std::move(tracks);
            return *w.upsertRelease(rel);
        };
        // An album whose tracks are far apart (its rows are reused across chunks), one recording on it twice.
        const auto album = release("ALBUM", {r[0], r[1], r[2], r[1], r[20], r[39]});
        // A compilation sharing recordings with the album, and a release of its own for the parents.
        const auto compilation = release("COMP", {r[2], r[20], r[5]});
        const auto vault = release("VAULT", {r[30]});
        // Six EPs of two tracks; R21 is on the first and the last, so its releases span the others (a range
        // read over them must not add the rows of the EPs read for earlier chunks again).
        for (int i = 0; i < 6; ++i) {
            std::vector<std::int64_t> tracks{r[static_cast<size_t>(8 + 2 * i)],
                                             r[static_cast<size_t>(9 + 2 * i)]};
            if (i == 0 || i == 5)
                tracks.push_back(r[21]);
            (void)release("EP" + std::to_string(i), tracks);
        }
        CatalogueWriter& wr = w;
        const auto dealId = [&](const Deal& d) { return *wr.upsertDeal(d, "test"); };
        const auto grand = dealId(deal("D-grand", Scope::Release, vault, "Worldwide"));
        const auto parent = dealId(deal("D-parent", Scope::Release, vault, "CN HK TW", grand));
        const auto albumDeal = dealId(deal("D-album", Scope::Release, album, "Worldwide -KP"));
        (void)dealId(deal("D-album-2", Scope::Release, album, "CN"));
        (void)dealId(deal("D-comp", Scope::Release, compilation, "HK"));
        // Sublicences: on a recording below a parent on another release (chain of two), on a recording below
        // the album's own deal, and on a release below a recording deal elsewhere.
        (void)dealId(deal("D-sub-remote", Scope::Recording, r[1], "CN", parent));
        (void)dealId(deal("D-sub-local", Scope::Recording, r[20], "CN", albumDeal));
        const auto onRecording = dealId(deal("D-r33", Scope::Recording, r[33], "CN HK"));
        (void)dealId(deal("D-sub-comp", Scope::Release, compilation, "HK", onRecording));
        (void)dealId(deal("D-own", Scope::Recording, r[2], "TW"));
        for (int i = 0; i < 6; ++i)
            (void)dealId(deal("D-ep" + std::to_string(i), Scope::Release,
                              *w.releaseIdByKey("EP" + std::to_string(i)).value(), i % 2 ? "CN" : "Worldwide",
                              i == 3 ? std::optional<std::int64_t>(parent) : std::nullopt));
        REQUIRE(w.upsertTakedown(takedown("T-album", Scope::Release, album), "test").ok());
        REQUIRE(w.upsertTakedown(takedown("T-r1", Scope::Recording, r[1]), "test").ok());
        REQUIRE(w.upsertTakedown(takedown("T-comp", Scope::Release, compilation), "test").ok());
        REQUIRE(w.addPurchase(Purchase{0, Scope::Release, compilation, at(1500000000)}).ok());
        REQUIRE(w.addPurchase(Purchase{0, Scope::Recording, r[2], std::nullopt}).ok());
        REQUIRE(w.addPurchase(Purchase{0, Scope::Recording, r[20], at(1500000000)}).ok());
        REQUIRE(refreshRights(cat->connection()).ok());
        REQUIRE(tx->commit().ok());
    }
    const auto all = ids(*cat, "SELECT id FROM recordings ORDER BY id");
    // Only some recordings, plus ids that do not exist (deleted in the same transaction, say).
    std::vector<std::int64_t> some{r[1], r[2], r[3], r[20], r[33], r[39], r[39] + 100, r[39] + 101};

    SECTION("every chunking and cache size")
    {
        for (const std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{1024}})
            for (const std::int64_t gap : {std::int64_t{1}, std::int64_t{3}, std::int64_t{8}})
                for (const std::size_t cached : {std::size_t{1}, std::size_t{2}, std::size_t{8192}}) {
                    requireBatchMatches(*cat, all, chunk, gap, cached);
                    requireBatchMatches(*cat, some, chunk, gap, cached);
                }
    }
    SECTION("a release read once serves all its tracks")
    {
        std::int64_t delivered = 0;
        RightsBatch batch(
            cat->connection(),
            [&](std::int64_t, std::int64_t, const RecordingRights&) -> base::Status {
                ++delivered;
                return {};
            },
            1, 8, 8192);
        // Four chunks of one recording, on EP2 (R12, R13) and EP3 (R14, R15): per chunk the recordings, the
        // tracks and 3 recording-scoped reads; each release's 3 reads once; EP3's deal has a parent with a
        // parent of its own: 2 lookups, once. Without the caches this would be 4 * 5 + 4 * 3 + 2 * 2.
        for (const int i : {12, 13, 14, 15})
            REQUIRE(batch.add(r[static_cast<std::size_t>(i)]).ok());
        REQUIRE(batch.finish().ok());
        CHECK(delivered == 4);
        CHECK(batch.statementsRun() == 4 * 5 + 2 * 3 + 2);
    }
    SECTION("the next refresh sees a release's changed deals and tracks")
    {
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        CatalogueWriter w(cat->connection());
        const auto album = *w.releaseIdByKey("ALBUM").value();
        Deal changed = deal("D-album", Scope::Release, album, "JP");
        REQUIRE(w.upsertDeal(changed, "test").ok());
        Release comp;
        comp.releaseKey = "COMP";
        comp.trackRecordingIds = {r[5], r[2]};
        REQUIRE(w.upsertRelease(comp).ok());
        REQUIRE(refreshRights(cat->connection()).ok());
        REQUIRE(tx->commit().ok());
        const auto want = expected(*cat, all);
        auto st = storage::Statement::prepare(
            cat->connection(), "SELECT isrc_key, data FROM recording_rights WHERE recording_id = ?1");
        REQUIRE(st.ok());
        for (const auto& [id, row] : want) {
            INFO("recording " << id);
            st->bind(1, id);
            REQUIRE(*st->step());
            CHECK(st->columnInt(0) == row.first);
            const auto view = st->columnBlobView(1);
            CHECK(std::string(reinterpret_cast<const char*>(view.data()), view.size()) == row.second);
            st->reset();
        }
        CHECK(want.at(r[0]).second.find("JP") != std::string::npos);
    }
}

TEST_CASE("a synthetic catalogue's stored rows equal RightsQuery's", "[catalogue][rights]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    SynthOptions options;
    options.recordings = 3000;
    options.seed = 11;
    options.batchRecordings = 1000;
    auto report = synthesiseCatalogue(*cat, options, {});
    REQUIRE(report.ok());
    REQUIRE(report->sublicences > 0);
    const auto all = ids(*cat, "SELECT id FROM recordings ORDER BY id");
    const auto want = expected(*cat, all);
    CHECK(want.size() == 3000);
    auto st = storage::Statement::prepare(cat->connection(),
                                          "SELECT recording_id, isrc_key, data FROM recording_rights");
    REQUIRE(st.ok());
    std::size_t rows = 0;
    REQUIRE(st->forEachRow([&](storage::Statement& row) {
                  ++rows;
                  const auto it = want.find(row.columnInt(0));
                  REQUIRE(it != want.end());
                  CHECK(row.columnInt(1) == it->second.first);
                  const auto view = row.columnBlobView(2);
                  CHECK(std::string(reinterpret_cast<const char*>(view.data()), view.size()) ==
                        it->second.second);
              }).ok());
    CHECK(rows == want.size());
}

// An upsert (INSERT ... ON CONFLICT DO UPDATE, as CatalogueWriter::upsertDeal does) imposes its ABORT on an
// OR clause inside the triggers it fires: migration 2's INSERT OR IGNORE into rights_dirty then failed with
// "UNIQUE constraint failed: rights_dirty.kind, rights_dirty.id" when a recording-scoped deal was updated
// after its recording was marked in the same transaction (a release imported twice). Migration 3 re-creates
// the triggers with an upsert clause, which is not overridden.
TEST_CASE("updating a deal on an already marked recording in one transaction", "[catalogue][rights]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    const auto importOnce = [&] {
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        CatalogueWriter w(cat->connection());
        const auto r1 = *w.upsertRecording(recording("R1", std::string("CNA001500001")), false);
        Release a;
        a.releaseKey = "A";
        a.trackRecordingIds = {r1};
        REQUIRE(w.upsertRelease(a).ok()); // marks R1 (its track row is replaced)
        auto updated = w.upsertDeal(deal("D-r1", Scope::Recording, r1, "CN"), "test");
        INFO((updated.ok() ? std::string() : updated.error().message));
        REQUIRE(updated.ok());
        REQUIRE(refreshRights(cat->connection()).ok());
        REQUIRE(tx->commit().ok());
    };
    importOnce();
    importOnce(); // the same file again: the deal exists, the upsert updates it
    // The change log's triggers (migration 3) under upserts too: the ISRC moved away and back in one
    // transaction logs each key once, whatever was logged before.
    for (int round = 0; round < 2; ++round) {
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        CatalogueWriter w(cat->connection());
        REQUIRE(w.upsertRecording(recording("R1", std::string("CNA001500009")), false).ok());
        REQUIRE(refreshRights(cat->connection()).ok());
        REQUIRE(w.upsertRecording(recording("R1", std::string("CNA001500001")), false).ok());
        REQUIRE(refreshRights(cat->connection()).ok());
        REQUIRE(tx->commit().ok());
    }
    auto logged = storage::Statement::prepare(cat->connection(), "SELECT count(*) FROM rights_changes");
    REQUIRE(logged.ok());
    REQUIRE(*logged->step());
    CHECK(logged->columnInt(0) == 2); // CNA001500001 and CNA001500009
    auto rows = storage::Statement::prepare(cat->connection(), "SELECT count(*) FROM recording_rights");
    REQUIRE(rows.ok());
    REQUIRE(*rows->step());
    CHECK(rows->columnInt(0) == 1);
}
