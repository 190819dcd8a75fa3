// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/engine_decode_loop.hpp"
#include "audio/sample_processor.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

using namespace accord::audio;

namespace {

std::vector<std::int16_t> sine16(std::size_t frames, double amplitude)
{
    std::vector<std::int16_t> out(frames);
    for (std::size_t i = 0; i < frames; ++i)
        out[i] = static_cast<std::int16_t>(std::lround(
            amplitude * 32767 * std::sin(2 * std::numbers::pi * 1000 * static_cast<double>(i) / 48000.0)));
    return out;
}

} // namespace

TEST_CASE("unity gain with equal formats is never routed through processing", "[processing]")
{
    PreparedTrack track;
    std::vector<ProcessingStep> notes;
    const AudioFormat cd{44100, 2, SampleFormat::S16, 16};
    CHECK(planOutputFormat(cd, "flac", track, std::nullopt, notes) == cd);
    CHECK(notes.empty());
    CHECK(gainIsUnity(1.0));
    CHECK_FALSE(gainIsUnity(0.999));
}

TEST_CASE("volume on integer output is applied with TPDF dither", "[processing]")
{
    SampleProcessor p;
    const AudioFormat mono16{48000, 1, SampleFormat::S16, 16};
    REQUIRE(p.configure(mono16, mono16).ok());
    const auto in = sine16(48000, 0.8);
    auto bytes = p.process(in.data(), in.size(), 0.5, 0.5);
    REQUIRE(bytes.size() == in.size() * 2);
    std::vector<std::int16_t> out(in.size());
    std::memcpy(out.data(), bytes.data(), bytes.size());
    double err = 0;
    double errSq = 0;
    int differentFromTruncation = 0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const double ideal = in[i] * 0.5;
        err += out[i] - ideal;
        errSq += (out[i] - ideal) * (out[i] - ideal);
        if (out[i] != static_cast<std::int16_t>(std::lround(ideal)))
            ++differentFromTruncation;
    }
    // Unbiased, bounded error (TPDF: variance 1/4 LSB^2 plus rounding 1/12), and really dithered.
    CHECK(std::abs(err / static_cast<double>(in.size())) < 0.05);
    CHECK(std::sqrt(errSq / static_cast<double>(in.size())) < 0.75);
    CHECK(differentFromTruncation > 1000);
}

TEST_CASE("24/192 capped to standard is resampled to 48 kHz and requantised to 16 bit", "[processing]")
{
    PreparedTrack track;
    track.maxSampleRate = 48000;
    track.maxBits = 16;
    std::vector<ProcessingStep> notes;
    const AudioFormat hires{192000, 2, SampleFormat::S32, 24};
    const AudioFormat out = planOutputFormat(hires, "flac", track, std::nullopt, notes);
    CHECK(out.sampleRate == 48000);
    CHECK(out.sampleFormat == SampleFormat::S16);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].kind == "resample");
    CHECK(notes[1].kind == "requantize");

    const AudioFormat hires88{88200, 2, SampleFormat::S32, 24};
    notes.clear();
    CHECK(planOutputFormat(hires88, "flac", track, std::nullopt, notes).sampleRate == 44100);

    SampleProcessor p;
    REQUIRE(p.configure(hires, out).ok());
    std::vector<std::int32_t> in(192000 * 2);
    for (std::size_t f = 0; f < 192000; ++f)
        in[2 * f] = in[2 * f + 1] = static_cast<std::int32_t>(
            0.5 * 2147483647.0 * std::sin(2 * std::numbers::pi * 1000 * static_cast<double>(f) / 192000.0));
    std::size_t produced = 0;
    double peak = 0;
    for (std::size_t off = 0; off < 192000; off += 4096) {
        const std::size_t n = std::min<std::size_t>(4096, 192000 - off);
        auto bytes = p.process(in.data() + off * 2, n, 1.0, 1.0);
        produced += bytes.size() / 4;
        for (std::size_t i = 0; i < bytes.size() / 2; ++i) {
            std::int16_t v;
            std::memcpy(&v, bytes.data() + i * 2, 2);
            peak = std::max(peak, std::abs(static_cast<double>(v)));
        }
    }
    produced += p.flush().size() / 4;
    CHECK(produced == 48000);
    CHECK(peak == Approx(0.5 * 32767).epsilon(0.01));
}

TEST_CASE("fixed-rate mode converts every track to float at the fixed rate", "[processing]")
{
    PreparedTrack track;
    std::vector<ProcessingStep> notes;
    const AudioFormat cd{44100, 2, SampleFormat::S16, 16};
    const AudioFormat out = planOutputFormat(cd, "flac", track, 48000u, notes);
    CHECK(out.sampleRate == 48000);
    CHECK(out.sampleFormat == SampleFormat::F32);
    notes.clear();
    const AudioFormat same{48000, 2, SampleFormat::S16, 16};
    const AudioFormat converted = planOutputFormat(same, "flac", track, 48000u, notes);
    CHECK(converted.sampleRate == 48000);
    CHECK(converted.sampleFormat == SampleFormat::F32); // one stream format for every track
}
