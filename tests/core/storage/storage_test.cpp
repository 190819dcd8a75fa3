// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "storage/migrator.hpp"
#include "storage/statement.hpp"
#include "storage/transaction.hpp"
#include "support/temp_dir.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <string>
#include <thread>

using namespace accord::storage;

namespace {

constexpr std::array<Migration, 2> kMigrations{{
    {1, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"},
    {2, "ALTER TABLE t ADD COLUMN note TEXT;"},
}};

long long count(Connection& c)
{
    auto st = Statement::prepare(c, "SELECT count(*) FROM t");
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    return st->columnInt(0);
}

} // namespace

TEST_CASE("migrations run once, in order, and use WAL on disk", "[storage]")
{
    accord::test::TempDir dir;
    {
        auto c = Connection::open(dir / "a.db");
        REQUIRE(c.ok());
        REQUIRE(migrate(*c, kMigrations, "test").ok());
        CHECK(*c->userVersion() == 2);
        auto mode = Statement::prepare(*c, "PRAGMA journal_mode");
        REQUIRE(*mode->step());
        CHECK(mode->columnText(0) == "wal");
    }
    auto again = Connection::open(dir / "a.db");
    REQUIRE(migrate(*again, kMigrations, "test").ok());
    CHECK(*again->userVersion() == 2);
}

TEST_CASE("a failing migration leaves the previous version intact", "[storage]")
{
    auto c = Connection::open(":memory:");
    REQUIRE(migrate(*c, std::span(kMigrations).first(1), "test").ok());
    const std::array<Migration, 2> broken{
        {kMigrations[0], {2, "ALTER TABLE t ADD COLUMN x; SELEC nonsense;"}}};
    auto st = migrate(*c, broken, "test");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find("migration 2") != std::string::npos);
    CHECK(*c->userVersion() == 1);
    // Column x must not exist: the half-applied step was rolled back.
    CHECK_FALSE(Statement::prepare(*c, "SELECT x FROM t").ok());
}

TEST_CASE("a newer schema is refused", "[storage]")
{
    auto c = Connection::open(":memory:");
    REQUIRE(c->exec("PRAGMA user_version=9").ok());
    CHECK_FALSE(migrate(*c, kMigrations, "test").ok());
}

TEST_CASE("transactions roll back unless committed", "[storage]")
{
    auto c = Connection::open(":memory:");
    REQUIRE(migrate(*c, kMigrations, "test").ok());
    {
        auto tx = Transaction::begin(*c);
        auto ins = Statement::prepare(*c, "INSERT INTO t(name) VALUES(?)");
        REQUIRE(ins->bind(1, "a").run().ok());
    }
    CHECK(count(*c) == 0);
    {
        auto tx = Transaction::begin(*c);
        auto ins = Statement::prepare(*c, "INSERT INTO t(name) VALUES(?)");
        REQUIRE(ins->bind(1, "a").run().ok());
        REQUIRE(ins->bind(1, "b").run().ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(count(*c) == 2);
    auto bad = Statement::prepare(*c, "INSERT INTO t(name) VALUES(NULL)");
    CHECK_FALSE(bad->run().ok());
}

TEST_CASE("two connections migrating one new file at once: the second finds the work done", "[storage]")
{
    // The window opens library.db from several workers at start-up. B reads user_version 0, then waits
    // for the write lock A holds while A applies every migration; B must not apply them a second time.
    accord::test::TempDir dir;
    auto a = Connection::open(dir / "race.db");
    auto b = Connection::open(dir / "race.db");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(a->exec("BEGIN IMMEDIATE").ok());
    std::promise<accord::base::Status> result;
    std::thread other([&] { result.set_value(migrate(*b, kMigrations, "test")); });
    std::this_thread::sleep_for(std::chrono::milliseconds(400)); // B has read version 0 and waits
    for (const Migration& m : kMigrations)
        REQUIRE(a->exec(m.sql).ok());
    REQUIRE(a->exec("PRAGMA user_version=2").ok());
    REQUIRE(a->exec("COMMIT").ok());
    other.join();
    auto st = result.get_future().get();
    INFO((st.ok() ? std::string() : st.error().message));
    CHECK(st.ok());
    CHECK(*b->userVersion() == 2);
    CHECK(count(*b) == 0);
}
