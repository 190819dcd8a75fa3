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

TEST_CASE("hashing file writer: its hash is the standard's and coreutils sha256sum's of the file", "[sync]")
{
    test::TempDir tmp("accord-hfw-sum");
    const auto path = tmp / "track.part";
    // FIPS 180-2's examples (appendix B.1 and B.2), written in pieces of one byte.
    const std::pair<std::string, std::string> vectors[] = {
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}};
    for (const auto& [text, expected] : vectors) {
        HashingFileWriter w;
        REQUIRE(w.open(path, true));
        for (const char c : text)
            REQUIRE(w.append(&c, 1));
        REQUIRE(w.finish());
        CHECK(w.sha256Hex() == expected);
    }
    // A file of many blocks, half of it resumed: the hash is what an independent implementation (coreutils)
    // computes from the file on disk, and one altered byte changes it.
    const std::string data = randomBytes(HashingFileWriter::kBlock * 40 + 4321, 7);
    const std::size_t cut = HashingFileWriter::kBlock * 20 + 99;
    test::writeFile(path, data.substr(0, cut));
    HashingFileWriter w;
    REQUIRE(w.open(path, false));
    REQUIRE(appendInPieces(w, data.substr(cut), 8));
    REQUIRE(w.finish());
    const auto sum = test::runCommand("sha256sum " + test::shellQuote(path.string()));
    REQUIRE(sum.exitCode == 0);
    CHECK(sum.out.substr(0, 64) == w.sha256Hex());

    std::string altered = data;
    altered[cut + 12'345] = static_cast<char>(altered[cut + 12'345] ^ 0x01);
    HashingFileWriter other;
    REQUIRE(other.open(path, true));
    REQUIRE(appendInPieces(other, altered, 9));
    REQUIRE(other.finish());
    CHECK(other.sha256Hex() != w.sha256Hex());
    const auto sum2 = test::runCommand("sha256sum " + test::shellQuote(path.string()));
    REQUIRE(sum2.exitCode == 0);
    CHECK(sum2.out.substr(0, 64) == other.sha256Hex());
}
