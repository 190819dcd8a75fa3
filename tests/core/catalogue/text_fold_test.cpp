// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// foldText, the one fold behind the catalogue's identification keys and the UI filter: the rules its header
// states, the ASCII fast path against the general one, and the re-keying of a catalogue made before it.
#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_migrations.hpp"
#include "catalogue/model/text_fold.hpp"
#include "catalogue/model/text_normaliser.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::catalogue;

TEST_CASE("foldText folds width, case, accents and punctuation of every script it knows",
          "[catalogue][normaliser]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"Dvořák: Symphony No. 9", "dvorak symphony no 9"}, // Latin Extended-A accents
        {"Łódź", "lodz"},                                   // ł has no decomposition: base letter
        {"Røyksopp & Sigur Rós", "royksopp sigur ros"},
        {"Beyonce\xcc\x81", "beyonce"}, // already decomposed: the combining acute goes
        {"Ἀθῆναι", "αθηναι"},           // Greek with breathing and accents
        {"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},       // final sigma folds like sigma
        {"Мой Ёжик", "мои ежик"},       // Cyrillic й, ё
        {"ﬁne ²", "fine 2"},            // compatibility: ligature, superscript
        {"𝐁𝐨𝐥𝐝", "bold"},               // mathematical bold letters
        {"Love ♥ You ★", "love you"},   // symbols separate
        {"Rock’n’Roll", "rocknroll"},   // apostrophes dropped
        {"ｶﾀｶﾅ", "カタカナ"},           // half-width katakana
        {"नि", "नि"},                   // a Devanagari vowel sign is a mark that stays
        {"Straße", "strasse"},
        {"晴天（周杰伦）", "晴天 周杰伦"},
    }));
    CAPTURE(input);
    CHECK(foldText(input) == expected);
}

TEST_CASE("foldText's ASCII fast path folds as the general path does", "[catalogue][normaliser]")
{
    // A trailing em dash is a separator (so it adds nothing) but sends the text down the general path.
    for (const char* s :
         {"  Don't STOP -- me now!! ", "AC/DC", "`quoted' `", "a1-B2_c3", "", "'''", "x  y"}) {
        CAPTURE(s);
        CHECK(foldText(s) == foldText(std::string(s) + "\xe2\x80\x94"));
    }
    CHECK(foldText("  Don't STOP -- me now!! ") == "dont stop me now");
}

TEST_CASE("opening a catalogue made before the shared fold re-keys its titles, aliases and artists",
          "[catalogue][normaliser]")
{
    test::TempDir dir;
    const auto path = dir / "catalogue.db";
    {
        auto conn = storage::Connection::open(path, storage::Connection::Mode::ReadWrite);
        REQUIRE(conn.ok());
        REQUIRE(storage::migrate(*conn, catalogueMigrations().first(3), "catalogue").ok());
        // Keys as version 3's fold made them: Latin Extended-A accents kept.
        REQUIRE(
            conn->exec(
                    "INSERT INTO recordings(id, catalogue_id, isrc, title, title_key, artists, artist_key) "
                    "VALUES(1, 'c1', 'CZAB10000001', 'Dvořák Largo', 'dvořák largo', "
                    "'Antonín Dvořák; Other', 'antonin dvořák');"
                    "INSERT INTO recording_aliases VALUES(1, 'Nový svět', 'nový svět')")
                .ok());
    }
    auto cat = Catalogue::open(path);
    REQUIRE(cat.ok());
    const auto byTitle = cat->findByTitleKey(normaliseTitle("Dvořák Largo"));
    REQUIRE(byTitle.ok());
    REQUIRE(byTitle->size() == 1);
    CHECK(byTitle->front().id == 1);
    const auto byAlias = cat->findByTitleKey(normaliseTitle("Novy Svet"));
    REQUIRE(byAlias.ok());
    CHECK(byAlias->size() == 1);
    auto st =
        storage::Statement::prepare(cat->connection(), "SELECT artist_key FROM recordings WHERE id = 1");
    REQUIRE(st.ok());
    REQUIRE(st->step().value());
    CHECK(st->columnText(0) == "antonin dvorak");
}
