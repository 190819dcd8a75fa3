// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// FileBytes serves every range exactly as the file holds it, from at most one read of the head and one of
// the tail; readTrackFile reads each encoder-made file with at most those two reads (one for a small file).
#include "library/content_hash.hpp"
#include "library/file_bytes.hpp"
#include "library/tag_reader.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/xiphcomment.h>

#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <unistd.h>
#include <vector>

using namespace accord;
using library::FileBytes;

namespace {

std::vector<std::uint8_t> pattern(std::size_t n)
{
    std::vector<std::uint8_t> v(n);
    std::mt19937 rng(42);
    for (auto& b : v)
        b = static_cast<std::uint8_t>(rng());
    return v;
}

std::filesystem::path writeFile(const test::TempDir& dir, const std::string& name,
                                const std::vector<std::uint8_t>& bytes)
{
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

struct OpenFile {
    int fd;
    explicit OpenFile(const std::filesystem::path& p) : fd(::open(p.c_str(), O_RDONLY)) {}
    ~OpenFile() { ::close(fd); }
};

} // namespace

TEST_CASE("FileBytes: a small file is one read, every range is the file's own bytes", "[library][io]")
{
    test::TempDir dir;
    const auto data = pattern(100 * 1024);
    OpenFile f(writeFile(dir, "small.bin", data));
    FileBytes in(f.fd, static_cast<std::int64_t>(data.size()));
    std::mt19937 rng(7);
    for (int i = 0; i < 500; ++i) {
        const std::size_t off = rng() % data.size();
        const std::size_t n = 1 + rng() % 20000;
        std::vector<std::uint8_t> got(n);
        const std::size_t k = in.read(got.data(), n, static_cast<std::int64_t>(off));
        REQUIRE(k == std::min(n, data.size() - off));
        REQUIRE(std::equal(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(k),
                           data.begin() + static_cast<std::ptrdiff_t>(off)));
    }
    CHECK(in.readCalls() == 1);
    CHECK(in.bytesRead() == static_cast<std::int64_t>(data.size()));
    std::uint8_t b = 0;
    CHECK(in.read(&b, 1, static_cast<std::int64_t>(data.size())) == 0);
    CHECK(in.read(&b, 1, -1) == 0);
}

TEST_CASE("FileBytes: a big file is one read of the head and one of the tail, the rest on demand",
          "[library][io]")
{
    test::TempDir dir;
    const auto data = pattern(1024 * 1024 + 123);
    OpenFile f(writeFile(dir, "big.bin", data));
    FileBytes in(f.fd, static_cast<std::int64_t>(data.size()));
    const auto size = static_cast<std::int64_t>(data.size());
    auto same = [&](std::int64_t off, std::size_t n) {
        std::vector<std::uint8_t> got(n);
        const std::size_t k = in.read(got.data(), n, off);
        const std::size_t want =
            static_cast<std::size_t>(std::min<std::int64_t>(std::int64_t(n), size - off));
        return k == want && std::equal(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(k),
                                       data.begin() + static_cast<std::ptrdiff_t>(off));
    };
    CHECK(same(0, 10));
    CHECK(same(1000, 60000));
    CHECK(same(size - 8192, 8192));
    CHECK(same(size - 100, 1000)); // clipped at the end
    CHECK(in.readCalls() == 2);
    CHECK(in.bytesRead() == std::int64_t(FileBytes::kHeadBytes + FileBytes::kTailBytes));
    const auto tail = in.view(size - 8192, 8192);
    CHECK(std::equal(tail.begin(), tail.end(), data.end() - 8192));
    CHECK(in.readCalls() == 2); // a view of a window is no read

    // Between the windows, and across a window's edge: from the file, still the right bytes.
    CHECK(same(500000, 4096));
    CHECK(same(std::int64_t(FileBytes::kHeadBytes) - 10, 100));
    CHECK(same(size - std::int64_t(FileBytes::kTailBytes) - 50, 100));
    const auto middle = in.view(600000, 3000);
    CHECK(std::equal(middle.begin(), middle.end(), data.begin() + 600000));
    CHECK(in.readCalls() == 6); // one per range outside the windows, none for the windows again
}

TEST_CASE("readTrackFile reads an encoded file with one read of its head and one of its tail",
          "[library][io]")
{
    test::TempDir dir;
    const auto wav = dir / "src.wav";
    test::makeWav(wav, 20.0); // long enough that no format fits in one window
    for (const char* name : {"a.flac", "a.mp3", "a.ogg", "a.opus", "a.wav"}) {
        INFO(name);
        const auto path = dir / name;
        if (std::string(name) == "a.wav")
            std::filesystem::copy_file(wav, path);
        else
            test::encode(wav, path);
        test::tagFile(path, {{"TITLE", "Head and tail"}, {"ARTIST", "Once"}});
        library::ReadIo io;
        const auto r = library::readTrackFile(path.string(), &io);
        REQUIRE(r.track);
        CHECK(r.track->tags.title == "Head and tail");
        CHECK(r.track->audio.durationMs > 19900);
        CHECK(r.track->audio.durationMs < 20100);
        const auto size = static_cast<std::int64_t>(std::filesystem::file_size(path));
        if (size <= std::int64_t(FileBytes::kWholeFileBytes)) {
            CHECK(io.readCalls == 1);
            CHECK(io.bytesRead == size);
        } else {
            CHECK(io.readCalls == 2);
            CHECK(io.bytesRead == std::int64_t(FileBytes::kHeadBytes + FileBytes::kTailBytes));
        }

        // The content hash is the one earlier versions stored: size, the first and the last 8 KiB.
        std::ifstream is(path, std::ios::binary);
        std::vector<std::uint8_t> all(static_cast<std::size_t>(size));
        is.read(reinterpret_cast<char*>(all.data()), size);
        const std::size_t w = 8192;
        std::uint64_t h =
            library::hash64({all.data(), std::min(all.size(), w)}, static_cast<std::uint64_t>(size));
        if (all.size() > w)
            h ^= library::hash64({all.data() + all.size() - w, w}, h);
        CHECK(r.contentHash == h);
    }
}

TEST_CASE("readTrackFile reads a cover bigger than the head window from the file", "[library][io]")
{
    test::TempDir dir;
    const auto path = dir / "cover.flac";
    test::makeWav(dir / "src.wav", 5.0);
    test::encode(dir / "src.wav", path);
    TagLib::ByteVector big("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 300000; ++i)
        big.append(static_cast<char>(i * 13));
    {
        TagLib::FLAC::File f(path.c_str());
        auto* pic = new TagLib::FLAC::Picture();
        pic->setType(TagLib::FLAC::Picture::FrontCover);
        pic->setMimeType("image/png");
        pic->setData(big);
        f.addPicture(pic);
        f.xiphComment(true)->setTitle("Big cover");
        REQUIRE(f.save());
    }
    library::ReadIo io;
    const auto r = library::readTrackFile(path.string(), &io);
    REQUIRE(r.track);
    CHECK(r.track->tags.title == "Big cover");
    REQUIRE(r.track->tags.cover);
    CHECK(r.track->tags.cover->data.size() == big.size());
    CHECK(std::memcmp(r.track->tags.cover->data.data(), big.data(), big.size()) == 0);
    CHECK(io.readCalls >= 3); // the picture beyond the head came from the file
}
