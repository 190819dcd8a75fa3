// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Valid files the structural checks once refused (issue 17): each is accepted with its true properties.
#include "library/tag_reader.hpp"
#include "support/audio_fixtures.hpp"
#include "support/odd_audio_files.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cmath>

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
