// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// HashingFileWriter alone: bytes appended in odd pieces reach the file in order and its SHA-256 is the
// whole file's, with more blocks than the queue holds (the receiving thread waits for both workers), a
// resumed file hashed from its first byte, and the fsync left to syncAndClose() on another thread.
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "sync/bytes.hpp"
#include "sync/hashing_file_writer.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <thread>

using namespace accord;
using accord::sync::HashingFileWriter;

namespace {

std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::string out(n, '\0');
    for (char& c : out)
        c = static_cast<char>(gen() & 0xff);
    return out;
}

// Appends `data` in pieces of 1 to 300,000 bytes (block edges fall inside pieces and between them).
bool appendInPieces(HashingFileWriter& w, const std::string& data, unsigned seed)
{
    std::mt19937 gen(seed);
    std::size_t at = 0;
    while (at < data.size()) {
        const std::size_t n = std::min<std::size_t>(data.size() - at, 1 + gen() % 300'000);
        if (!w.append(data.data() + at, n))
            return false;
        at += n;
    }
    return true;
}

} // namespace

TEST_CASE("hashing file writer: the file and its hash, past the queue's size, fsync now or later", "[sync]")
{
    test::TempDir tmp("accord-hfw");
    // More than kMaxQueued full blocks, and a partial last block.
    const std::string data =
        randomBytes(HashingFileWriter::kBlock * (HashingFileWriter::kMaxQueued * 2 + 3) + 12'345, 1);
    const auto path = tmp / "track.part";

    SECTION("finish() syncs and closes")
    {
        HashingFileWriter w;
        REQUIRE(w.open(path, true));
        REQUIRE(appendInPieces(w, data, 2));
        REQUIRE(w.finish());
        CHECK(w.sha256Hex() == sync::sha256Hex(data));
        CHECK(test::fileBytes(path) == data);
        CHECK_FALSE(w.syncAndClose()); // already closed
    }
    SECTION("finish(Later) has written and hashed everything; syncAndClose() on another thread")
    {
        auto w = std::make_unique<HashingFileWriter>();
        REQUIRE(w->open(path, true));
        REQUIRE(appendInPieces(*w, data, 3));
        REQUIRE(w->finish(HashingFileWriter::Durability::Later));
        CHECK(w->sha256Hex() == sync::sha256Hex(data));
        CHECK(test::fileBytes(path) == data); // whole before the fsync
        bool synced = false;
        std::thread([&] { synced = w->syncAndClose(); }).join();
        CHECK(synced);
        CHECK(test::fileBytes(path) == data);
    }
    SECTION("a resumed file is hashed from its first byte")
    {
        const std::size_t cut = HashingFileWriter::kBlock * 3 + 777;
        test::writeFile(path, data.substr(0, cut));
        HashingFileWriter w;
        REQUIRE(w.open(path, false));
        REQUIRE(appendInPieces(w, data.substr(cut), 4));
        REQUIRE(w.finish());
        CHECK(w.sha256Hex() == sync::sha256Hex(data));
        CHECK(test::fileBytes(path) == data);
    }
    SECTION("fresh empties what the file held")
    {
        test::writeFile(path, "stale bytes");
        HashingFileWriter w;
        REQUIRE(w.open(path, true));
        REQUIRE(appendInPieces(w, data.substr(0, 1000), 5));
        REQUIRE(w.finish());
        CHECK(w.sha256Hex() == sync::sha256Hex(data.substr(0, 1000)));
        CHECK(test::fileBytes(path) == data.substr(0, 1000));
    }
    SECTION("destroyed unfinished: the file holds a prefix of what was appended")
    {
        {
            HashingFileWriter w;
            REQUIRE(w.open(path, true));
            REQUIRE(appendInPieces(w, data, 6));
        }
        const std::string left = test::fileBytes(path);
        CHECK(left.size() <= data.size());
        CHECK(left == data.substr(0, left.size()));
    }
}
