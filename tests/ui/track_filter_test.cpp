// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/model/text_normaliser.hpp"
#include "models/track_filter.hpp"
#include "stores/search_fold.hpp"
#include "stores/search_index.hpp"

#include "qt_catch.hpp"

using namespace accord::ui;

namespace {

TrackStore makeStore()
{
    TrackStore s;
    TrackRecord r;
    r.title = QStringLiteral("Blue in Green");
    r.artist = QStringLiteral("Miles Davis");
    r.album = QStringLiteral("Kind of Blue");
    s.add(r);
    r.title = QStringLiteral("So What");
    s.add(r);
    r.title = QStringLiteral("\u6674\u5929");        // 晴天
    r.artist = QStringLiteral("\u5468\u6770\u4f26"); // 周杰伦
    r.album = QStringLiteral("\u8449\u60e0\u7f8e");
    r.aliases = {QStringLiteral("Qing Tian"), QStringLiteral("Sunny Day")};
    s.add(r);
    r.title = QStringLiteral("\uff21\uff22\uff23 Song"); // full-width ABC
    r.artist = QStringLiteral("Jackson 5");
    r.album = QStringLiteral("ABC");
    r.aliases = {};
    s.add(r);
    s.finish();
    return s;
}

std::vector<std::uint32_t> all(const TrackStore& s)
{
    std::vector<std::uint32_t> v(s.size());
    for (std::uint32_t i = 0; i < v.size(); ++i)
        v[i] = i;
    return v;
}

FilterQuery words(const char* text)
{
    FilterQuery q;
    q.words = searchWords(QString::fromUtf8(text));
    return q;
}

} // namespace

TEST_CASE("foldForSearch folds case, width and punctuation", "[ui][filter]")
{
    // Apostrophes are dropped (the catalogue's rule, now the one fold's): "dont" finds "Don't".
    CHECK(foldForSearch(QStringLiteral("  Don't STOP -- me now!! ")) == QStringLiteral("dont stop me now"));
    CHECK(foldForSearch(QStringLiteral("\uff21\uff22\uff23\uff11\uff12")) == QStringLiteral("abc12"));
    CHECK(searchWords(QStringLiteral("miles   BLUE")) ==
          QStringList{QStringLiteral("miles"), QStringLiteral("blue")});
}

TEST_CASE("filter matches title, artist, album and aliases, every word must match", "[ui][filter]")
{
    const TrackStore s = makeStore();
    CHECK(TrackFilter::apply(s, all(s), words("miles")) == std::vector<std::uint32_t>{0, 1});
    CHECK(TrackFilter::apply(s, all(s), words("blue green")) == std::vector<std::uint32_t>{0});
    CHECK(TrackFilter::apply(s, all(s), words("what kind")) == std::vector<std::uint32_t>{1});
    CHECK(TrackFilter::apply(s, all(s), words("sunny")) == std::vector<std::uint32_t>{2});
    CHECK(TrackFilter::apply(s, all(s), words("\u5468\u6770")) == std::vector<std::uint32_t>{2});
    CHECK(TrackFilter::apply(s, all(s), words("abc")) == std::vector<std::uint32_t>{3});
    CHECK(TrackFilter::apply(s, all(s), words("nothing-like-this")).empty());
    CHECK(TrackFilter::apply(s, all(s), words("")).size() == 4);
}

TEST_CASE("facet restricts rows, narrows() only when the new query implies the old", "[ui][filter]")
{
    const TrackStore s = makeStore();
    FilterQuery q;
    q.facet = Facet::Artist;
    q.facetId = s.rows()[0].artistId;
    CHECK(TrackFilter::apply(s, all(s), q) == std::vector<std::uint32_t>{0, 1});
    CHECK(TrackFilter::narrows(words("mil"), words("miles")));
    CHECK(TrackFilter::narrows(words("mil"), words("blue miles")));
    CHECK_FALSE(TrackFilter::narrows(words("miles"), words("mil")));
    CHECK_FALSE(TrackFilter::narrows(words("miles"), q));
    CHECK(TrackFilter::narrows(FilterQuery{}, words("x")));
}

TEST_CASE("foldForSearch removes Latin accents but keeps other scripts' marks", "[ui][filter]")
{
    CHECK(foldForSearch(QStringLiteral("Beyonc\u00e9 \u00c5ngstr\u00f6m")) ==
          QStringLiteral("beyonce angstrom"));
    CHECK(foldForSearch(QStringLiteral("Beyonce\u0301")) == QStringLiteral("beyonce")); // decomposed input
    CHECK(foldForSearch(QStringLiteral("\u0928\u093f")) ==
          QStringLiteral("\u0928\u093f")); // Devanagari vowel sign
    TrackStore s;
    TrackRecord r;
    r.title = QStringLiteral("Caf\u00e9 del Mar");
    r.artist = QStringLiteral("Jos\u00e9 Padilla");
    s.add(r);
    s.finish();
    CHECK(TrackFilter::apply(s, all(s), words("cafe jose")) == std::vector<std::uint32_t>{0});
    CHECK(TrackFilter::apply(s, all(s), words("CAF\u00c9")) == std::vector<std::uint32_t>{0});
}

TEST_CASE("the filter folds as the catalogue's identification keys do", "[ui][filter]")
{
    // One fold (catalogue::foldText): what identifies a title also finds it in the table.
    for (const char* text :
         {"Dvo\u0159\u00e1k: Symphony No. 9", "R\u00f8yksopp", "\u041c\u043e\u0439 \u0401\u0436\u0438\u043a",
          "\u665a\u5929\uff08\u5468\u6770\u4f26\uff09", "Rock\u2019n\u2019Roll \u2665"}) {
        const QString folded = foldForSearch(QString::fromUtf8(text));
        CAPTURE(folded.toStdString());
        CHECK(folded.toStdString() == accord::catalogue::normaliseText(text));
    }
    CHECK(foldForSearch(QStringLiteral("Dvo\u0159\u00e1k")) == QStringLiteral("dvorak"));
    TrackStore s;
    TrackRecord r;
    r.title = QStringLiteral("\u0141\u00f3d\u017a Nights");
    s.add(r);
    s.finish();
    CHECK(TrackFilter::apply(s, all(s), words("lodz")) == std::vector<std::uint32_t>{0});
    CHECK(TrackFilter::apply(s, all(s), words("dont")).empty());
}

TEST_CASE("SearchIndex finds a word in each row and never across two rows", "[ui][filter]")
{
    SearchIndex index;
    index.add(u"ab");
    index.add(u"cd");
    index.add(u"");
    index.add(u"\u6674\u5929 abc");
    REQUIRE(index.size() == 4);
    std::vector<std::uint8_t> hits;
    index.scan("bc", hits);
    CHECK(hits == std::vector<std::uint8_t>{0, 0, 0, 1});
    index.scan("b", hits);
    CHECK(hits == std::vector<std::uint8_t>{1, 0, 0, 1});
    index.scan("\u5929", hits);
    CHECK(hits == std::vector<std::uint8_t>{0, 0, 0, 1});
    index.scan("zz", hits);
    CHECK(hits == std::vector<std::uint8_t>{0, 0, 0, 0});
    CHECK(index.contains(1, "cd"));
    CHECK_FALSE(index.contains(0, "abc"));
    CHECK_FALSE(index.contains(2, "a"));
    CHECK(index.text(3) == "\u6674\u5929 abc");
}

TEST_CASE("aliases learnt after the rows are found by the filter, in both scan modes", "[ui][filter]")
{
    TrackStore s = makeStore();
    CHECK(TrackFilter::apply(s, all(s), words("lan zai")).empty());
    SearchIndex aliases; // one text per row, as the library loader builds it
    aliases.add(QString());
    aliases.add(foldForSearch(QStringLiteral("\u84dd\u8272 Lan Zai"))); // "So What"
    aliases.add(QString());
    aliases.add(QString());
    s.setAliases(std::move(aliases));
    CHECK(TrackFilter::apply(s, all(s), words("lan zai")) == std::vector<std::uint32_t>{1});
    CHECK(TrackFilter::apply(s, all(s), words("\u84dd\u8272")) == std::vector<std::uint32_t>{1});
    // Few candidates left: each row's own text is searched instead of one scan of the whole index.
    CHECK(TrackFilter::apply(s, {1}, words("zai")) == std::vector<std::uint32_t>{1});
    CHECK(TrackFilter::apply(s, {0, 2}, words("zai")).empty());
    // Words may match different places: the title, an alias.
    CHECK(TrackFilter::apply(s, all(s), words("what lan")) == std::vector<std::uint32_t>{1});
}
