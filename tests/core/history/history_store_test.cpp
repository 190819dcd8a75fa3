// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The plays table in a real library.db: the snapshot from the library, surviving the track's removal, the
// period query, clearing, and the writer thread's batches and clear.
#include "history/history_store.hpp"
#include "history/history_writer.hpp"
#include "library/library_db.hpp"
#include "library/library_migrations.hpp"
#include "storage/statement.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using history::PlayOutcome;
using history::PlayRecord;

namespace {

std::int64_t addTrack(library::LibraryDb& db, const std::string& path, const std::string& title)
{
    auto st = storage::Statement::prepare(
        db.connection(),
        "INSERT INTO tracks (path, size, mtime_ns, content_hash, title, artists, album, album_artist, isrc, "
        "duration_ms, sample_rate, bit_depth, channels, codec, bitrate_kbps, added_at, updated_at) "
        "VALUES (?1, 1, 1, 1, ?2, 'Ann\x1fZed', 'Album', 'Ann', 'GBAAA2600001', 181000, 44100, 16, 2, "
        "'FLAC', 900, 0, 0)");
    REQUIRE(st.ok());
    REQUIRE(st->bind(1, path).bind(2, title).run().ok());
    return db.connection().lastInsertRowId();
}

PlayRecord play(const std::string& path, std::int64_t at, std::int64_t heard)
{
    PlayRecord r;
    r.path = path;
    r.title = "From tags";
    r.startedAtMs = at;
    r.heardMs = heard;
    r.finished = true;
    r.sampleRate = 44100;
    r.bitDepth = 16;
    return r;
}

} // namespace

TEST_CASE("history store: snapshot from the library, kept when the track goes", "[history][store]")
{
    test::TempDir dir;
    auto db = library::LibraryDb::open(dir / "library.db");
    REQUIRE(db.ok());
    // The plays table came with migration 6; later migrations follow it.
    CHECK(*db->connection().userVersion() >= 6);
    CHECK(*db->connection().userVersion() == library::libraryMigrations().back().version);
    const auto id = addTrack(*db, "/music/a.flac", "Song A");
    history::HistoryStore store(db->connection());
    PlayRecord blocked = play("/music/gone.flac", 3000, 0);
    blocked.outcome = PlayOutcome::Blocked;
    blocked.finished = false;
    blocked.reasonCode = "taken_down";
    blocked.reason = "Taken down 2015-11-01";
    PlayRecord stale = play("/music/other.flac", 4000, 10);
    stale.trackId = 999; // a track that left the library
    REQUIRE(store.add({play("/music/a.flac", 1000, 60000), play("/music/a.flac", 2000, 500), blocked, stale})
                .ok());

    auto all = store.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    const PlayRecord& first = (*all)[0];
    CHECK(first.trackId == id);
    CHECK(first.title == "Song A"); // the library's title wins over the player's tags
    CHECK(first.artists == "Ann\x1fZed");
    CHECK(first.album == "Album");
    CHECK(first.albumArtist == "Ann");
    CHECK(first.isrc == "GBAAA2600001");
    CHECK(first.durationMs == 181000);
    CHECK(first.heardMs == 60000);
    CHECK(first.finished);
    CHECK(first.outcome == PlayOutcome::Played);
    const PlayRecord& b = (*all)[2];
    CHECK(b.outcome == PlayOutcome::Blocked);
    CHECK(b.reasonCode == "taken_down");
    CHECK_FALSE(b.trackId);
    CHECK(b.title == "From tags"); // not in the library: its own snapshot
    CHECK_FALSE((*all)[3].trackId);

    // The period is [from, to).
    auto period = store.between(2000, 4000);
    REQUIRE(period.ok());
    REQUIRE(period->size() == 2);
    CHECK((*period)[0].startedAtMs == 2000);
    CHECK((*period)[1].startedAtMs == 3000);

    // A rescan that drops the file keeps the history and its snapshot.
    REQUIRE(db->connection().exec("DELETE FROM tracks").ok());
    all = store.all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK_FALSE((*all)[0].trackId);
    CHECK((*all)[0].title == "Song A");
    CHECK((*all)[0].isrc == "GBAAA2600001");

    auto cleared = store.clear();
    REQUIRE(cleared.ok());
    CHECK(*cleared == 4);
    CHECK(*store.count() == 0);
}

TEST_CASE("history writer: batches in call order, clear deletes what came before it", "[history][store]")
{
    test::TempDir dir;
    const auto path = dir / "library.db";
    std::optional<base::Result<std::int64_t>> cleared;
    {
        history::HistoryWriter writer(path, std::chrono::milliseconds(20));
        for (int i = 0; i < 50; ++i)
            writer.submit(play("/m/" + std::to_string(i) + ".flac", i, 1000));
        writer.flush();
        auto db = library::LibraryDb::open(path);
        REQUIRE(db.ok());
        CHECK(*history::HistoryStore(db->connection()).count() == 50);

        writer.submit(play("/m/before.flac", 100, 1000));
        writer.clear([&](base::Result<std::int64_t> n) { cleared = std::move(n); });
        writer.submit(play("/m/after.flac", 200, 1000));
        writer.flush();
        REQUIRE(cleared);
        REQUIRE(cleared->ok());
        CHECK(**cleared == 51);
        auto left = history::HistoryStore(db->connection()).all();
        REQUIRE(left.ok());
        REQUIRE(left->size() == 1);
        CHECK((*left)[0].path == "/m/after.flac");
        writer.submit(play("/m/last.flac", 300, 1000));
    } // the destructor writes what is queued
    auto db = library::LibraryDb::open(path);
    REQUIRE(db.ok());
    CHECK(*history::HistoryStore(db->connection()).count() == 2);
}
