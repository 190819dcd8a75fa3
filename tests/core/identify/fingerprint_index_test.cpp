// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The catalogue's fingerprint index (migration 6): kept in step with recordings.fingerprint by triggers,
// built for fingerprints an older catalogue already holds, and proposing the right recording.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/model/fingerprint_terms.hpp"
#include "catalogue/synth/synth_prints.hpp"
#include "storage/statement.hpp"
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
    const catalogue::SynthPrints prints(3, 4);
    const auto a = prints.deriveRaw(1), b = prints.deriveRaw(2);
    const auto termsA = static_cast<std::int64_t>(catalogue::indexTerms(a).size());
    const auto termsB = static_cast<std::int64_t>(catalogue::indexTerms(b).size());
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
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_terms") == termsA);
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
        r.fingerprint = prints.derive(2);
        REQUIRE(w.upsertRecording(r, true).ok());
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_terms") == termsB);
        REQUIRE(cat->connection().exec("DELETE FROM recordings").ok());
        CHECK(count(*cat, "SELECT count(*) FROM fingerprint_terms") == 0);
        // A version-5 catalogue with a fingerprint: no index table yet.
        r.fingerprint = prints.derive(1);
        REQUIRE(w.upsertRecording(r, true).ok());
        REQUIRE(cat->connection()
                    .exec("DROP TRIGGER fingerprint_terms_insert; DROP TRIGGER fingerprint_terms_update; "
                          "DROP TRIGGER fingerprint_terms_delete; DROP TABLE fingerprint_terms; "
                          "PRAGMA user_version = 5")
                    .ok());
    }
    auto cat = catalogue::Catalogue::open(dir / "catalogue.db");
    REQUIRE(cat.ok());
    CHECK(count(*cat, "PRAGMA user_version") == 6);
    CHECK(count(*cat, "SELECT count(*) FROM fingerprint_terms") == termsA);
    auto c = cat->fingerprintCandidates(a, 8);
    REQUIRE(c.ok());
    CHECK(c->size() == 1);
}
