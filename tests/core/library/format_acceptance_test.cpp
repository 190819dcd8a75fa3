// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Valid files the structural checks once refused (issue 17): each is accepted with its true properties.
#include "audio/decoder.hpp"
#include "library/library_db.hpp"
#include "library/scanner.hpp"
#include "library/tag_reader.hpp"
#include "support/audio_fixtures.hpp"
#include "support/fixtures.hpp"
#include "support/odd_audio_files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace accord;

namespace {

std::vector<std::int16_t> tone16(std::size_t frames)
{
    std::vector<std::int16_t> pcm(frames * 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / 44100.0;
        pcm[2 * i] = static_cast<std::int16_t>(std::lrint(12000.0 * std::sin(2 * M_PI * 440.0 * t)));
        pcm[2 * i + 1] = static_cast<std::int16_t>(std::lrint(9000.0 * std::sin(2 * M_PI * 660.0 * t)));
    }
    return pcm;
}

} // namespace

TEST_CASE("the scan accepts valid FLAC of odd depths, variable block size or unknown length, RF64 and BWF",
          "[library][formats]")
{
    test::TempDir dir;
    const std::size_t frames = 100000; // 2.27 s
    const auto pcm = tone16(frames);
    std::vector<std::int32_t> pcm24(pcm.size());
    for (std::size_t i = 0; i < pcm.size(); ++i)
        pcm24[i] = pcm[i] * 256 + 17;
    test::makeFlacWithBits(dir / "twelve.flac", 12, 2.0);
    test::makeFlacWithBits(dir / "twenty.flac", 20, 2.0);
    test::writeVerbatimFlac(dir / "variable.flac", pcm, true, true);
    test::writeVerbatimFlac(dir / "variable-no-total.flac", pcm, true, false);
    test::writeVerbatimFlac(dir / "no-total.flac", pcm, false, false);
    test::writeRf64(dir / "rf64.wav", pcm);
    test::writeBwfExtensible24(dir / "bwf.wav", pcm24);
    struct Case {
        const char* file;
        const char* codec;
        std::uint16_t bits;
        bool lengthKnown;
    };
    for (const Case& c :
         {Case{"twelve.flac", "flac", 12, true}, Case{"twenty.flac", "flac", 20, true},
          Case{"variable.flac", "flac", 16, true}, Case{"variable-no-total.flac", "flac", 16, false},
          Case{"no-total.flac", "flac", 16, false}, Case{"rf64.wav", "pcm", 16, true},
          Case{"bwf.wav", "pcm", 24, true}}) {
        INFO(c.file);
        const auto r = library::readTrackFile((dir / c.file).string());
        INFO(library::toString(r.badReason) << ": " << r.badDetail);
        REQUIRE(r.track);
        CHECK(r.track->audio.codec == c.codec);
        CHECK(r.track->audio.bitDepth == c.bits);
        CHECK(r.track->audio.sampleRate == 44100);
        CHECK(r.track->audio.channels == 2);
        if (c.lengthKnown)
            CHECK(r.track->audio.durationMs >= 1990);
    }
}

TEST_CASE("the scan adds an ADTS .aac file with its rate, channels and length, and the player opens it",
          "[library][formats]")
{
    test::TempDir dir;
    std::filesystem::create_directories(dir / "music");
    test::runOrThrow("ffmpeg -v error -y -f lavfi -i sine=frequency=440:sample_rate=48000:duration=3.3 "
                     "-ac 2 -c:a aac '" +
                     (dir / "music/stereo.aac").string() + "'");
    test::runOrThrow("ffmpeg -v error -y -f lavfi -i sine=frequency=440:sample_rate=22050:duration=1.7 "
                     "-ac 1 -c:a aac '" +
                     (dir / "music/mono.aac").string() + "'");
    // A cut-off copy (FFmpeg fails on its last frame) and a .aac of noise are refused with a reason.
    {
        const auto whole = std::filesystem::file_size(dir / "music/stereo.aac");
        std::filesystem::copy_file(dir / "music/stereo.aac", dir / "music/cut.aac");
        std::filesystem::resize_file(dir / "music/cut.aac", whole - 100);
        std::FILE* f = std::fopen((dir / "music/noise.aac").c_str(), "wb");
        REQUIRE(f);
        std::fputs("not an ADTS stream at all, just text with an .aac name\n", f);
        std::fclose(f);
    }

    library::Scanner scanner(dir / "data/library.db");
    auto r = scanner.scan({dir / "music"});
    REQUIRE(r.ok());
    CHECK(r->filesSeen == 4);
    CHECK(r->added == 2);
    REQUIRE(r->badFiles.size() == 2);
    auto bad = r->badFiles;
    std::sort(bad.begin(), bad.end(), [](const auto& x, const auto& y) { return x.path < y.path; });
    CHECK(bad[0].path == (dir / "music/cut.aac").string());
    CHECK(bad[0].reason == library::BadFileReason::Truncated);
    CHECK(bad[0].detail.find("cut off") != std::string::npos);
    CHECK(bad[1].path == (dir / "music/noise.aac").string());
    CHECK(bad[1].reason == library::BadFileReason::CorruptHeader);
    CHECK_FALSE(bad[1].detail.empty());
    // What the scan refused, the player refuses too (never listed as playable, then failing at play time).
    CHECK_THROWS(test::decodeAll(dir / "music/cut.aac"));

    auto db = library::LibraryDb::open(dir / "data/library.db");
    REQUIRE(db.ok());
    struct Case {
        const char* file;
        std::uint32_t rate;
        std::uint16_t channels;
    };
    for (const Case& c : {Case{"stereo.aac", 48000, 2}, Case{"mono.aac", 22050, 1}}) {
        INFO(c.file);
        const auto path = dir / "music" / c.file;
        const auto stored = db->trackByPath(path.string());
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        const library::AudioProperties& a = (*stored)->info.audio;
        CHECK(a.codec == "aac");
        CHECK(a.sampleRate == c.rate);
        CHECK(a.channels == c.channels);
        CHECK(a.bitrateKbps > 0);
        CHECK((*stored)->info.tags.title.empty()); // shown from the file name, like any untagged file

        // The player opens it, and the library's length is what it decodes, within one AAC frame.
        auto dec = audio::openDecoder(path);
        REQUIRE(dec.ok());
        CHECK((*dec)->format().sampleRate == c.rate);
        CHECK((*dec)->format().channels == c.channels);
        const auto bytes = test::decodeAll(path);
        const auto decodedFrames = static_cast<std::int64_t>(bytes.size() / (*dec)->format().bytesPerFrame());
        const std::int64_t decodedMs = decodedFrames * 1000 / c.rate;
        const std::int64_t frameMs = 1024 * 1000 / c.rate + 1;
        INFO("library " << a.durationMs << " ms, decoded " << decodedMs << " ms");
        CHECK(std::llabs(a.durationMs - decodedMs) <= frameMs);
    }
}
