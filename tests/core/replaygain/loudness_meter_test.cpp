// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The meter against EBU Tech 3341's test signals (1 kHz stereo sines of known level: the integrated
// loudness equals the level in dBFS) and against libebur128 fed the very same samples directly.
#include "replaygain/gain_values.hpp"
#include "replaygain/loudness_meter.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <ebur128.h>
#include <sndfile.h>

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <vector>

using namespace accord;
using replaygain::LoudnessMeter;

namespace {

struct Segment {
    double dbfs;
    double seconds;
};

/// Interleaved stereo float samples: a 1 kHz sine per segment at its level (peak amplitude in dBFS).
std::vector<float> sineSegments(const std::vector<Segment>& segments, int rate)
{
    std::vector<float> out;
    std::size_t n = 0;
    for (const Segment& s : segments) {
        const double amp = std::pow(10.0, s.dbfs / 20.0);
        const auto frames = static_cast<std::size_t>(s.seconds * rate);
        for (std::size_t i = 0; i < frames; ++i, ++n) {
            const auto v = static_cast<float>(
                amp * std::sin(2.0 * std::numbers::pi * 1000.0 * static_cast<double>(n) / rate));
            out.push_back(v);
            out.push_back(v);
        }
    }
    return out;
}

void writeWav(const std::filesystem::path& path, const std::vector<float>& samples, int rate, int format)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | format;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f)
        throw std::runtime_error("cannot write " + path.string());
    sf_command(f, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    sf_writef_float(f, samples.data(), static_cast<sf_count_t>(samples.size() / 2));
    sf_close(f);
}

std::filesystem::path sineFile(const test::TempDir& dir, const std::string& name,
                               const std::vector<Segment>& segments, int format = SF_FORMAT_FLOAT,
                               int rate = 48000)
{
    const auto path = dir / name;
    writeWav(path, sineSegments(segments, rate), rate, format);
    return path;
}

} // namespace

TEST_CASE("EBU Tech 3341 cases 1 and 2: a stereo 1 kHz sine measures its level in LUFS", "[replaygain]")
{
    test::TempDir dir;
    const auto m23 = LoudnessMeter::measure(sineFile(dir, "m23.wav", {{-23.0, 20.0}}));
    REQUIRE(m23.ok());
    REQUIRE(m23->loudness());
    CHECK(*m23->loudness() == Approx(-23.0).margin(0.1));  // the tolerance Tech 3341 allows
    CHECK(*m23->loudness() == Approx(-23.0).margin(0.02)); // and what libebur128 actually achieves
    CHECK(*replaygain::gainFor(m23->loudness()) == Approx(5.0).margin(0.02));
    CHECK(m23->truePeak() == Approx(std::pow(10.0, -23.0 / 20.0)).epsilon(0.01));

    const auto m33 = LoudnessMeter::measure(sineFile(dir, "m33.wav", {{-33.0, 20.0}}));
    REQUIRE(m33.ok());
    CHECK(*m33->loudness() == Approx(-33.0).margin(0.02));

    // ReplayGain 2.0's reference: a sine at -18 dBFS needs no gain.
    const auto m18 = LoudnessMeter::measure(sineFile(dir, "m18.wav", {{-18.0, 10.0}}, SF_FORMAT_PCM_16));
    REQUIRE(m18.ok());
    CHECK(*replaygain::gainFor(m18->loudness()) == Approx(0.0).margin(0.02));
}

TEST_CASE("EBU Tech 3341 case 5: the relative gate drops the quiet parts", "[replaygain]")
{
    test::TempDir dir;
    const auto m = LoudnessMeter::measure(
        sineFile(dir, "gate.wav", {{-26.0, 20.0}, {-20.0, 20.1}, {-26.0, 20.0}}, SF_FORMAT_PCM_24));
    REQUIRE(m.ok());
    CHECK(*m->loudness() == Approx(-23.0).margin(0.1));
}

TEST_CASE("the meter equals libebur128 fed the same samples directly", "[replaygain]")
{
    test::TempDir dir;
    const std::vector<Segment> segs{{-12.0, 3.0}, {-30.0, 2.0}, {-3.0, 1.5}};
    const int rate = 44100;
    const auto samples = sineSegments(segs, rate);
    const auto path = dir / "ref.wav";
    writeWav(path, samples, rate, SF_FORMAT_FLOAT);

    ebur128_state* st = ebur128_init(2, rate, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
    REQUIRE(st);
    REQUIRE(ebur128_add_frames_float(st, samples.data(), samples.size() / 2) == EBUR128_SUCCESS);
    double lufs = 0, peakL = 0, peakR = 0;
    ebur128_loudness_global(st, &lufs);
    ebur128_true_peak(st, 0, &peakL);
    ebur128_true_peak(st, 1, &peakR);
    ebur128_destroy(&st);

    const auto m = LoudnessMeter::measure(path);
    REQUIRE(m.ok());
    CHECK(*m->loudness() == Approx(lufs).margin(1e-9));
    CHECK(m->truePeak() == Approx(std::max(peakL, peakR)).margin(1e-9));
    CHECK(m->frames() == samples.size() / 2);
}

TEST_CASE("album loudness is measured over the album's tracks together", "[replaygain]")
{
    test::TempDir dir;
    const auto quiet = LoudnessMeter::measure(sineFile(dir, "q.wav", {{-23.0, 10.0}}));
    const auto loud = LoudnessMeter::measure(sineFile(dir, "l.wav", {{-13.0, 10.0}}));
    REQUIRE(quiet.ok());
    REQUIRE(loud.ok());
    const LoudnessMeter* both[] = {&*quiet, &*loud};
    const auto album = LoudnessMeter::albumLoudness(both);
    REQUIRE(album);
    // Equal durations, both above the relative gate: the mean of the two energies.
    const double expected = 10.0 * std::log10((std::pow(10.0, -2.3) + std::pow(10.0, -1.3)) / 2.0);
    CHECK(*album == Approx(expected).margin(0.02));
    // And exactly what the two files make when played as one.
    const auto joined = LoudnessMeter::measure(sineFile(dir, "j.wav", {{-23.0, 10.0}, {-13.0, 10.0}}));
    REQUIRE(joined.ok());
    CHECK(*album == Approx(*joined->loudness()).margin(0.01));
}

TEST_CASE("silence has no loudness and so no gain, and errors name the file", "[replaygain]")
{
    test::TempDir dir;
    const auto silent = LoudnessMeter::measure(sineFile(dir, "s.wav", {{-200.0, 2.0}}, SF_FORMAT_PCM_16));
    REQUIRE(silent.ok());
    CHECK_FALSE(silent->loudness());
    CHECK_FALSE(replaygain::gainFor(silent->loudness()));

    test::writeFile(dir / "junk.flac", "not audio at all");
    const auto junk = LoudnessMeter::measure(dir / "junk.flac");
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().describe().find("junk.flac") != std::string::npos);
}

TEST_CASE("gain values: tag spellings and the Opus R128 Q7.8 conversion", "[replaygain]")
{
    CHECK(replaygain::formatGain(-6.0149) == "-6.01 dB");
    CHECK(replaygain::formatGain(-0.001) == "0.00 dB");
    CHECK(replaygain::formatGain(4.5) == "4.50 dB");
    CHECK(replaygain::formatPeak(0.5000312) == "0.500031");
    // RFC 7845: relative to -23 LUFS, so a ReplayGain 2.0 gain of 0 dB is -5 dB = -1280 in Q7.8.
    CHECK(replaygain::opusR128Gain(0.0) == -1280);
    CHECK(replaygain::opusR128Gain(5.0) == 0);
    CHECK(replaygain::opusR128Gain(-6.5) == -2944);
    CHECK(replaygain::opusR128Gain(500.0) == 32767);
    CHECK(replaygain::albumKey("A", "X", "/m/a/1.flac") == replaygain::albumKey("A", "X", "/m/b/2.flac"));
    CHECK(replaygain::albumKey("A", "", "/m/a/1.flac") != replaygain::albumKey("A", "", "/m/b/2.flac"));
    CHECK(replaygain::albumKey("", "", "/m/a/1.flac") == replaygain::albumKey("", "", "/m/a/2.flac"));
}
