// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/text_normaliser.hpp"

#include <catch2/catch.hpp>

using namespace accord::catalogue;

TEST_CASE("normaliseText folds width, case, diacritics and punctuation", "[catalogue][normaliser]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"Hello, World!", "hello world"},
        {"ＨＥＬＬＯ　Ｗｏｒｌｄ！", "hello world"}, // full-width letters, ideographic space
        {"Don't Stop", "dont stop"},
        {"Don’t  Stop", "dont stop"},
        {"Beyoncé — Halo", "beyonce halo"},
        {"Straße", "strasse"},
        {"ΑΒΓ", "αβγ"},
        {"ПРИВЕТ", "привет"},
        {"  --Rock & Roll--  ", "rock roll"},
        {"晴天（周杰伦）", "晴天 周杰伦"},
        {"七里香。", "七里香"},
        {"AC/DC", "ac dc"},
        {"", ""},
    }));
    CAPTURE(input);
    CHECK(normaliseText(input) == expected);
}

TEST_CASE("normaliseTitle drops featuring credits", "[catalogue][normaliser]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"Song (feat. Someone)", "song"},
        {"Song [ft. A & B] (Remix)", "song remix"},
        {"Song feat. Someone Else", "song"},
        {"Song Featuring X", "song"},
        {"Song ft X", "song"},
        {"Song (with Z)", "song"},
        {"Song With You", "song with you"},
        {"Feat (Intro)", "feat intro"},
        {"歌（ｆｅａｔ．某人）", "歌"},
        {"Left (Draft)", "left draft"},
    }));
    CAPTURE(input);
    CHECK(normaliseTitle(input) == expected);
}

TEST_CASE("normaliseArtist keeps the main artist", "[catalogue][normaliser]")
{
    CHECK(normaliseArtist("Jay Chou feat. Lara") == "jay chou");
    CHECK(normaliseArtist("ＪＡＹ　ＣＨＯＵ") == "jay chou");
}

TEST_CASE("invalid UTF-8 is dropped, not crashed on", "[catalogue][normaliser]")
{
    CHECK(normaliseText("ab\xff\xfe"
                        "cd") == "abcd");
    CHECK(normaliseText("x\xe6\x99") == "x");
}
