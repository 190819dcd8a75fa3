// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The .acx container on arbitrary bytes: round trips, random access, and every kind of tampering.
#include "acx/reader.hpp"
#include "acx/writer.hpp"
#include "acx_test_util.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using acx::kChunkSize;
using acx::kChunkTagSize;
using acx::kHeaderSize;

namespace {

/// Reads the whole plaintext with reads of `step` bytes.
base::Result<std::vector<std::uint8_t>> readAll(acx::AcxReader& reader, std::size_t step)
{
    std::vector<std::uint8_t> out(reader.size());
    std::uint64_t at = 0;
    while (at < reader.size()) {
        auto got = reader.read(at, out.data() + at, step);
        if (!got.ok())
            return std::move(got).error();
        REQUIRE(*got > 0);
        at += *got;
    }
    return out;
}

std::size_t chunkStart(std::size_t i)
{
    return kHeaderSize + i * (kChunkSize + kChunkTagSize);
}

} // namespace

TEST_CASE("an .acx holds exactly the original bytes, read sequentially or at random", "[acx][container]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    for (std::size_t size :
         {std::size_t{0}, std::size_t{1}, std::size_t{kChunkSize - 1}, std::size_t{kChunkSize},
          std::size_t{kChunkSize + 1}, std::size_t{3 * kChunkSize + 12345}}) {
        INFO("size " << size);
        const auto plain = test::patternBytes(size, static_cast<std::uint32_t>(size));
        test::writeBytes(dir / "plain.bin", plain);
        auto header = acx::writeAcx(dir / "plain.bin", dir / "x.acx", key);
        REQUIRE(header.ok());
        CHECK(header->plaintextSize == size);
        const auto sealed = test::readBytes(dir / "x.acx");
        CHECK(sealed.size() == header->fileSize());
        CHECK(sealed.size() == kHeaderSize + size + header->chunkCount() * kChunkTagSize);
        auto reader = acx::AcxReader::open(dir / "x.acx", key);
        REQUIRE(reader.ok());
        CHECK((*reader)->size() == size);
        for (std::size_t step : {std::size_t{1000}, std::size_t{kChunkSize}, std::size_t{1} << 20}) {
            auto all = readAll(**reader, step);
            REQUIRE(all.ok());
            CHECK(*all == plain);
        }
        // Random access across chunk boundaries, backwards too.
        for (std::uint64_t at : {std::uint64_t{3 * kChunkSize}, std::uint64_t{kChunkSize - 7},
                                 std::uint64_t{5}, std::uint64_t{2 * kChunkSize + 100}}) {
            if (at >= size)
                continue;
            std::vector<std::uint8_t> buf(kChunkSize + 20);
            auto got = (*reader)->read(at, buf.data(), buf.size());
            REQUIRE(got.ok());
            const std::size_t want = std::min<std::size_t>(buf.size(), size - at);
            REQUIRE(*got == want);
            CHECK(std::equal(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(want),
                             plain.begin() + static_cast<std::ptrdiff_t>(at)));
        }
        std::uint8_t b = 0;
        CHECK(*(*reader)->read(size, &b, 1) == 0); // at the end
    }
}

TEST_CASE("no plaintext is visible in an .acx and two encryptions differ", "[acx][container]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    const auto plain = test::patternBytes(2 * kChunkSize, 9);
    test::writeBytes(dir / "p.bin", plain);
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "a.acx", key).ok());
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "b.acx", key).ok());
    const auto a = test::readBytes(dir / "a.acx");
    const auto b = test::readBytes(dir / "b.acx");
    CHECK(a != b); // fresh nonce prefix and file id each time
    // The first 64 plaintext bytes appear nowhere in the file.
    CHECK(std::search(a.begin(), a.end(), plain.begin(), plain.begin() + 64) == a.end());
    // Reproducible when the prefix and id are given (a publisher's byte-identical output).
    acx::WriteOptions fixed;
    fixed.fileId = acx::FileId{1, 2, 3};
    fixed.noncePrefix = acx::NoncePrefix{4, 5, 6};
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "c.acx", key, fixed).ok());
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "d.acx", key, fixed).ok());
    CHECK(test::readBytes(dir / "c.acx") == test::readBytes(dir / "d.acx"));
    CHECK(acx::readHeader(dir / "c.acx")->fileId == *fixed.fileId);
}

TEST_CASE("writeAcx replaces the destination atomically and leaves nothing behind on error",
          "[acx][container]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    test::writeBytes(dir / "old.acx", {1, 2, 3});
    auto missing = acx::writeAcx(dir / "nope.bin", dir / "old.acx", key);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == base::ErrorCode::NotFound);
    CHECK(missing.error().file == (dir / "nope.bin").string());
    CHECK(test::readBytes(dir / "old.acx") == std::vector<std::uint8_t>{1, 2, 3}); // untouched
    test::writeBytes(dir / "p.bin", test::patternBytes(100000, 1));
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "old.acx", key).ok());
    std::size_t entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
        INFO(e.path());
        CHECK(e.path().string().find(".tmp-") == std::string::npos);
        ++entries;
    }
    CHECK(entries == 2);
    CHECK(acx::AcxReader::open(dir / "old.acx", key).ok());
}

TEST_CASE("a wrong key is refused before anything is decrypted", "[acx][container][keys]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    test::writeBytes(dir / "p.bin", test::patternBytes(3 * kChunkSize, 2));
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "x.acx", key).ok());
    auto other = acx::AcxReader::open(dir / "x.acx", acx::generateContentKey());
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == base::ErrorCode::Refused);
    CHECK(other.error().file == (dir / "x.acx").string());
    CHECK(other.error().message.find("wrong content key") != std::string::npos);
}

TEST_CASE("altered, reordered, truncated or extended chunks are errors naming the file",
          "[acx][container][tamper]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    const std::size_t size = 4 * kChunkSize + 777; // 5 chunks, the last short
    test::writeBytes(dir / "p.bin", test::patternBytes(size, 3));
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "good.acx", key).ok());
    const auto good = test::readBytes(dir / "good.acx");
    const auto path = dir / "bad.acx";
    const std::size_t full = kChunkSize + kChunkTagSize;

    struct Case {
        const char* name;
        std::vector<std::uint8_t> bytes;
        bool failsAtOpen;
        std::string expect;
    };
    std::vector<Case> cases;
    {
        auto b = good;
        b[chunkStart(2) + 1000] ^= 0x01; // one bit of chunk 2's ciphertext
        cases.push_back({"altered ciphertext", b, false, "chunk 2 of 5 fails authentication"});
    }
    {
        auto b = good;
        b[chunkStart(1) + full - 1] ^= 0x80; // chunk 1's tag
        cases.push_back({"altered tag", b, false, "chunk 1 of 5 fails authentication"});
    }
    {
        auto b = good; // chunks 1 and 2 swapped (same length)
        std::swap_ranges(b.begin() + static_cast<std::ptrdiff_t>(chunkStart(1)),
                         b.begin() + static_cast<std::ptrdiff_t>(chunkStart(2)),
                         b.begin() + static_cast<std::ptrdiff_t>(chunkStart(2)));
        cases.push_back({"reordered", b, false, "chunk 1 of 5 fails authentication"});
    }
    {
        auto b = good; // chunk 0 duplicated over chunk 3
        std::copy_n(good.begin() + static_cast<std::ptrdiff_t>(chunkStart(0)), full,
                    b.begin() + static_cast<std::ptrdiff_t>(chunkStart(3)));
        cases.push_back({"replayed chunk", b, false, "chunk 3 of 5 fails authentication"});
    }
    cases.push_back(
        {"truncated at a chunk boundary",
         std::vector<std::uint8_t>(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(chunkStart(4))),
         true, "truncated"});
    cases.push_back({"truncated mid-chunk", std::vector<std::uint8_t>(good.begin(), good.end() - 100), true,
                     "truncated"});
    {
        auto b = good; // one extra full chunk copied from the middle
        b.insert(b.end(), good.begin() + static_cast<std::ptrdiff_t>(chunkStart(1)),
                 good.begin() + static_cast<std::ptrdiff_t>(chunkStart(2)));
        cases.push_back({"extended by a chunk", b, true, "bytes after its last chunk"});
    }
    {
        auto b = good;
        b.push_back(0);
        cases.push_back({"extended by a byte", b, true, "bytes after its last chunk"});
    }
    {
        auto b = good;
        b[16] ^= 0x01; // plaintext size in the header
        cases.push_back(
            {"altered header", b, true, "wrong content key for this encrypted file (or its header"});
    }
    for (const Case& c : cases) {
        INFO(c.name);
        test::writeBytes(path, c.bytes);
        auto reader = acx::AcxReader::open(path, key);
        base::Error error;
        if (c.failsAtOpen) {
            REQUIRE_FALSE(reader.ok());
            error = reader.error();
        } else {
            REQUIRE(reader.ok());
            auto all = readAll(**reader, 4096);
            REQUIRE_FALSE(all.ok());
            error = all.error();
            // After a failure the reader refuses everything, even chunks that were fine.
            std::uint8_t byte = 0;
            CHECK_FALSE((*reader)->read(0, &byte, 1).ok());
        }
        CHECK(error.file == path.string());
        CHECK(error.describe().find(c.expect) != std::string::npos);
        CHECK(error.describe().find(path.string()) == 0);
    }
}

TEST_CASE("a chunk from another file with the same key does not verify", "[acx][container][tamper]")
{
    test::TempDir dir;
    const auto key = acx::generateContentKey();
    test::writeBytes(dir / "p.bin", test::patternBytes(2 * kChunkSize, 4));
    test::writeBytes(dir / "q.bin", test::patternBytes(2 * kChunkSize, 5));
    REQUIRE(acx::writeAcx(dir / "p.bin", dir / "p.acx", key).ok());
    REQUIRE(acx::writeAcx(dir / "q.bin", dir / "q.acx", key).ok());
    auto p = test::readBytes(dir / "p.acx");
    const auto q = test::readBytes(dir / "q.acx");
    std::copy(q.begin() + static_cast<std::ptrdiff_t>(chunkStart(1)), q.end(),
              p.begin() + static_cast<std::ptrdiff_t>(chunkStart(1)));
    test::writeBytes(dir / "mixed.acx", p);
    auto reader = acx::AcxReader::open(dir / "mixed.acx", key);
    REQUIRE(reader.ok());
    std::vector<std::uint8_t> buf(kChunkSize);
    CHECK((*reader)->read(0, buf.data(), buf.size()).ok()); // chunk 0 is its own
    auto second = (*reader)->read(kChunkSize, buf.data(), buf.size());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.find("chunk 1 of 2") != std::string::npos);
}
