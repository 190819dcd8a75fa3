// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The decision index (migration 3): the file, the change log that completes it, the snapshot that reads
// both, and the licence gate answering from it exactly as from the catalogue.
#include "import_fixtures.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_file_writer.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/rights/rights_query.hpp"
#include "catalogue/rights/rights_snapshot.hpp"
#include "licence/licence_gate.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace accord;
using namespace accord::catalogue;

namespace {

base::Instant at(std::int64_t s)
{
    return base::Instant(std::chrono::seconds(s));
}

std::string isrcOf(int i)
{
    std::string digits = std::to_string(i % 100000);
    return "CNA0015" + std::string(5 - digits.size(), '0') + digits;
}

Recording recording(int i)
{
    Recording r;
    r.catalogueId = "R" + std::to_string(i);
    r.isrc = isrcOf(i);
    r.title = "Title " + std::to_string(i);
    r.artists = {"Artist"};
    return r;
}

using test::deal;

using test::writeAndRefresh;

std::int64_t scalar(Catalogue& cat, const std::string& sql)
{
    auto st = storage::Statement::prepare(cat.connection(), sql);
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    return st->columnInt(0);
}

std::optional<RightsSnapshot> load(Catalogue& cat, const std::filesystem::path& db, std::string& whyNot)
{
    auto s = RightsSnapshot::load(cat.connection(), rightsIndexPath(db), whyNot);
    REQUIRE(s.ok());
    return std::move(*s);
}

std::string text(std::span<const std::uint8_t> data)
{
    return {reinterpret_cast<const char*>(data.data()), data.size()};
}

// The snapshot answers, by ISRC and by recording, exactly what recording_rights holds, and nothing else.
void requireSnapshotMatchesTable(Catalogue& cat, const RightsSnapshot& snap, int maxIsrc)
{
    std::map<std::uint64_t, std::pair<std::int64_t, std::string>> table;
    auto st = storage::Statement::prepare(cat.connection(),
                                          "SELECT isrc_key, recording_id, data FROM recording_rights");
    REQUIRE(st.ok());
    REQUIRE(st->forEachRow([&](storage::Statement& row) {
                  table[static_cast<std::uint64_t>(row.columnInt(0))] = {row.columnInt(1),
                                                                         text(row.columnBlobView(2))};
              }).ok());
    for (int i = 0; i <= maxIsrc; ++i) {
        const std::uint64_t key = *isrcKey(isrcOf(i));
        INFO("ISRC " << isrcOf(i));
        const auto row = snap.byIsrcKey(key);
        const auto it = table.find(key);
        REQUIRE(row.has_value() == (it != table.end()));
        if (!row)
            continue;
        CHECK(row->recordingId == it->second.first);
        CHECK(text(row->data) == it->second.second);
        const auto byId = snap.byRecording(row->recordingId);
        REQUIRE(byId);
        CHECK(text(byId->data) == it->second.second);
    }
}

} // namespace

TEST_CASE("an import builds the decision index and the snapshot reads every row from it",
          "[catalogue][rights]")
{
    test::TempDir dir;
    const auto db = dir / "catalogue.db";
    auto cat = Catalogue::open(db);
    REQUIRE(cat.ok());
    const auto file = rightsIndexPath(db);
    CHECK(file == dir / "catalogue.rights-index");
    std::vector<std::int64_t> ids;
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        for (int i = 0; i < 300; ++i)
            ids.push_back(*w.upsertRecording(recording(i), true));
        Release album;
        album.releaseKey = "A";
        album.trackRecordingIds = {ids[0], ids[1], ids[2]};
        const auto a = *w.upsertRelease(album);
        REQUIRE(w.upsertDeal(deal("D-album", Scope::Release, a, "Worldwide -KP"), "t").ok());
        for (int i = 3; i < 300; i += 2)
            REQUIRE(w.upsertDeal(deal("D" + std::to_string(i), Scope::Recording, ids[static_cast<size_t>(i)],
                                      "CN HK"),
                                 "t")
                        .ok());
    });
    std::string whyNot;
    CHECK_FALSE(load(*cat, db, whyNot));
    CHECK_THAT(whyNot, Catch::Contains("no decision index"));

    auto built = buildRightsIndex(cat->connection(), file, IndexPolicy::WhenWorthIt);
    REQUIRE(built.ok());
    CHECK(built->built);
    CHECK(built->reason == "no usable index");
    CHECK(built->rows == 300);
    CHECK(built->bytes == std::filesystem::file_size(file));
    auto again = buildRightsIndex(cat->connection(), file, IndexPolicy::WhenWorthIt);
    REQUIRE(again.ok());
    CHECK_FALSE(again->built);
    CHECK(again->changesBefore == 0);

    auto snap = load(*cat, db, whyNot);
    REQUIRE(snap);
    CHECK(snap->indexedRows() == 300);
    CHECK(snap->changedRows() == 0);
    requireSnapshotMatchesTable(*cat, *snap, 320);
    CHECK_FALSE(snap->byRecording(999999));
    auto rights = decodeRights(snap->byIsrcKey(*isrcKey(isrcOf(1)))->data, ids[1]);
    REQUIRE(rights.ok());
    REQUIRE(rights->deals.size() == 1);
    CHECK(rights->deals[0].dealKey == "D-album");
}

TEST_CASE("rows changed after the build come from the change log, a snapshot keeps its moment",
          "[catalogue][rights]")
{
    test::TempDir dir;
    const auto db = dir / "catalogue.db";
    auto cat = Catalogue::open(db);
    REQUIRE(cat.ok());
    std::vector<std::int64_t> ids;
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        for (int i = 0; i < 50; ++i) {
            ids.push_back(*w.upsertRecording(recording(i), true));
            REQUIRE(
                w.upsertDeal(deal("D" + std::to_string(i), Scope::Recording, ids.back(), "CN"), "t").ok());
        }
    });
    REQUIRE(buildRightsIndex(cat->connection(), rightsIndexPath(db), IndexPolicy::Always).ok());
    std::string whyNot;
    auto before = load(*cat, db, whyNot);
    REQUIRE(before);
    const auto generation = before->baseGeneration();

    // A new territory, a deleted recording, an ISRC moved to a new code, a new recording.
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        REQUIRE(w.upsertDeal(deal("D5", Scope::Recording, ids[5], "CN HK TW"), "t").ok());
        Recording moved = recording(7);
        moved.isrc = isrcOf(77);
        REQUIRE(w.upsertRecording(moved, true).ok());
        ids.push_back(*w.upsertRecording(recording(60), true));
    });
    writeAndRefresh(*cat, [&](CatalogueWriter&) {
        REQUIRE(cat->connection().exec("DELETE FROM recordings WHERE id = " + std::to_string(ids[9])).ok());
    });

    auto after = load(*cat, db, whyNot);
    INFO(whyNot);
    REQUIRE(after);
    CHECK(after->baseGeneration() == generation); // no rebuild: the log completes the file
    CHECK(after->changedRows() == 5);             // 5, 7 (old key), 77, 60, 9
    requireSnapshotMatchesTable(*cat, *after, 80);
    CHECK_FALSE(after->byIsrcKey(*isrcKey(isrcOf(9))));
    CHECK_FALSE(after->byRecording(ids[9]));
    CHECK_FALSE(after->byIsrcKey(*isrcKey(isrcOf(7))));
    REQUIRE(after->byRecording(ids[7]));
    CHECK(after->byRecording(ids[7])->recordingId == ids[7]);
    CHECK(after->byIsrcKey(*isrcKey(isrcOf(77)))->recordingId == ids[7]);

    // The older snapshot still answers as of its own moment.
    CHECK(before->byIsrcKey(*isrcKey(isrcOf(9))));
    CHECK(decodeRights(before->byIsrcKey(*isrcKey(isrcOf(5)))->data, ids[5])
              ->deals.at(0)
              .territories.toString() == "CN");
    CHECK(decodeRights(after->byIsrcKey(*isrcKey(isrcOf(5)))->data, ids[5])
              ->deals.at(0)
              .territories.toString() == "CN HK TW");

    // A rebuild folds the log into a new file and prunes it; the file it replaced can no longer be completed.
    const auto old = dir / "old.rights-index";
    std::filesystem::copy_file(rightsIndexPath(db), old);
    auto rebuilt = buildRightsIndex(cat->connection(), rightsIndexPath(db), IndexPolicy::Always);
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->changesBefore == 5);
    CHECK(scalar(*cat, "SELECT count(*) FROM rights_changes") == 0);
    auto fresh = load(*cat, db, whyNot);
    REQUIRE(fresh);
    CHECK(fresh->changedRows() == 0);
    requireSnapshotMatchesTable(*cat, *fresh, 80);
    std::filesystem::rename(old, rightsIndexPath(db));
    CHECK_FALSE(load(*cat, db, whyNot));
    CHECK_THAT(whyNot, Catch::Contains("change log starts at"));
}

TEST_CASE("an unusable decision index is refused with the reason, never read", "[catalogue][rights]")
{
    test::TempDir dir;
    const auto db = dir / "catalogue.db";
    auto cat = Catalogue::open(db);
    REQUIRE(cat.ok());
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        for (int i = 0; i < 20; ++i)
            REQUIRE(w.upsertRecording(recording(i), true).ok());
    });
    const auto file = rightsIndexPath(db);
    REQUIRE(buildRightsIndex(cat->connection(), file, IndexPolicy::Always).ok());
    std::string whyNot;
    REQUIRE(load(*cat, db, whyNot));
    const auto good = dir / "good";
    std::filesystem::copy_file(file, good);
    const auto restore = [&] {
        std::filesystem::remove(file);
        std::filesystem::copy_file(good, file);
    };

    SECTION("truncated")
    {
        std::filesystem::resize_file(file, std::filesystem::file_size(file) - 8);
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("damaged"));
        std::filesystem::resize_file(file, 100);
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("too short"));
    }
    SECTION("not an index, or another catalogue's")
    {
        {
            std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(0);
            f.write("NOTINDEX", 8);
        }
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("not a decision index"));
        restore();
        REQUIRE(cat->connection().exec("UPDATE rights_state SET catalogue_uuid = 'other'").ok());
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("another catalogue"));
    }
    SECTION("a bulk refresh leaves no earlier index usable")
    {
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        REQUIRE(beginBulkRightsRefresh(cat->connection()).ok());
        REQUIRE(cat->connection().exec("DELETE FROM recording_rights WHERE recording_id = 3").ok());
        REQUIRE(endBulkRightsRefresh(cat->connection()).ok());
        REQUIRE(tx->commit().ok());
        CHECK(scalar(*cat, "SELECT count(*) FROM rights_changes") == 0); // not logged
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("change log starts at"));
        auto rebuilt = buildRightsIndex(cat->connection(), file, IndexPolicy::WhenWorthIt);
        REQUIRE(rebuilt.ok());
        CHECK(rebuilt->built);
        CHECK(rebuilt->rows == 19);
        CHECK(load(*cat, db, whyNot));
    }
    SECTION("writes pending a refresh (a sqlite3 shell)")
    {
        REQUIRE(cat->connection().exec("UPDATE deals SET territories = 'HK'").ok());
        REQUIRE(cat->connection()
                    .exec("INSERT INTO recordings(catalogue_id, isrc, title, title_key) "
                          "VALUES ('X', 'CNA001599999', 'x', 'x')")
                    .ok());
        CHECK_FALSE(load(*cat, db, whyNot));
        CHECK_THAT(whyNot, Catch::Contains("pending a refresh"));
        auto build = buildRightsIndex(cat->connection(), file, IndexPolicy::Always);
        REQUIRE_FALSE(build.ok());
        CHECK_THAT(build.error().describe(), Catch::Contains("pending a refresh"));
        CHECK(std::filesystem::exists(file)); // the previous index stays in place
        CHECK_FALSE(std::filesystem::exists(file.string() + ".tmp"));
    }
}

TEST_CASE("the licence gate decides the same from the index as from the catalogue, as of its snapshot",
          "[catalogue][rights][licence]")
{
    test::TempDir dir;
    const auto db = dir / "catalogue.db";
    std::vector<std::int64_t> ids;
    {
        auto cat = Catalogue::open(db);
        REQUIRE(cat.ok());
        writeAndRefresh(*cat, [&](CatalogueWriter& w) {
            for (int i = 0; i < 40; ++i)
                ids.push_back(*w.upsertRecording(recording(i), true));
            Release album;
            album.releaseKey = "A";
            album.trackRecordingIds = {ids[0], ids[1], ids[2], ids[3]};
            const auto a = *w.upsertRelease(album);
            const auto parent = *w.upsertDeal(deal("P", Scope::Release, a, "CN HK"), "t");
            Deal sub = deal("S", Scope::Recording, ids[1], "Worldwide");
            sub.parentId = parent;
            REQUIRE(w.upsertDeal(sub, "t").ok());
            for (int i = 4; i < 40; i += 3) {
                Deal d = deal("D" + std::to_string(i), Scope::Recording, ids[static_cast<size_t>(i)],
                              i % 2 ? "Worldwide -CN" : "CN");
                d.validUntil = at(1262304000 + 86400LL * 365 * (i % 5));
                REQUIRE(w.upsertDeal(d, "t").ok());
            }
            Takedown t;
            t.takedownKey = "T";
            t.scope = Scope::Recording;
            t.subjectId = ids[2];
            t.territories = *TerritorySet::parse("CN");
            t.effective = at(1446336000);
            REQUIRE(w.upsertTakedown(t, "t").ok());
        });
        REQUIRE(buildRightsIndex(cat->connection(), rightsIndexPath(db), IndexPolicy::Always).ok());
    }
    std::vector<std::string> isrcs;
    for (int i = 0; i < 45; ++i)
        isrcs.push_back(isrcOf(i));
    const std::vector<licence::Context> contexts{{at(1300000000), "CN", Tier::Vip, DeviceClass::Desktop},
                                                 {at(1500000000), "CN", Tier::Svip, DeviceClass::Desktop},
                                                 {at(1400000000), "HK", Tier::Free, DeviceClass::Car},
                                                 {at(1600000000), "US", Tier::Vip, DeviceClass::Desktop}};
    // A decision in full: verdict, cap, every reason, valid_until and the deals considered.
    const auto describe = [](const licence::Decision& d) {
        std::string out =
            std::string(licence::toString(d.verdict)) + " cap " + std::to_string(static_cast<int>(d.cap));
        for (const auto& r : d.reasons)
            out += " " + r.code + ":" + r.text;
        out += " until " + (d.validUntil ? std::to_string(d.validUntil->time_since_epoch().count()) : "-");
        for (const auto& deal : d.deals)
            out += " " + deal.key + "=" + deal.outcome;
        return out;
    };
    const auto answers = [&](licence::LicenceGate& gate) {
        std::vector<std::string> out;
        for (const auto& ctx : contexts) {
            for (const auto& isrc : isrcs) {
                auto d = gate.decideIsrc(isrc, ctx);
                REQUIRE(d.ok());
                out.push_back(*d ? describe(**d) : "unknown");
            }
            auto batch = gate.decideIsrcs(isrcs, ctx);
            REQUIRE(batch.ok());
            for (const auto& d : *batch)
                out.push_back(d ? "batch " + describe(*d) : "batch unknown");
            for (const auto id : ids) {
                auto d = gate.decideRecording(id, ctx);
                REQUIRE(d.ok());
                out.push_back("id " + describe(*d));
            }
        }
        return out;
    };
    auto indexed = licence::LicenceGate::open(db);
    REQUIRE(indexed.ok());
    const auto fromIndex = answers(*indexed);
    std::filesystem::remove(rightsIndexPath(db));
    auto plain = licence::LicenceGate::open(db);
    REQUIRE(plain.ok());
    CHECK(answers(*plain) == fromIndex);
    CHECK(std::count(fromIndex.begin(), fromIndex.end(), "unknown") == 4 * 5);

    // An import through another connection: the indexed gate keeps its snapshot until invalidate().
    {
        auto cat = Catalogue::open(db);
        REQUIRE(cat.ok());
        REQUIRE(buildRightsIndex(cat->connection(), rightsIndexPath(db), IndexPolicy::Always).ok());
        auto gate = licence::LicenceGate::open(db);
        REQUIRE(gate.ok());
        writeAndRefresh(*cat, [&](CatalogueWriter& w) {
            REQUIRE(w.upsertDeal(deal("NEW", Scope::Recording, ids[39], "US"), "t").ok());
        });
        const licence::Context us{at(1600000000), "US", Tier::Vip, DeviceClass::Desktop};
        CHECK((*gate->decideIsrc(isrcOf(39), us))->verdict == licence::Verdict::Blocked);
        REQUIRE(gate->invalidate().ok());
        CHECK((*gate->decideIsrc(isrcOf(39), us))->verdict == licence::Verdict::Playable);
        CHECK(gate->decideRecording(ids[39], us)->verdict == licence::Verdict::Playable);
    }
}
