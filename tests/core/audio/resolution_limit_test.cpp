// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/engine_decode_loop.hpp"
#include "audio/resolution_limit.hpp"
#include "audio/sample_processor.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

using namespace accord::audio;

namespace {

// The figures licence::limitsFor gives (checked against it in test_playback's cap test).
constexpr ResolutionLimit kStandard{48000, 16};
constexpr ResolutionLimit kHires{192000, 24};

} // namespace

TEST_CASE("a source within the limit is untouched", "[caps]")
{
    for (const SourceResolution s :
         {SourceResolution{44100, 16, false}, SourceResolution{48000, 16, false}}) {
        const LimitedResolution r = limitResolution(s, kStandard);
        CHECK_FALSE(r.changed());
        CHECK(r.sampleRate == s.sampleRate);
        CHECK(r.bits == 16);
    }
    for (const SourceResolution s : {SourceResolution{44100, 16, false}, SourceResolution{96000, 24, false},
                                     SourceResolution{192000, 24, false}, SourceResolution{88200, 20, false}})
        CHECK_FALSE(limitResolution(s, kHires).changed());
    // Lossy sources have no bit depth to exceed.
    CHECK_FALSE(limitResolution({44100, 0, true}, kStandard).changed());
    CHECK_FALSE(limitResolution({48000, 0, true}, kHires).changed());
    // No limit on either axis.
    CHECK_FALSE(limitResolution({384000, 32, true}, {}).changed());
}

TEST_CASE("the standard cap makes anything above 16-bit / 48 kHz 16-bit at 44.1 or 48 kHz", "[caps]")
{
    const LimitedResolution hires = limitResolution({192000, 24, false}, kStandard);
    CHECK(hires.resampled);
    CHECK(hires.requantised);
    CHECK(hires.sampleRate == 48000);
    CHECK(hires.bits == 16);
    CHECK(hires.sampleFormat == SampleFormat::S16);
    CHECK(limitResolution({88200, 24, false}, kStandard).sampleRate == 44100);
    CHECK(limitResolution({176400, 16, false}, kStandard).sampleRate == 44100);

    for (const SourceResolution s : {SourceResolution{44100, 32, false}, SourceResolution{44100, 32, true}}) {
        const LimitedResolution r = limitResolution(s, kStandard);
        CHECK_FALSE(r.resampled);
        CHECK(r.requantised);
        CHECK(r.bits == 16);
        CHECK(r.sampleFormat == SampleFormat::S16);
    }
    // A lossy file above 48 kHz is resampled but keeps its (float) samples.
    const LimitedResolution lossy = limitResolution({96000, 0, true}, kStandard);
    CHECK(lossy.resampled);
    CHECK_FALSE(lossy.requantised);
    CHECK(lossy.sampleFormat == SampleFormat::F32);
}

TEST_CASE("the hi-res cap (maxBits 24) makes 32-bit PCM and float 24-bit, and nothing else", "[caps]")
{
    for (const SourceResolution s : {SourceResolution{96000, 32, false}, SourceResolution{96000, 32, true},
                                     SourceResolution{44100, 32, true}}) {
        const LimitedResolution r = limitResolution(s, kHires);
        CHECK(r.changed());
        CHECK(r.requantised);
        CHECK_FALSE(r.resampled);
        CHECK(r.sampleRate == s.sampleRate);
        CHECK(r.bits == 24);
        CHECK(r.sampleFormat == SampleFormat::S32); // 24 bits MSB-aligned in a 32-bit container
    }
    const LimitedResolution fast = limitResolution({384000, 24, false}, kHires);
    CHECK(fast.resampled);
    CHECK_FALSE(fast.requantised);
    CHECK(fast.sampleRate == 192000);
    CHECK(limitResolution({352800, 24, false}, kHires).sampleRate == 176400);
    const LimitedResolution both = limitResolution({384000, 32, true}, kHires);
    CHECK(both.sampleRate == 192000);
    CHECK(both.bits == 24);
}

TEST_CASE("a decoded stream's resolution: lossless float has 32 bits, lossy float none", "[caps]")
{
    const AudioFormat f32{44100, 2, SampleFormat::F32, 32};
    CHECK(resolutionOf(f32, "wav").bits == 32);
    CHECK(resolutionOf(f32, "wav").isFloat);
    CHECK(resolutionOf(f32, "mp3").bits == 0);
    CHECK(resolutionOf(f32, "opus").bits == 0);
    const AudioFormat s32{96000, 2, SampleFormat::S32, 24};
    CHECK(resolutionOf(s32, "flac").bits == 24);
    CHECK_FALSE(resolutionOf(s32, "flac").isFloat);
}

TEST_CASE("the engine plans 24-bit output for 32-bit PCM and float under maxBits 24", "[caps][processing]")
{
    PreparedTrack track;
    track.maxSampleRate = kHires.maxSampleRate;
    track.maxBits = kHires.maxBits;
    std::vector<ProcessingStep> notes;

    const AudioFormat pcm32{96000, 2, SampleFormat::S32, 32};
    const AudioFormat out = planOutputFormat(pcm32, "wav", track, std::nullopt, notes);
    CHECK(out == AudioFormat{96000, 2, SampleFormat::S32, 24});
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == "requantize");
    CHECK(notes[0].detail == "32-bit s32 -> 24-bit s32 with TPDF dither");

    notes.clear();
    const AudioFormat f32{44100, 2, SampleFormat::F32, 32};
    CHECK(planOutputFormat(f32, "wav", track, std::nullopt, notes) ==
          AudioFormat{44100, 2, SampleFormat::S32, 24});
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].detail == "32-bit f32 -> 24-bit s32 with TPDF dither");

    // Within the cap: untouched, so the decode loop takes its bit-perfect path.
    notes.clear();
    const AudioFormat hires{192000, 2, SampleFormat::S32, 24};
    CHECK(planOutputFormat(hires, "flac", track, std::nullopt, notes) == hires);
    CHECK(planOutputFormat(f32, "mp3", track, std::nullopt, notes) == f32);
    CHECK(notes.empty());

    // The standard cap on the same sources: 16-bit.
    track.maxSampleRate = kStandard.maxSampleRate;
    track.maxBits = kStandard.maxBits;
    CHECK(planOutputFormat(pcm32, "wav", track, std::nullopt, notes) ==
          AudioFormat{48000, 2, SampleFormat::S16, 16});
    CHECK(planOutputFormat(f32, "wav", track, std::nullopt, notes) ==
          AudioFormat{44100, 2, SampleFormat::S16, 16});
}

TEST_CASE("32-bit PCM requantised to 24 bits: low byte zero, unbiased TPDF within 1.5 LSB",
          "[caps][processing]")
{
    SampleProcessor p;
    const AudioFormat in{96000, 1, SampleFormat::S32, 32};
    const AudioFormat out{96000, 1, SampleFormat::S32, 24};
    REQUIRE(p.configure(in, out).ok());
    constexpr std::size_t kFrames = 96000;
    std::vector<std::int32_t> src(kFrames);
    std::uint32_t rng = 7;
    for (std::size_t i = 0; i < kFrames; ++i) {
        rng = rng * 1664525u + 1013904223u; // low bits that a 24-bit grid cannot hold
        src[i] = static_cast<std::int32_t>(
                     0.7 * 2147483647.0 *
                     std::sin(2 * std::numbers::pi * 997 * static_cast<double>(i) / 96000.0)) ^
                 static_cast<std::int32_t>(rng & 0xFF);
    }
    const auto bytes = p.process(src.data(), kFrames, 1.0, 1.0);
    REQUIRE(bytes.size() == kFrames * 4);
    std::vector<std::int32_t> got(kFrames);
    std::memcpy(got.data(), bytes.data(), bytes.size());
    double sum = 0;
    double sumSq = 0;
    double worst = 0;
    std::size_t lowBitsSet = 0;
    std::size_t notNearest = 0;
    for (std::size_t i = 0; i < kFrames; ++i) {
        lowBitsSet += (got[i] & 0xFF) != 0;
        const double exact = static_cast<double>(src[i]) / 256.0; // in 24-bit LSBs
        const double err = static_cast<double>(got[i] / 256) - exact;
        sum += err;
        sumSq += err * err;
        worst = std::max(worst, std::abs(err));
        notNearest += got[i] / 256 != static_cast<std::int32_t>(std::lround(exact));
    }
    CHECK(lowBitsSet == 0);
    // TPDF (+-1 LSB) plus rounding: below 1.5 LSB; the float pipeline adds at most 0.25 LSB at full scale.
    CHECK(worst < 1.75);
    CHECK(std::abs(sum / kFrames) < 0.02);
    CHECK(std::sqrt(sumSq / kFrames) < 0.75);
    CHECK(notNearest > kFrames / 10); // really dithered, not just rounded
}
