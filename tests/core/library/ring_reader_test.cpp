// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// One reader thread reading through io_uring (RingReader) stores exactly what open/pread stores: on a folder
// of every format and broken files, with files deleted, replaced or emptied after the list was made, with
// an unreadable file, and where io_uring is refused (a seccomp filter), where it falls back to open/pread.
#include "library/file_bytes.hpp"
#include "library/ring_reader.hpp"
#include "library/scanner.hpp"
#include "library/tag_reader.hpp"
#include "storage/connection.hpp"
#include "storage/statement.hpp"
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"
#include "support/unprivileged.hpp"

#include <catch2/catch.hpp>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/xiphcomment.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <random>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

using namespace accord;
namespace fs = std::filesystem;

namespace {

void writeBytes(const fs::path& p, const std::string& bytes)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string readBytes(const fs::path& p, std::size_t n = std::string::npos)
{
    std::ifstream in(p, std::ios::binary);
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return s.substr(0, n);
}

// Every container the scan reads, tagged, small (read whole) and big (head and tail), a cover beyond the
// head window, and broken files; names with CJK and non-UTF-8 bytes. Returns the files in path order.
std::vector<fs::path> makeEveryFormat(const fs::path& root)
{
    const fs::path src = root / ".src";
    test::makeWav(src / "a.wav", 1.0, 1);
    test::makeWav(src / "long.wav", 4.0, 2);
    const fs::path album = root / "Artist/Album";
    fs::create_directories(album);
    int n = 0;
    const auto make = [&](const std::string& name, const fs::path& wav, bool tag = true) {
        const fs::path out = album / name;
        test::encode(wav, out);
        if (tag)
            test::tagFile(out, {{"TITLE", "Title " + std::to_string(++n)},
                                {"ARTIST", "Artist 周"},
                                {"ALBUM", "Album"},
                                {"TRACKNUMBER", std::to_string(n)},
                                {"ISRC", "CNA0B2600" + std::to_string(100 + n)}});
    };
    make("01 flac.flac", src / "a.wav");
    make("02 flac long.flac", src / "long.wav");
    make("03 mp3.mp3", src / "a.wav");
    make("04 mp3 long.mp3", src / "long.wav");
    make("05 vorbis.ogg", src / "a.wav");
    make("06 opus.opus", src / "a.wav");
    make("07 aiff.aiff", src / "a.wav");
    make("08 wav.wav", src / "a.wav"); // 176 KiB: a head and a tail window
    const auto ffmpeg = [&](const std::string& args, const fs::path& out) {
        test::run("ffmpeg -v error -y -i " + test::shellQuote((src / "a.wav").string()) + " " + args + " " +
                  test::shellQuote(out.string()));
    };
    ffmpeg("-c:a aac -b:a 96k", album / "09 aac.m4a");
    test::tagFile(album / "09 aac.m4a", {{"TITLE", "AAC"}});
    ffmpeg("-c:a alac", album / "10 alac.m4a");
    ffmpeg("-c:a aac -f adts", album / "11 adts.aac");
    test::run("wavpack -q -y " + test::shellQuote((src / "a.wav").string()) + " -o " +
              test::shellQuote((album / "12 wavpack.wv").string()));
    {
        // A 300 KiB cover: TagLib reads it from between the windows.
        const fs::path p = album / "13 cover.flac";
        test::encode(src / "a.wav", p);
        TagLib::FLAC::File f(p.c_str());
        auto* pic = new TagLib::FLAC::Picture();
        pic->setType(TagLib::FLAC::Picture::FrontCover);
        pic->setMimeType("image/jpeg");
        std::string big(300 * 1024, '\0');
        std::mt19937 rng(3);
        for (char& c : big)
            c = static_cast<char>(rng());
        pic->setData(TagLib::ByteVector(big.data(), static_cast<unsigned>(big.size())));
        f.addPicture(pic);
        f.xiphComment(true)->setTitle("Cover");
        REQUIRE(f.save());
    }
    writeBytes(album / "14 empty.mp3", "");
    std::string noise(50000, '\0');
    std::mt19937 rng(9);
    for (char& c : noise)
        c = static_cast<char>(rng());
    writeBytes(album / "15 noise.flac", noise);
    writeBytes(album / "16 cut.ogg", readBytes(album / "05 vorbis.ogg", 3000));
    writeBytes(album / "17 cut long.flac", readBytes(album / "02 flac long.flac", 100000));
    fs::copy_file(album / "03 mp3.mp3", root / "Artist/\xff\xfe bytes.mp3");
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() && e.path().string().find("/.src/") == std::string::npos)
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Everything a scan stored, as text, without row ids and times.
std::string dump(const fs::path& db)
{
    auto conn = storage::Connection::open(db, storage::Connection::Mode::ReadOnly);
    REQUIRE(conn.ok());
    std::string out;
    for (const char* sql :
         {"SELECT "
          "path||'|'||size||'|'||content_hash||'|'||title||'|'||artists||'|'||album||'|'||album_artist||'|'||"
          "quote(track_number)||'|'||quote(track_total)||'|'||quote(disc_number)||'|'||date||'|'||genre||'|'|"
          "|"
          "isrc||'|'||lyrics||'|'||quote(cover_hash)||'|'||duration_ms||'|'||sample_rate||'|'||bit_depth||'|'"
          "||"
          "channels||'|'||codec||'|'||bitrate_kbps FROM tracks ORDER BY path",
          "SELECT path||'|'||size||'|'||reason||'|'||detail FROM bad_files ORDER BY path",
          "SELECT hash||'|'||length(data) FROM covers ORDER BY hash"}) {
        auto st = storage::Statement::prepare(*conn, sql);
        REQUIRE(st.ok());
        REQUIRE(st->forEachRow([&](storage::Statement& row) { out += row.columnText(0) + "\n"; }).ok());
    }
    return out;
}

library::ScanSummary scan(const fs::path& db, const fs::path& root, unsigned threads, bool ioUring)
{
    library::ScannerOptions options;
    options.readerThreads = threads;
    options.ioUring = ioUring;
    library::Scanner scanner(db, options);
    auto r = scanner.scan({root});
    REQUIRE(r.ok());
    return *r;
}

bool ringAvailable(std::string* why)
{
    static const std::string empty;
    return library::RingReader::create(
               0, [&](std::size_t) -> const std::string& { return empty; }, 4, why) != nullptr;
}

// What readTrackFile made of a file, for comparing two ways of reading it.
std::string describe(const library::ReadOutcome& r)
{
    std::string s = "hash " + std::to_string(r.contentHash);
    if (!r.track)
        return s + " bad " + library::toString(r.badReason) + ": " + r.badDetail;
    const auto& t = *r.track;
    return s + " title '" + t.tags.title + "' codec " + t.audio.codec + " ms " +
           std::to_string(t.audio.durationMs) + " rate " + std::to_string(t.audio.sampleRate) + " kbps " +
           std::to_string(t.audio.bitrateKbps) + " cover " +
           std::to_string(t.tags.cover ? t.tags.cover->data.size() : 0);
}

// Makes io_uring_setup fail with ENOSYS for the calling thread and the threads it starts afterwards (a
// container's seccomp profile does the same). Returns false when the filter could not be installed.
bool refuseIoUring()
{
    sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, static_cast<std::uint32_t>(offsetof(seccomp_data, nr))),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<std::uint32_t>(__NR_io_uring_setup), 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (ENOSYS & SECCOMP_RET_DATA)),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    sock_fprog prog{static_cast<unsigned short>(std::size(filter)), filter};
    return ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
           ::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) == 0;
}

} // namespace

TEST_CASE("one reader through io_uring stores what open/pread and several readers store",
          "[library][scan][io]")
{
    test::TempDir dir;
    makeEveryFormat(dir / "music");
    std::string why;
    const bool ring = ringAvailable(&why);
    if (!ring)
        WARN("io_uring is refused here (" << why << "): only the fallback path runs");

    const auto viaRing = scan(dir / "ring/library.db", dir / "music", 1, true);
    const auto viaPread = scan(dir / "pread/library.db", dir / "music", 1, false);
    const auto viaPool = scan(dir / "pool/library.db", dir / "music", 4, true);
    const auto viaPoolPread = scan(dir / "pool-pread/library.db", dir / "music", 3, false);
    CHECK(viaRing.ioUring == ring);
    CHECK(viaRing.ioUringRefused.empty() == ring);
    CHECK_FALSE(viaPread.ioUring);
    CHECK_FALSE(viaPool.ioUring); // several readers read with open/pread
    CHECK_FALSE(viaPoolPread.ioUring);
    CHECK(viaRing.filesSeen == 18);
    CHECK(viaRing.added == viaPread.added);
    CHECK(viaRing.badFiles.size() == viaPread.badFiles.size());
    CHECK(viaPread.badFiles.size() >= 3); // empty, noise, cut short
    const std::string expected = dump(dir / "pread/library.db");
    CHECK(expected.find("13 cover.flac") != std::string::npos);
    CHECK(expected.find("|307200\n") != std::string::npos); // the whole cover
    CHECK(dump(dir / "ring/library.db") == expected);
    CHECK(dump(dir / "pool/library.db") == expected);
    CHECK(dump(dir / "pool-pread/library.db") == expected);
}

TEST_CASE("RingReader: every file read ahead reads as readTrackFile reads it, even files changed meanwhile",
          "[library][io]")
{
    test::TempDir dir;
    const std::vector<fs::path> files = makeEveryFormat(dir / "music");
    std::string why;
    auto ringOrNull = library::RingReader::create(
        files.size(), [&](std::size_t i) -> const std::string& { return files[i].native(); }, 3, &why);
    if (!ringOrNull) {
        WARN("io_uring is refused here (" << why << "): nothing to compare");
        return;
    }
    library::RingReader& ring = *ringOrNull;
    // The first file is taken before the others change: from then on at most three files are open.
    library::ReadIo io;
    const auto first = library::readTrackFile(files[0], ring.next(), &io);
    CHECK(describe(first) == describe(library::readTrackFile(files[0])));
    CHECK(io.readCalls <= 2);

    // Past the read-ahead depth: one deleted, one replaced by another format, one emptied in place, one
    // replaced by a folder, one grown past the whole-file window (now with a tail).
    const auto at = [&](const char* part) {
        const auto it = std::find_if(files.begin(), files.end(), [&](const fs::path& p) {
            return p.filename().string().find(part) != std::string::npos;
        });
        REQUIRE(it != files.end());
        return *it;
    };
    fs::remove(at("09 aac"));
    fs::copy_file(at("03 mp3.mp3"), dir / "new.mp3");
    REQUIRE(std::find(files.begin(), files.end(), at("09 aac")) - files.begin() > 4); // not opened yet
    fs::rename(dir / "new.mp3", at("10 alac"));
    ::truncate(at("12 wavpack").c_str(), 0);
    fs::remove(at("15 noise"));
    fs::create_directory(at("15 noise"));
    {
        const fs::path grow = at("16 cut.ogg");
        writeBytes(grow, readBytes(files[0]) + std::string(200 * 1024, 'x'));
    }
    std::size_t whole = 0;
    for (std::size_t i = 1; i < files.size(); ++i) {
        INFO(files[i]);
        library::OpenedFile f = ring.next();
        whole += f.windows.head ? 1u : 0u;
        const auto viaRing = library::readTrackFile(files[i], std::move(f));
        CHECK(describe(viaRing) == describe(library::readTrackFile(files[i])));
    }
    CHECK(whole >= files.size() - 6); // every file still there and not empty came with its head
    CHECK(describe(library::readTrackFile(at("09 aac"))).find("No such file") != std::string::npos);
}

TEST_CASE("RingReader: a reader dropped early waits for its reads and closes what it opened", "[library][io]")
{
    test::TempDir dir;
    std::vector<fs::path> files;
    for (int i = 0; i < 40; ++i) {
        files.push_back(dir / ("f" + std::to_string(i) + ".bin"));
        writeBytes(files.back(),
                   std::string(static_cast<std::size_t>(1000 + i * 7000), static_cast<char>('a' + i % 26)));
    }
    const auto openFds = [] {
        return std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator{});
    };
    const auto before = openFds();
    {
        auto ring = library::RingReader::create(
            files.size(), [&](std::size_t i) -> const std::string& { return files[i].native(); }, 16);
        if (!ring) {
            WARN("io_uring is refused here");
            return;
        }
        for (int i = 0; i < 5; ++i) {
            library::OpenedFile f = ring->next();
            REQUIRE(f.fd >= 0);
            REQUIRE(f.windows.head);
            const std::size_t n = library::FileBytes::headLength(f.size);
            CHECK(std::string(reinterpret_cast<const char*>(f.windows.head.get()), n) ==
                  readBytes(files[static_cast<std::size_t>(i)], n));
            library::FileBytes::giveBack(std::move(f.windows.head), std::move(f.windows.tail));
            ::close(f.fd);
        }
    }
    CHECK(openFds() == before);
}

TEST_CASE("an unreadable file is reported with its path, through io_uring and without", "[library][scan][io]")
{
    // As root (CI) the scans run as nobody: root reads a chmod 000 file.
    test::TempDir dir;
    makeEveryFormat(dir / "music");
    const fs::path locked = dir / "music/Artist/Album/05 vorbis.ogg";
    const std::string seen = test::runUnprivileged(dir.path(), [&] {
        ::chmod(locked.c_str(), 0);
        std::string out;
        for (const bool ring : {true, false}) {
            library::ScannerOptions options;
            options.readerThreads = 1;
            options.ioUring = ring;
            library::Scanner scanner(dir / (ring ? "ring.db" : "pread.db"), options);
            auto s = scanner.scan({dir / "music"});
            if (!s.ok())
                return "scan failed: " + s.error().message;
            for (const auto& b : s->badFiles)
                if (b.path == locked.string())
                    out += std::string(library::toString(b.reason)) + ": " + b.detail + "\n";
        }
        return out;
    });
    const std::string line = std::string(library::toString(library::BadFileReason::Unreadable)) + ": " +
                             std::strerror(EACCES) + "\n";
    CHECK(seen == line + line);
}

TEST_CASE("where io_uring is refused, one reader falls back to open/pread and stores the same",
          "[library][scan][io]")
{
    test::TempDir dir;
    makeEveryFormat(dir / "music");
    scan(dir / "ring/library.db", dir / "music", 1, true);
    bool filtered = false, created = true;
    std::string why;
    library::ScanSummary refused;
    std::thread confined([&] { // the filter binds this thread and the scan's readers, not the test runner
        filtered = refuseIoUring();
        if (!filtered)
            return;
        created = ringAvailable(&why);
        library::ScannerOptions options;
        options.readerThreads = 1;
        library::Scanner scanner(dir / "refused/library.db", options);
        if (auto r = scanner.scan({dir / "music"}); r.ok())
            refused = *r;
    });
    confined.join();
    REQUIRE(filtered);
    CHECK_FALSE(created);
    CHECK(why.find("io_uring_setup") != std::string::npos);
    CHECK_FALSE(refused.ioUring);
    CHECK(refused.ioUringRefused.find("io_uring_setup") != std::string::npos);
    CHECK(refused.added > 10);
    CHECK(dump(dir / "refused/library.db") == dump(dir / "ring/library.db"));
}
