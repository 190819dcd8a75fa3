// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Deliberately broken files: each is refused with its reason, and a scan of them all finishes.
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "library/tag_reader.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <random>

using namespace accord;
using library::BadFileReason;

namespace {

std::string readAll(const std::filesystem::path& p)
{
    std::string out(static_cast<std::size_t>(std::filesystem::file_size(p)), '\0');
    std::FILE* f = std::fopen(p.c_str(), "rb");
    REQUIRE(f != nullptr);
    const std::size_t n = std::fread(out.data(), 1, out.size(), f);
    std::fclose(f);
    REQUIRE(n == out.size());
    return out;
}

std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (char& c : s)
        c = static_cast<char>(rng() & 0xFF);
    return s;
}

// A folder of broken files -> expected reason per file name.
std::map<std::string, BadFileReason> makeBrokenFolder(const std::filesystem::path& dir)
{
    test::makeWav(dir / "src/tone.wav", 3.0);
    for (const char* ext : {".flac", ".mp3", ".opus", ".ogg"})
        test::encode(dir / "src/tone.wav", dir / (std::string("src/tone") + ext));
    const std::string flac = readAll(dir / "src/tone.flac"), mp3 = readAll(dir / "src/tone.mp3");
    const std::string opus = readAll(dir / "src/tone.opus"), ogg = readAll(dir / "src/tone.ogg");
    const std::string wav = readAll(dir / "src/tone.wav");
    const auto b = dir / "broken";
    test::writeFile(b / "empty.flac", "");
    test::writeFile(b / "empty.mp3", "");
    test::writeFile(b / "random.flac", randomBytes(65536, 1));
    test::writeFile(b / "random.ogg", randomBytes(65536, 2));
    test::writeFile(b / "random.mp3", randomBytes(65536, 3));
    test::writeFile(b / "trunc40.flac", flac.substr(0, flac.size() * 40 / 100));
    test::writeFile(b / "trunc100b.flac", flac.substr(0, 100));
    test::writeFile(b / "trunc30.mp3", mp3.substr(0, mp3.size() * 30 / 100));
    test::writeFile(b / "trunc50.opus", opus.substr(0, opus.size() * 50 / 100));
    test::writeFile(b / "trunc50.ogg", ogg.substr(0, ogg.size() * 50 / 100));
    test::writeFile(b / "trunc.wav", wav.substr(0, wav.size() / 2));
    test::writeFile(b / "picture.mp3", std::string("\x89PNG\r\n\x1a\n", 8) + randomBytes(5000, 4));
    test::writeFile(b / "notes.flac", "this is a text file, not audio\n");
    // 12- and 20-bit FLAC play (FFmpeg decodes them, issue 17); a STREAMINFO claiming 28 bits does not.
    std::string deep = flac;
    deep[8 + 12] = static_cast<char>(deep[8 + 12] | 1);                   // bits-1 = 27: high bit
    deep[8 + 13] = static_cast<char>((deep[8 + 13] & 0x0F) | (0xB << 4)); // and the low four 1011
    test::writeFile(b / "twenty-eight-bit.flac", deep);
    return {{"empty.flac", BadFileReason::Empty},
            {"empty.mp3", BadFileReason::Empty},
            {"random.flac", BadFileReason::CorruptHeader},
            {"random.ogg", BadFileReason::CorruptHeader},
            {"random.mp3", BadFileReason::CorruptHeader},
            {"trunc40.flac", BadFileReason::Truncated},
            {"trunc100b.flac", BadFileReason::CorruptHeader},
            {"trunc30.mp3", BadFileReason::Truncated},
            {"trunc50.opus", BadFileReason::Truncated},
            {"trunc50.ogg", BadFileReason::Truncated},
            {"trunc.wav", BadFileReason::Truncated},
            {"picture.mp3", BadFileReason::UnsupportedFormat},
            {"notes.flac", BadFileReason::CorruptHeader},
            {"twenty-eight-bit.flac", BadFileReason::UnsupportedBitDepth}};
}

} // namespace

TEST_CASE("each broken file is refused with its reason", "[library][bad]")
{
    test::TempDir dir;
    const auto expected = makeBrokenFolder(dir.path());
    for (const auto& [name, reason] : expected) {
        INFO(name);
        const auto r = library::readTrackFile((dir / "broken" / name).string());
        CHECK_FALSE(r.track);
        CHECK(library::toString(r.badReason) == std::string(library::toString(reason)));
        CHECK_FALSE(r.badDetail.empty());
    }
    // The intact sources read fine, so the verdicts above are about the damage.
    for (const char* ok : {"tone.flac", "tone.mp3", "tone.opus", "tone.ogg", "tone.wav"})
        CHECK(library::readTrackFile((dir / "src" / ok).string()).track);
}

TEST_CASE("a file with the wrong extension is read by its content", "[library][bad]")
{
    test::TempDir dir;
    test::makeWav(dir / "t.wav", 1.0);
    test::encode(dir / "t.wav", dir / "t.flac");
    std::filesystem::copy_file(dir / "t.flac", dir / "really-flac.mp3");
    std::filesystem::copy_file(dir / "t.wav", dir / "really-wav.flac");
    const auto a = library::readTrackFile((dir / "really-flac.mp3").string());
    REQUIRE(a.track);
    CHECK(a.track->audio.codec == "flac");
    const auto b = library::readTrackFile((dir / "really-wav.flac").string());
    REQUIRE(b.track);
    CHECK(b.track->audio.codec == "pcm");
}

TEST_CASE("a scan of broken files lists every one with its reason and keeps the good ones", "[library][bad]")
{
    test::TempDir dir;
    const auto expected = makeBrokenFolder(dir.path());
    const auto db = dir / "data/library.db";
    library::Scanner scanner(db);
    auto s = scanner.scan({dir.path()});
    REQUIRE(s.ok());
    CHECK(s->filesSeen == expected.size() + 5);
    CHECK(s->added == 5);
    REQUIRE(s->badFiles.size() == expected.size());
    for (const auto& bad : s->badFiles) {
        const std::string name = std::filesystem::path(bad.path).filename().string();
        INFO(name);
        REQUIRE(expected.count(name) == 1);
        CHECK(bad.reason == expected.at(name));
    }
    // Known bad files are not reopened on a rescan, and are still listed.
    auto again = scanner.scan({dir.path()});
    REQUIRE(again.ok());
    CHECK(again->read == 0);
    CHECK(again->badFiles.size() == expected.size());
    // A bad file that gets repaired becomes a track.
    std::filesystem::copy_file(dir / "src/tone.flac", dir / "broken/trunc40.flac",
                               std::filesystem::copy_options::overwrite_existing);
    auto repaired = scanner.scan({dir.path()});
    REQUIRE(repaired.ok());
    CHECK(repaired->added == 1);
    CHECK(repaired->badFiles.size() == expected.size() - 1);
}
