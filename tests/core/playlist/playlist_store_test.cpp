// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Playlists in a real library.db: own ids, order, duplicates, rename, reorder, and a track leaving the
// library turning its items into missing entries (and coming back at the same path).
#include "playlist/playlist_store.hpp"

#include "library/library_migrations.hpp"
#include "playlist_test_library.hpp"
#include "storage/migrator.hpp"
#include "storage/statement.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using namespace accord::playlist;

namespace {

std::vector<std::string> titles(PlaylistStore& store, std::int64_t id)
{
    std::vector<std::string> out;
    auto items = store.items(id);
    REQUIRE(items.ok());
    for (const PlaylistItem& i : *items)
        out.push_back(i.title);
    return out;
}

} // namespace

TEST_CASE("Playlist store: create, duplicates, reorder, rename, remove", "[playlist][store]")
{
    test::TempDir dir;
    auto db = library::LibraryDb::open(dir / "library.db");
    REQUIRE(db.ok());
    CHECK(*db->connection().userVersion() == library::libraryMigrations().back().version); // the newest
    const auto a = test::addLibraryTrack(*db, dir / "m/a.flac", "A", {"Alice", "Zed"});
    const auto b = test::addLibraryTrack(*db, dir / "m/b.flac", "B", {"Bob"});
    PlaylistStore store(db->connection());

    auto itemA = store.itemForPath(std::filesystem::canonical(dir / "m/a.flac").string());
    auto itemB = store.itemForPath(std::filesystem::canonical(dir / "m/b.flac").string());
    auto notThere = store.itemForPath("/nowhere/x.flac");
    REQUIRE((itemA.ok() && itemB.ok() && notThere.ok()));
    CHECK(itemA->trackId == a);
    CHECK(itemA->artist == "Alice, Zed");
    CHECK_FALSE(notThere->trackId);
    CHECK(notThere->missingReason == "/nowhere/x.flac is not in the library");

    auto id = store.create("Mix", {*itemA, *itemB, *itemA, *notThere});
    REQUIRE(id.ok());
    auto items = store.items(*id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 4);
    CHECK((*items)[0].trackId == a);
    CHECK((*items)[2].trackId == a); // the same track twice, as two items
    CHECK((*items)[0].id != (*items)[2].id);
    CHECK((*items)[1].trackId == b);
    CHECK_FALSE((*items)[3].trackId);
    CHECK((*items)[3].missingReason == "/nowhere/x.flac is not in the library");
    CHECK((*items)[3].title.empty());

    auto summary = store.find(*id);
    REQUIRE((summary.ok() && *summary));
    CHECK((*summary)->items == 4);
    CHECK((*summary)->missing == 1);
    CHECK((*summary)->durationMs == 3 * 180000);

    // Move the second A to the top; then a full reorder.
    REQUIRE(store.move(*id, (*items)[2].id, 0).ok());
    CHECK(titles(store, *id) == std::vector<std::string>{"A", "A", "B", ""});
    REQUIRE(store.reorder(*id, {(*items)[3].id, (*items)[1].id, (*items)[0].id, (*items)[2].id}).ok());
    CHECK(titles(store, *id) == std::vector<std::string>{"", "B", "A", "A"});
    // A wrong order (an item twice, one left out) changes nothing.
    CHECK_FALSE(store.reorder(*id, {(*items)[0].id, (*items)[0].id, (*items)[1].id, (*items)[2].id}).ok());
    CHECK_FALSE(store.reorder(*id, {(*items)[0].id}).ok());
    CHECK(titles(store, *id) == std::vector<std::string>{"", "B", "A", "A"});

    REQUIRE(store.removeItems(*id, {(*items)[3].id}).ok());
    auto after = store.items(*id);
    REQUIRE(after->size() == 3);
    CHECK((*after)[2].position == 2); // renumbered without a gap

    REQUIRE(store.append(*id, {*itemB}).ok());
    CHECK(titles(store, *id) == std::vector<std::string>{"B", "A", "A", "B"});

    REQUIRE(store.rename(*id, "Renamed").ok());
    auto list = store.list();
    REQUIRE(list->size() == 1);
    CHECK((*list)[0].name == "Renamed");
    CHECK(store.findByName("Renamed")->size() == 1);

    CHECK(store.rename(999, "x").error().code == base::ErrorCode::NotFound);
    CHECK(store.items(999).error().code == base::ErrorCode::NotFound);
    REQUIRE(store.remove(*id).ok());
    CHECK(store.list()->empty());
    auto leftover = storage::Statement::prepare(db->connection(), "SELECT COUNT(*) FROM playlist_items");
    REQUIRE(leftover->step().ok());
    CHECK(leftover->columnInt(0) == 0);
}

TEST_CASE("Playlist store: a track leaving the library leaves a missing item that says so",
          "[playlist][store]")
{
    test::TempDir dir;
    auto db = library::LibraryDb::open(dir / "library.db");
    REQUIRE(db.ok());
    const auto a = test::addLibraryTrack(*db, dir / "m/a.flac", "A", {"Alice"});
    const std::string path = std::filesystem::canonical(dir / "m/a.flac").string();
    PlaylistStore store(db->connection());
    auto item = store.itemForPath(path);
    auto id = store.create("One", {*item});
    REQUIRE(id.ok());

    REQUIRE(db->connection().exec("DELETE FROM tracks WHERE id = " + std::to_string(a)).ok());
    auto items = store.items(*id);
    REQUIRE(items->size() == 1);
    CHECK_FALSE((*items)[0].trackId);
    CHECK((*items)[0].missingReason == path + " is no longer in the library");
    CHECK((*items)[0].title == "A"); // what it was is kept

    // Scanned again at the same path (a new track id): found by its location.
    const auto again = test::addLibraryTrack(*db, dir / "m/a.flac", "A again", {"Alice"});
    items = store.items(*id);
    CHECK((*items)[0].trackId == again);
    CHECK((*items)[0].title == "A again");
    CHECK((*items)[0].matchedBy == "path");
}

TEST_CASE("Playlist store: a library from before playlists is migrated with its tracks kept",
          "[playlist][store]")
{
    test::TempDir dir;
    const auto path = dir / "library.db";
    {
        auto conn = storage::Connection::open(path);
        REQUIRE(conn.ok());
        const auto all = library::libraryMigrations();
        REQUIRE(storage::migrate(*conn, all.first(2), "library").ok());
        REQUIRE(*conn->userVersion() == 2);
        REQUIRE(
            conn->exec("INSERT INTO tracks (path, size, mtime_ns, content_hash, duration_ms, sample_rate, "
                       "bit_depth, channels, codec, bitrate_kbps, added_at, updated_at, title) "
                       "VALUES ('/m/a.flac', 1, 1, 1, 1000, 44100, 16, 2, 'FLAC', 900, 0, 0, 'Old')")
                .ok());
    }
    auto db = library::LibraryDb::open(path);
    REQUIRE(db.ok());
    CHECK(*db->connection().userVersion() == library::libraryMigrations().back().version); // the newest
    PlaylistStore store(db->connection());
    auto item = store.itemForPath("/m/a.flac");
    REQUIRE(item.ok());
    REQUIRE(item->trackId);
    auto id = store.create("After the upgrade", {*item});
    REQUIRE(id.ok());
    CHECK(store.items(*id)->front().title == "Old");
}
