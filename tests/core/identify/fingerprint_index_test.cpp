// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The catalogue's fingerprint index (migration 7): kept in step with recordings.fingerprint by triggers,
// built for fingerprints an older catalogue already holds, and proposing the right recording.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/db/fingerprint_bulk_load.hpp"
#include "catalogue/model/fingerprint_terms.hpp"
#include "catalogue/synth/synth_prints.hpp"
#include "identify/fingerprinter.hpp"
#include "identify/identifier.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/fingerprint_corpus.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;

namespace {

std::int64_t count(catalogue::Catalogue& cat, const char* sql)
{
    auto st = storage::Statement::prepare(cat.connection(), sql);
    REQUIRE(st.ok());
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return st->columnInt(0);
}

} // namespace

TEST_CASE("the fingerprint index follows every write and is built on upgrade", "[identify][index]")
{
    test::TempDir dir;
    // b from another pool: two prints of one small pool may share a snippet (SynthPrints).
    const catalogue::SynthPrints prints(3, 4), other(4, 4);
    const auto a = prints.deriveRaw(1), b = other.deriveRaw(2);
    const auto termsA = static_cast<std::int64_t>(catalogue::indexKeys(a).size());
    const auto termsB = static_cast<std::int64_t>(catalogue::indexKeys(b).size());
    REQUIRE(termsA > 40);
    {
        auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
        REQUIRE(cat.ok());
        catalogue::CatalogueWriter w(cat->connection());
        catalogue::Recording r;
        r.catalogueId = "rec-a";
        r.title = "A";
        r.fingerprint = prints.derive(1);
        REQUIRE(w.upsertRecording(r, true).ok());
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_keys") == termsA);
        // The index proposes rec-a for its own print, at alignment 0, and for a copy cut by 100 items.
        auto c = cat->fingerprintCandidates(a, 8);
        REQUIRE(c.ok());
        REQUIRE_FALSE(c->empty());
        CHECK(c->front().offset == 0);
        const std::vector<std::uint32_t> cut(a.begin() + 100, a.end());
        c = cat->fingerprintCandidates(cut, 8);
        REQUIRE(c.ok());
        REQUIRE_FALSE(c->empty());
        CHECK(c->front().offset == 100);
        // Another recording's print proposes nothing.
        c = cat->fingerprintCandidates(b, 8);
        REQUIRE(c.ok());
        CHECK(c->empty());
        // A new fingerprint replaces the old terms; deleting the recording removes them.
        r.fingerprint = other.derive(2);
        REQUIRE(w.upsertRecording(r, true).ok());
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_keys") == termsB);
        REQUIRE(cat->connection().exec("DELETE FROM recordings").ok());
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_keys") == 0);
        // A version-6 catalogue with a fingerprint: its index is version 6's single terms (stale rows,
        // one per item here), and a bulk load died before restoring the triggers.
        r.fingerprint = prints.derive(1);
        REQUIRE(w.upsertRecording(r, true).ok());
        REQUIRE(cat->connection()
                    .exec("DROP TRIGGER fingerprint_keys_insert; DROP TRIGGER fingerprint_keys_update; "
                          "DROP TRIGGER fingerprint_keys_delete; DROP TABLE fingerprint_keys; "
                          "CREATE TABLE fingerprint_terms (term INTEGER NOT NULL, recording_id INTEGER NOT "
                          "NULL, position INTEGER NOT NULL, PRIMARY KEY (term, recording_id, position)) "
                          "WITHOUT ROWID; "
                          "INSERT INTO fingerprint_terms SELECT value, 1, key FROM json_each('[1,2,3]'); "
                          "PRAGMA user_version = 6")
                    .ok());
    }
    auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    CHECK(count(*cat, "PRAGMA user_version") == 7);
    CHECK(count(*cat, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'fingerprint_terms%'") == 0);
    CHECK(count(*cat, "SELECT count(*) FROM fingerprint_keys") == termsA);
    CHECK(count(*cat, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                      "'fingerprint_keys_%'") == 3);
    auto c = cat->fingerprintCandidates(a, 8);
    REQUIRE(c.ok());
    CHECK(c->size() == 1);
}

TEST_CASE("a bulk load leaves the index the triggers would have, and the triggers", "[identify][index]")
{
    test::TempDir dir;
    const catalogue::SynthPrints prints(5, 8);
    auto write = [&](catalogue::Catalogue& cat, int from, int to) {
        catalogue::CatalogueWriter w(cat.connection());
        for (int i = from; i < to; ++i) {
            catalogue::Recording r;
            r.catalogueId = "rec-" + std::to_string(i);
            r.title = "R" + std::to_string(i);
            r.fingerprint = prints.derive(i);
            REQUIRE(w.upsertRecording(r, true).ok());
        }
    };
    auto rows = [](catalogue::Catalogue& cat) {
        std::vector<std::string> out;
        auto st = storage::Statement::prepare(
            cat.connection(), "SELECT t.key, r.catalogue_id, t.position FROM fingerprint_keys t JOIN "
                              "recordings r ON r.id = t.recording_id ORDER BY 1, 2, 3");
        REQUIRE(st.ok());
        REQUIRE(st->forEachRow([&](storage::Statement& s) {
                      out.push_back(std::to_string(s.columnInt(0)) + " " + s.columnText(1) + " " +
                                    std::to_string(s.columnInt(2)));
                  }).ok());
        return out;
    };
    auto byTriggers = catalogue::Catalogue::open(dir / "a.db");
    REQUIRE(byTriggers.ok());
    // A stored value that is not a fingerprint indexes nothing, by the triggers and by the bulk build.
    auto writeBad = [](catalogue::Catalogue& cat) {
        catalogue::CatalogueWriter w(cat.connection());
        catalogue::Recording r;
        r.catalogueId = "rec-bad";
        r.title = "Bad";
        r.fingerprint = "not a fingerprint";
        REQUIRE(w.upsertRecording(r, true).ok());
    };
    write(*byTriggers, 0, 20);
    writeBad(*byTriggers);
    auto bulk = catalogue::Catalogue::open(dir / "b.db");
    REQUIRE(bulk.ok());
    write(*bulk, 0, 5); // indexed by the triggers before the bulk load
    auto load = catalogue::FingerprintBulkLoad::begin(bulk->connection());
    REQUIRE(load.ok());
    write(*bulk, 5, 20);
    writeBad(*bulk);
    CHECK(count(*bulk, "SELECT count(*) FROM fingerprint_keys") ==
          static_cast<std::int64_t>(rows(*byTriggers).size()) / 4);
    // At most 100 rows in memory at once: the build takes a dozen passes over the key space.
    auto built = load->finish(100);
    REQUIRE(built.ok());
    const auto expected = rows(*byTriggers);
    CHECK(*built == static_cast<std::int64_t>(expected.size()));
    CHECK(rows(*bulk) == expected);
    CHECK(count(*bulk, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                       "'fingerprint_keys_%'") == 3);
    CHECK(count(*bulk, "PRAGMA temp_store") == count(*byTriggers, "PRAGMA temp_store"));
    // The triggers work again: a later write is indexed at once, on both.
    write(*byTriggers, 20, 21);
    write(*bulk, 20, 21);
    CHECK(rows(*bulk) == rows(*byTriggers));
}

TEST_CASE("a key is a pair of masked items: robust bits decide it, the masked-off bits do not",
          "[identify][index]")
{
    const std::vector<std::uint32_t> raw = {0x12345678u, 1u, 2u, 3u, 0x9ABCDEF0u, 5u, 6u, 7u, 8u};
    const std::int64_t key = catalogue::pairKey(raw.data());
    CHECK(key >= 0);
    CHECK(key < (std::int64_t{1} << 44));
    auto flipped = raw;
    flipped[0] ^= ~catalogue::kTermMask & 0x00000030u; // two masked-off bits of the first item
    flipped[4] ^= ~catalogue::kTermMask & 0x01000000u; // one of the second's
    CHECK(catalogue::pairKey(flipped.data()) == key);
    flipped[4] ^= 0x1u; // a kept bit
    CHECK(catalogue::pairKey(flipped.data()) != key);
    // Items in between are not part of the key.
    flipped = raw;
    flipped[2] = 0xFFFFFFFFu;
    CHECK(catalogue::pairKey(flipped.data()) == key);
    // The 22 kept bits pack without loss.
    CHECK(catalogue::termOf(catalogue::kTermMask) == (1u << 22) - 1);
    CHECK(catalogue::termOf(~catalogue::kTermMask) == 0);
    // 120 s (~950 items): every 16th pair; 20 s (~160): every 3rd, 48 or more keys; too short: none.
    CHECK(catalogue::indexKeys(std::vector<std::uint32_t>(950)).size() == 60);
    CHECK(catalogue::indexKeys(std::vector<std::uint32_t>(160)).size() >= 48);
    CHECK(catalogue::indexKeys(std::vector<std::uint32_t>(4)).empty());
}

TEST_CASE("among thousands of prints, a re-encoded cut copy finds its recording and an unknown piece "
          "finds none",
          "[identify][index][slow]")
{
    test::TempDir dir;
    auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    const catalogue::SynthPrints prints(11, 16);
    {
        auto load = catalogue::FingerprintBulkLoad::begin(cat->connection());
        REQUIRE(load.ok());
        auto tx = storage::Transaction::begin(cat->connection());
        REQUIRE(tx.ok());
        catalogue::CatalogueWriter w(cat->connection());
        for (int i = 0; i < 3000; ++i) {
            catalogue::Recording r;
            r.catalogueId = "synth-" + std::to_string(i);
            r.title = "S" + std::to_string(i);
            r.fingerprint = prints.derive(i);
            r.fingerprintDurationS = 120;
            REQUIRE(w.upsertRecording(r, true).ok());
        }
        REQUIRE(tx->commit().ok());
        REQUIRE(load->finish().ok());
    }
    // The real piece, catalogued by its master's print (written with the triggers back in place).
    test::writeCorpusOriginal(dir / "master.wav", 424242, 40.0);
    auto master = identify::fingerprintFile(dir / "master.wav");
    REQUIRE(master.ok());
    catalogue::CatalogueWriter w(cat->connection());
    catalogue::Recording piece;
    piece.catalogueId = "PIECE";
    piece.title = "Piece";
    piece.fingerprint = master->encoded;
    piece.fingerprintDurationS = 40;
    REQUIRE(w.upsertRecording(piece, true).ok());

    identify::Identifier identifier(*cat);
    test::writeCorpusCopy(dir / "copy.mp3", 424242, 40.0, {"mp3", 3.0, -6.0});
    identify::Evidence copy;
    copy.path = dir / "copy.mp3";
    auto id = identifier.identify(copy);
    REQUIRE(id.ok());
    REQUIRE(id->recording);
    CHECK(id->recording->catalogueId == "PIECE");
    CHECK(id->method == identify::Method::Fingerprint);
    CHECK(id->confidence >= identify::kFingerprintMatch);

    test::writeCorpusCopy(dir / "other.ogg", 434343, 40.0, {"ogg", 1.0, 0.0});
    auto other = identify::fingerprintFile(dir / "other.ogg");
    REQUIRE(other.ok());
    auto c = cat->fingerprintCandidates(other->raw, 8);
    REQUIRE(c.ok());
    CHECK(c->empty());
    identify::Evidence unknown;
    unknown.path = dir / "other.ogg";
    id = identifier.identify(unknown);
    REQUIRE(id.ok());
    CHECK_FALSE(id->recording);
}
