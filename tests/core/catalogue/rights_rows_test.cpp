// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The stored rights rows (migration 2): the codec, the triggers that mark them stale, the refresh, and the
// guarantee that a reader never answers from a stale row.
#include "import_fixtures.hpp"

#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_migrations.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/isrc_key.hpp"
#include "catalogue/rights/rights_codec.hpp"
#include "catalogue/rights/rights_index.hpp"
#include "catalogue/rights/rights_query.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;

namespace {

base::Instant at(std::int64_t s)
{
    return base::Instant(std::chrono::seconds(s));
}

std::span<const std::uint8_t> bytes(const std::string& s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

Recording recording(const std::string& id, const std::string& isrc)
{
    Recording r;
    r.catalogueId = id;
    r.isrc = isrc;
    r.title = "Title " + id;
    r.artists = {"Artist"};
    return r;
}

using test::deal;

std::int64_t scalar(Catalogue& cat, const std::string& sql)
{
    auto st = storage::Statement::prepare(cat.connection(), sql);
    REQUIRE(st.ok());
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return st->columnInt(0);
}

// Every recording's stored row says exactly what the tables say, and no refresh is pending.
void requireRowsCurrent(Catalogue& cat)
{
    CHECK(scalar(cat, "SELECT count(*) FROM rights_dirty") == 0);
    CHECK(scalar(cat, "SELECT count(*) FROM recording_rights") ==
          scalar(cat, "SELECT count(*) FROM recordings WHERE isrc IS NOT NULL"));
    auto st =
        storage::Statement::prepare(cat.connection(), "SELECT r.id, rr.data FROM recordings r "
                                                      "JOIN recording_rights rr ON rr.recording_id = r.id");
    REQUIRE(st.ok());
    RightsQuery tables(cat.connection());
    std::vector<std::pair<std::int64_t, std::string>> stored;
    REQUIRE(st->forEachRow([&](storage::Statement& row) {
                  const auto view = row.columnBlobView(1);
                  stored.emplace_back(row.columnInt(0),
                                      std::string(reinterpret_cast<const char*>(view.data()), view.size()));
              }).ok());
    for (const auto& [id, data] : stored) {
        auto truth = tables.load(id);
        REQUIRE(truth.ok());
        INFO("recording " << id);
        CHECK(data == encodeRights(*truth));
    }
}

std::vector<std::string> dealKeys(const RecordingRights& r)
{
    std::vector<std::string> keys;
    for (const Deal& d : r.deals)
        keys.push_back(d.dealKey);
    std::sort(keys.begin(), keys.end());
    return keys;
}

using test::writeAndRefresh;

} // namespace

TEST_CASE("rights codec round-trips every field and refuses damaged rows", "[catalogue][rights]")
{
    RecordingRights r;
    r.recordingId = 7;
    Deal d = deal("D-1 ✓ 晴天", Scope::Release, 42, "Worldwide -CN -KP");
    d.validFrom = at(-86400); // before 1970: negative instants survive
    d.validUntil = at(4102444800);
    d.useTypes = static_cast<UseTypes>(bit(UseType::Stream) | bit(UseType::Download));
    d.commercialModels = {"AdvertisementSupportedModel", "SomeFutureModel", "SubscriptionModel"};
    d.licensor = "Label «One»";
    d.licensee = "Licensee";
    d.exclusive = true;
    r.deals.push_back(d);
    Deal sub = deal("D-sub", Scope::Recording, 7, "CN HK");
    sub.parentId = 99;
    sub.validFrom.reset();
    r.deals.push_back(sub);
    Deal parent = deal("D-parent", Scope::Release, 43, "CN HK TW");
    parent.id = 99;
    r.ancestors.push_back(parent);
    Takedown t;
    t.id = 3;
    t.takedownKey = "T-1";
    t.scope = Scope::Recording;
    t.subjectId = 7;
    t.territories = *TerritorySet::parse("CN");
    t.effective = at(1446336000);
    t.transition = std::chrono::hours(24 * 14);
    t.notice = "2015-NCAC-0042";
    r.takedowns.push_back(t);
    r.purchases.push_back(Purchase{5, Scope::Release, 42, at(1500000000)});
    r.purchases.push_back(Purchase{6, Scope::Recording, 7, std::nullopt});

    const std::string row = encodeRights(r);
    auto back = decodeRights(bytes(row), 7);
    REQUIRE(back.ok());
    CHECK(encodeRights(*back) == row);
    REQUIRE(back->deals.size() == 2);
    const Deal& b = back->deals[0];
    CHECK(b.dealKey == d.dealKey);
    CHECK(b.scope == Scope::Release);
    CHECK(b.subjectId == 42);
    CHECK(b.territories.toString() == "Worldwide -CN -KP");
    CHECK(b.validFrom == d.validFrom);
    CHECK(b.validUntil == d.validUntil);
    CHECK(b.useTypes == d.useTypes);
    CHECK(b.commercialModels == d.commercialModels);
    CHECK(b.licensor == d.licensor);
    CHECK(b.exclusive);
    CHECK_FALSE(b.parentId);
    CHECK(back->deals[1].parentId == std::optional<std::int64_t>(99));
    CHECK_FALSE(back->deals[1].validFrom);
    REQUIRE(back->ancestors.size() == 1);
    CHECK(back->ancestors[0].territories.covers("TW"));
    REQUIRE(back->takedowns.size() == 1);
    CHECK(back->takedowns[0].transition == std::chrono::hours(24 * 14));
    CHECK(back->takedowns[0].notice == "2015-NCAC-0042");
    REQUIRE(back->purchases.size() == 2);
    CHECK(back->purchases[0].purchasedAt == at(1500000000));
    CHECK_FALSE(back->purchases[1].purchasedAt);

    // Every truncation, a trailing byte and an unknown version are errors naming the recording.
    for (std::size_t n = 0; n < row.size(); ++n) {
        auto cut = decodeRights(bytes(row.substr(0, n)), 7);
        INFO("prefix of " << n << " bytes");
        REQUIRE_FALSE(cut.ok());
        CHECK(cut.error().message.find("recording 7") != std::string::npos);
    }
    CHECK_FALSE(decodeRights(bytes(row + '\0'), 7).ok());
    std::string future = row;
    future[0] = 9;
    CHECK_FALSE(decodeRights(bytes(future), 7).ok());
    // A huge count cannot make the decoder reserve memory it has no bytes for.
    CHECK_FALSE(decodeRights(bytes(std::string("\x01\xff\xff\xff\xff\x0f", 6)), 7).ok());
}

TEST_CASE("writes keep every stored rights row current, including sublicences below a changed parent",
          "[catalogue][rights]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    std::int64_t r1 = 0, r2 = 0, r3 = 0, album = 0, other = 0, parent = 0;
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        r1 = *w.upsertRecording(recording("R1", "CNA001500001"), true);
        r2 = *w.upsertRecording(recording("R2", "CNA001500002"), true);
        r3 = *w.upsertRecording(recording("R3", "CNA001500003"), true);
        Release a;
        a.releaseKey = "A";
        a.trackRecordingIds = {r1, r2};
        album = *w.upsertRelease(a);
        Release b;
        b.releaseKey = "B";
        b.trackRecordingIds = {r3};
        other = *w.upsertRelease(b);
        // The parent is on release B; its sublicence is on R1 (release A): R1's row carries it as an
        // ancestor.
        parent = *w.upsertDeal(deal("D-parent", Scope::Release, other, "CN HK"), "test");
        Deal sub = deal("D-sub", Scope::Recording, r1, "CN");
        sub.parentId = parent;
        REQUIRE(w.upsertDeal(sub, "test").ok());
        REQUIRE(w.upsertDeal(deal("D-album", Scope::Release, album, "Worldwide"), "test").ok());
    });
    requireRowsCurrent(*cat);
    auto before = cat->rights(r1);
    REQUIRE(before.ok());
    CHECK(dealKeys(*before) == std::vector<std::string>{"D-album", "D-sub"});
    REQUIRE(before->ancestors.size() == 1);
    CHECK_FALSE(before->ancestors[0].validUntil);

    SECTION("a parent's new window reaches its sublicence's recording on another release")
    {
        writeAndRefresh(*cat, [&](CatalogueWriter& w) {
            Deal p = deal("D-parent", Scope::Release, other, "CN HK");
            p.validUntil = at(1446336000);
            REQUIRE(w.upsertDeal(p, "test").ok());
        });
        requireRowsCurrent(*cat);
        auto after = cat->rights(r1);
        REQUIRE(after.ok());
        REQUIRE(after->ancestors.size() == 1);
        CHECK(after->ancestors[0].validUntil == at(1446336000));
    }
    SECTION("replacing a release's deals drops the sublicences that died with them")
    {
        writeAndRefresh(*cat, [&](CatalogueWriter& w) { REQUIRE(w.removeReleaseDeals(other).ok()); });
        requireRowsCurrent(*cat);
        CHECK(dealKeys(*cat->rights(r1)) == std::vector<std::string>{"D-album"});
        CHECK(cat->rights(r1)->ancestors.empty());
        CHECK(cat->rights(r3)->deals.empty());
    }
    SECTION("a track list change, a takedown on a release and a purchase")
    {
        writeAndRefresh(*cat, [&](CatalogueWriter& w) {
            Release a;
            a.releaseKey = "A";
            a.trackRecordingIds = {r1}; // R2 leaves the album
            REQUIRE(w.upsertRelease(a).ok());
            Takedown t;
            t.takedownKey = "T";
            t.scope = Scope::Release;
            t.subjectId = album;
            t.territories = *TerritorySet::parse("CN");
            t.effective = at(1446336000);
            REQUIRE(w.upsertTakedown(t, "test").ok());
            REQUIRE(w.addPurchase(Purchase{0, Scope::Release, other, std::nullopt}).ok());
        });
        requireRowsCurrent(*cat);
        CHECK(cat->rights(r2)->deals.empty());
        CHECK(cat->rights(r1)->takedowns.size() == 1);
        CHECK(cat->rights(r3)->purchases.size() == 1);
    }
    SECTION("deleting a recording deletes its row")
    {
        REQUIRE(cat->connection().exec("DELETE FROM recordings WHERE id = " + std::to_string(r3)).ok());
        CHECK(scalar(*cat, "SELECT count(*) FROM recording_rights WHERE recording_id = " +
                               std::to_string(r3)) == 0);
        CHECK_FALSE(cat->rightsByIsrc("CNA001500003")->has_value());
    }
    SECTION("a new ISRC moves the row; a recording without one is decided from the tables")
    {
        writeAndRefresh(*cat, [&](CatalogueWriter& w) {
            Recording moved = recording("R2", "CNA001500002");
            REQUIRE(w.upsertRecording(moved, false).ok());
            REQUIRE(cat->connection()
                        .exec("UPDATE recordings SET isrc = 'CNA001599999' WHERE id = " + std::to_string(r2))
                        .ok());
            Recording bare = recording("R4", "");
            bare.isrc.reset();
            const auto r4 = *w.upsertRecording(bare, true);
            REQUIRE(w.upsertDeal(deal("D-bare", Scope::Recording, r4, "CN"), "test").ok());
        });
        requireRowsCurrent(*cat);
        CHECK_FALSE(cat->rightsByIsrc("CNA001500002")->has_value());
        CHECK(dealKeys(**cat->rightsByIsrc("CNA001599999")) == std::vector<std::string>{"D-album"});
        auto bare = cat->findByCatalogueId("R4");
        REQUIRE(bare->has_value());
        CHECK(dealKeys(*cat->rights((*bare)->id)) == std::vector<std::string>{"D-bare"});
    }
    auto byIsrc = cat->rightsByIsrc("cn-a00-15-00001");
    REQUIRE(byIsrc.ok());
    REQUIRE(byIsrc->has_value());
    CHECK((*byIsrc)->recordingId == r1);
    CHECK(encodeRights(**byIsrc) == encodeRights(*cat->rights(r1)));
    CHECK_FALSE(cat->rightsByIsrc("CNA009999999")->has_value());
}

TEST_CASE("a write that skipped the refresh is never answered from a stale row", "[catalogue][rights]")
{
    test::TempDir dir;
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    std::int64_t r1 = 0;
    writeAndRefresh(*cat, [&](CatalogueWriter& w) {
        r1 = *w.upsertRecording(recording("R1", "CNA001500001"), true);
        REQUIRE(w.upsertDeal(deal("D", Scope::Recording, r1, "CN"), "test").ok());
    });
    requireRowsCurrent(*cat);
    // A sqlite3-shell style edit: the triggers mark it, nothing refreshes it.
    REQUIRE(cat->connection().exec("UPDATE deals SET territories = 'HK' WHERE deal_key = 'D'").ok());
    CHECK(*rightsNeedRefresh(cat->connection()));
    CHECK(cat->rights(r1)->deals.at(0).territories.toString() == "HK");
    CHECK((*cat->rightsByIsrc("CNA001500001"))->deals.at(0).territories.toString() == "HK");
    // Another process opening the catalogue read-write repairs the rows.
    {
        auto second = Catalogue::open(dir / "catalogue.db");
        REQUIRE(second.ok());
    }
    CHECK_FALSE(*rightsNeedRefresh(cat->connection()));
    requireRowsCurrent(*cat);

    // A damaged row (no trigger watches recording_rights) falls back to the tables.
    REQUIRE(cat->connection().exec("UPDATE recording_rights SET data = x'01ff'").ok());
    auto fallback = cat->rights(r1);
    REQUIRE(fallback.ok());
    CHECK(fallback->deals.at(0).territories.toString() == "HK");
}

TEST_CASE("upgrading a version 1 catalogue builds every rights row on open", "[catalogue][rights]")
{
    test::TempDir dir;
    {
        auto conn = storage::Connection::open(dir / "catalogue.db", storage::Connection::Mode::ReadWrite);
        REQUIRE(conn.ok());
        REQUIRE(storage::migrate(*conn, catalogueMigrations().first(1), "catalogue").ok());
        CatalogueWriter w(*conn);
        const auto r1 = *w.upsertRecording(recording("R1", "CNA001500001"), true);
        const auto r2 = *w.upsertRecording(recording("R2", "CNA001500002"), true);
        Release a;
        a.releaseKey = "A";
        a.trackRecordingIds = {r1, r2};
        const auto album = *w.upsertRelease(a);
        REQUIRE(w.upsertDeal(deal("D-album", Scope::Release, album, "Worldwide"), "test").ok());
    }
    auto cat = Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    CHECK(scalar(*cat, "PRAGMA user_version") == catalogueMigrations().back().version);
    requireRowsCurrent(*cat);
    CHECK(dealKeys(**cat->rightsByIsrc("CNA001500002")) == std::vector<std::string>{"D-album"});
}

TEST_CASE("the ISRC key is a bijection on valid ISRCs and orders like the ISRC", "[catalogue][rights]")
{
    auto cat = Catalogue::open(":memory:");
    REQUIRE(cat.ok());
    auto st = storage::Statement::prepare(cat->connection(), "SELECT " + isrcKeySql("?1"));
    REQUIRE(st.ok());
    const auto key = [&](const std::string& isrc) {
        st->bind(1, isrc);
        REQUIRE(*st->step());
        const std::int64_t k = st->columnInt(0);
        st->reset();
        return k;
    };
    CHECK(key("AA0000000000") == 0);
    CHECK(key("AA0000000001") == 1);
    CHECK(key("AA0010000000") == 10000000);
    CHECK(key("AA00A0000000") == 10 * 10000000LL);
    CHECK(key("AB0000000000") == 46656 * 10000000LL);
    CHECK(key("ZZZZZ9999999") == 26LL * 26 * 46656 * 10000000 - 1); // the largest: every value below is used
    // Ordered and distinct across every position's extremes (the digits sort before the letters).
    const std::vector<std::string> sorted{"AA0000000000", "AA0009999999", "AA0010000000", "AA00Z9999999",
                                          "AA0Z00000000", "AAZZZ9999999", "AB0000000000", "CNA001500001",
                                          "CNA001500002", "GBAAA1500001", "ZZ0000000000", "ZZZZZ9999999"};
    for (std::size_t i = 1; i < sorted.size(); ++i)
        CHECK(key(sorted[i - 1]) < key(sorted[i]));
    // The C++ key (the decision index's) equals the SQL key (the table's) and refuses what is not an ISRC.
    for (const std::string& isrc : sorted)
        CHECK(isrcKey(isrc) == std::optional<std::uint64_t>(static_cast<std::uint64_t>(key(isrc))));
    for (const char* bad : {"", "AA000000000", "AA00000000000", "aa0000000000", "1A0000000000",
                            "AA-000000000", "AA000A000000", "AA0000000 00"})
        CHECK_FALSE(isrcKey(bad));
}
