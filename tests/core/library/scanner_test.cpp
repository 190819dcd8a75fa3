// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The scanner against real folders: first scan, rescans (unchanged, touched, removed, moved),
// odd folders (symlink loops, hidden files, non-UTF-8 names), shared covers, cancellation.
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "storage/statement.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"
#include "support/unprivileged.hpp"

#include <catch2/catch.hpp>
#include <taglib/flacfile.h>
#include <taglib/xiphcomment.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace accord;

namespace {

void tagFlac(const std::filesystem::path& p, const std::string& title, bool withCover = false)
{
    TagLib::FLAC::File f(p.c_str());
    f.xiphComment(true)->setTitle(TagLib::String(title, TagLib::String::UTF8));
    if (withCover) {
        auto* pic = new TagLib::FLAC::Picture();
        pic->setType(TagLib::FLAC::Picture::FrontCover);
        pic->setMimeType("image/jpeg");
        pic->setData(TagLib::ByteVector(2048, 'x'));
        f.addPicture(pic);
    }
    if (!f.save())
        throw std::runtime_error("cannot tag " + p.string());
}

// N distinct tagged FLAC files under dir/Artist/Album/.
std::vector<std::filesystem::path> makeLibrary(const std::filesystem::path& dir, int n, bool covers = false)
{
    test::makeWav(dir / ".src/tone.wav", 1.0);
    test::encode(dir / ".src/tone.wav", dir / ".src/tone.flac");
    std::vector<std::filesystem::path> out;
    for (int i = 0; i < n; ++i) {
        const auto p =
            dir / "Artist" / ("Album " + std::to_string(i / 3)) / ("Track " + std::to_string(i) + ".flac");
        std::filesystem::create_directories(p.parent_path());
        std::filesystem::copy_file(dir / ".src/tone.flac", p);
        tagFlac(p, "Title " + std::to_string(i), covers);
        out.push_back(p);
    }
    return out;
}

library::ScanSummary scanOk(library::Scanner& s, const std::filesystem::path& root)
{
    auto r = s.scan({root});
    REQUIRE(r.ok());
    return *r;
}

void bumpMtime(const std::filesystem::path& p)
{
    const auto t = std::filesystem::last_write_time(p);
    std::filesystem::last_write_time(p, t + std::chrono::seconds(5));
}

} // namespace

TEST_CASE("first scan adds, rescans only read what changed", "[library][scan]")
{
    test::TempDir dir;
    const auto files = makeLibrary(dir / "music", 9);
    library::Scanner scanner(dir / "data/library.db");

    auto first = scanOk(scanner, dir / "music");
    CHECK(first.filesSeen == 9); // the hidden .src folder is skipped
    CHECK(first.added == 9);
    CHECK(first.read == 9);

    SECTION("unchanged: nothing is opened")
    {
        auto s = scanOk(scanner, dir / "music");
        CHECK(s.unchanged == 9);
        CHECK(s.read == 0);
        CHECK(s.added + s.updated + s.removed == 0);
    }
    SECTION("touched: only that file is re-read, keeping its id")
    {
        auto db = library::LibraryDb::open(dir / "data/library.db");
        REQUIRE(db.ok());
        const auto before = db->trackByPath(files[4].string());
        REQUIRE(before.ok());
        REQUIRE(before->has_value());
        tagFlac(files[4], "Retitled");
        bumpMtime(files[4]);
        auto s = scanOk(scanner, dir / "music");
        CHECK(s.read == 1);
        CHECK(s.updated == 1);
        CHECK(s.unchanged == 8);
        const auto after = db->trackByPath(files[4].string());
        REQUIRE(after.ok());
        REQUIRE(after->has_value());
        CHECK((*after)->id == (*before)->id);
        CHECK((*after)->info.tags.title == "Retitled");
    }
    SECTION("removed files disappear")
    {
        std::filesystem::remove(files[0]);
        std::filesystem::remove(files[1]);
        auto s = scanOk(scanner, dir / "music");
        CHECK(s.removed == 2);
        CHECK(s.read == 0);
        auto db = library::LibraryDb::open(dir / "data/library.db");
        REQUIRE(db.ok());
        CHECK(db->tracks()->size() == 7);
    }
    SECTION("a moved and renamed file keeps its identity")
    {
        auto db = library::LibraryDb::open(dir / "data/library.db");
        REQUIRE(db.ok());
        const auto before = db->trackByPath(files[2].string());
        REQUIRE(before.ok());
        REQUIRE(before->has_value());
        const auto moved = dir / "music/Elsewhere/Renamed 周.flac";
        std::filesystem::create_directories(moved.parent_path());
        std::filesystem::rename(files[2], moved);
        auto s = scanOk(scanner, dir / "music");
        CHECK(s.moved == 1);
        CHECK(s.added == 0);
        CHECK(s.removed == 0);
        const auto after = db->trackByPath(moved.string());
        REQUIRE(after.ok());
        REQUIRE(after->has_value());
        CHECK((*after)->id == (*before)->id);
        CHECK((*after)->info.tags.title == "Title 2");
        CHECK_FALSE(db->trackByPath(files[2].string())->has_value());
    }
    SECTION("a copy is a new track; the original stays")
    {
        std::filesystem::copy_file(files[3], dir / "music/copy.flac");
        auto s = scanOk(scanner, dir / "music");
        CHECK(s.added == 1);
        CHECK(s.moved == 0);
    }
}

TEST_CASE("symlink loops, hidden files and non-UTF-8 names", "[library][scan]")
{
    test::TempDir dir;
    makeLibrary(dir / "music", 3);
    const auto music = dir / "music";
    std::filesystem::create_directory_symlink(music, music / "Artist" / "loop");  // points at an ancestor
    std::filesystem::create_directory_symlink(music / "Artist", music / "again"); // a second way in
    std::filesystem::copy_file(music / "Artist/Album 0/Track 0.flac", music / "Artist/.hidden.flac");
    const std::string latin1 = std::string("caf") + '\xE9' + ".flac"; // ISO-8859-1 name, invalid UTF-8
    std::filesystem::copy_file(music / "Artist/Album 0/Track 1.flac", music / latin1);
    std::filesystem::create_directory_symlink(dir / "nowhere", music / "dangling");

    library::Scanner scanner(dir / "data/library.db");
    auto s = scanOk(scanner, music);
    CHECK(s.filesSeen == 4); // 3 tracks once each (loop and second link not re-entered) + the Latin-1 name
    CHECK(s.added == 4);
    auto db = library::LibraryDb::open(dir / "data/library.db");
    REQUIRE(db.ok());
    const auto t = db->trackByPath((music / latin1).string());
    REQUIRE(t.ok());
    REQUIRE(t->has_value());
    CHECK((*t)->path == (music / latin1).string()); // bytes kept exactly
    auto again = scanOk(scanner, music);
    CHECK(again.read == 0);
    CHECK(again.unchanged == 4);
}

TEST_CASE("an unreadable folder is reported and its tracks are kept", "[library][scan]")
{
    // As root (CI), the scans run as nobody: root reads a chmod 000 folder, so the check would pass unseen.
    test::TempDir dir;
    makeLibrary(dir / "music", 3);
    const auto locked = dir / "music/Artist/Album 0";
    const std::string seen = test::runUnprivileged(dir.path(), [&] {
        library::Scanner scanner(dir / "data/library.db");
        auto first = scanner.scan({dir / "music"});
        if (!first.ok())
            return "first scan failed: " + first.error().message;
        ::chmod(locked.c_str(), 0);
        auto s = scanner.scan({dir / "music"});
        ::chmod(locked.c_str(), 0755);
        if (!s.ok())
            return "second scan failed: " + s.error().message;
        std::string out = "added " + std::to_string(first->added) + "\nremoved " + std::to_string(s->removed);
        for (const auto& p : s->problems)
            out += "\nproblem " + p.path;
        return out;
    });
    CHECK(seen == "added 3\nremoved 0\nproblem " + locked.string());
}

TEST_CASE("an embedded cover shared by an album is stored once", "[library][scan]")
{
    test::TempDir dir;
    makeLibrary(dir / "music", 3, true);
    library::Scanner scanner(dir / "data/library.db");
    REQUIRE(scanOk(scanner, dir / "music").added == 3);
    auto db = library::LibraryDb::open(dir / "data/library.db");
    REQUIRE(db.ok());
    auto q = storage::Statement::prepare(
        db->connection(), "SELECT count(*), (SELECT count(DISTINCT cover_hash) FROM tracks) FROM covers");
    REQUIRE(q.ok());
    REQUIRE(q->step().value());
    CHECK(q->columnInt(0) == 1);
    CHECK(q->columnInt(1) == 1);
    const auto tracks = db->tracks();
    REQUIRE(tracks.ok());
    const auto cover = db->cover(tracks->front().coverHash);
    REQUIRE(cover.ok());
    REQUIRE(cover->has_value());
    CHECK((*cover)->data.size() == 2048);
}

TEST_CASE("progress is reported and a cancelled scan removes nothing", "[library][scan]")
{
    test::TempDir dir;
    const auto files = makeLibrary(dir / "music", 12);
    library::Scanner scanner(dir / "data/library.db", library::ScannerOptions{1});
    REQUIRE(scanOk(scanner, dir / "music").added == 12);
    std::filesystem::remove(files[0]);
    for (std::size_t i = 1; i < files.size(); ++i)
        bumpMtime(files[i]);
    std::vector<library::ScanProgress> seen;
    scanner.cancel(); // a cancel before a scan does not stick: scan() starts afresh
    auto r = scanner.scan({dir / "music"}, [&](const library::ScanProgress& p) {
        seen.push_back(p);
        scanner.cancel();
    });
    REQUIRE(r.ok());
    CHECK(r->cancelled);
    CHECK(r->removed == 0);
    CHECK(r->read <= 11); // readers stop at the next file; how many got in first is timing
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.front().toRead == 11);
    auto db = library::LibraryDb::open(dir / "data/library.db");
    REQUIRE(db.ok());
    CHECK(db->tracks()->size() == 12); // the vanished file is still there until a full scan
    auto full = scanOk(scanner, dir / "music");
    CHECK(full.removed == 1);
}

TEST_CASE("an empty library root that had tracks is reported and keeps them unless asked", "[library][scan]")
{
    test::TempDir dir;
    makeLibrary(dir / "music", 3);
    std::filesystem::create_directories(dir / "fresh");
    library::Scanner scanner(dir / "data/library.db");
    REQUIRE(scanOk(scanner, dir / "music").added == 3);
    // The disk behind the mount point is gone: the folder is there, empty.
    for (const auto& e : std::filesystem::directory_iterator(dir / "music"))
        std::filesystem::remove_all(e.path());
    auto s = scanOk(scanner, dir / "music");
    CHECK(s.removed == 0);
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems[0].path == std::filesystem::canonical(dir / "music").string());
    CHECK(s.problems[0].reason.find("has 3 tracks there") != std::string::npos);
    auto db = library::LibraryDb::open(dir / "data/library.db");
    REQUIRE(db.ok());
    CHECK(db->tracks()->size() == 3);

    // A root that never had tracks is simply empty, not a problem.
    CHECK(scanOk(scanner, dir / "fresh").problems.empty());

    // Asked to, the scan removes them.
    library::ScannerOptions allow;
    allow.allowEmptyRoot = true;
    library::Scanner emptying(dir / "data/library.db", allow);
    auto e = scanOk(emptying, dir / "music");
    CHECK(e.removed == 3);
    CHECK(e.problems.empty());
    CHECK(db->tracks()->size() == 0);
}

TEST_CASE("the library reads from a read-only data dir without writing", "[library][scan]")
{
    test::TempDir dir;
    makeLibrary(dir / "music", 2);
    library::Scanner scanner(dir / "data/library.db");
    REQUIRE(scanOk(scanner, dir / "music").added == 2);
    for (const auto& e : std::filesystem::directory_iterator(dir / "data"))
        std::filesystem::permissions(e.path(), std::filesystem::perms(0444));
    std::filesystem::permissions(dir / "data", std::filesystem::perms(0555));
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0755));
    // Root ignores file modes: the reader runs as nobody in a child process.
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(3);
        auto db = library::LibraryDb::openForReading(dir / "data/library.db");
        if (!db)
            ::_exit(1);
        auto tracks = db->tracks();
        ::_exit(tracks && tracks->size() == 2 ? 0 : 2);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::filesystem::permissions(dir / "data", std::filesystem::perms(0755));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "data/library.db-wal"));
}
