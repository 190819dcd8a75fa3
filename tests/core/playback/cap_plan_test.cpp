// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What each licence cap allows (licence::limitsFor) as the audio engine applies it (planOutputFormat).
#include "audio/engine_decode_loop.hpp"
#include "audio/resolution_limit.hpp"
#include "licence/decision.hpp"

#include <catch2/catch.hpp>

using namespace accord;
using audio::AudioFormat;
using audio::SampleFormat;
using catalogue::ResolutionCap;

namespace {

AudioFormat planned(ResolutionCap cap, const AudioFormat& source, const std::string& codec)
{
    const licence::CapLimits limits = licence::limitsFor(cap);
    audio::PreparedTrack track;
    track.maxSampleRate = limits.maxSampleRate;
    track.maxBits = limits.maxBits;
    std::vector<audio::ProcessingStep> notes;
    return audio::planOutputFormat(source, codec, track, std::nullopt, notes);
}

} // namespace

TEST_CASE("hi-res (maxBits 24): 32-bit PCM and float play as 24-bit, 24-bit and below untouched",
          "[caps][licence]")
{
    const licence::CapLimits hires = licence::limitsFor(ResolutionCap::Hires);
    REQUIRE(hires.maxBits == 24);
    REQUIRE(hires.maxSampleRate == 192000);
    const AudioFormat pcm32{96000, 2, SampleFormat::S32, 32};
    const AudioFormat f32{44100, 2, SampleFormat::F32, 32};
    const AudioFormat s24{192000, 2, SampleFormat::S32, 24};
    const AudioFormat cd{44100, 2, SampleFormat::S16, 16};
    CHECK(planned(ResolutionCap::Hires, pcm32, "wav") == AudioFormat{96000, 2, SampleFormat::S32, 24});
    CHECK(planned(ResolutionCap::Hires, f32, "wav") == AudioFormat{44100, 2, SampleFormat::S32, 24});
    CHECK(planned(ResolutionCap::Hires, s24, "flac") == s24);
    CHECK(planned(ResolutionCap::Hires, cd, "flac") == cd);
    CHECK(planned(ResolutionCap::Hires, f32, "vorbis") == f32);
    CHECK(planned(ResolutionCap::Hires, {384000, 2, SampleFormat::S32, 24}, "flac").sampleRate == 192000);
}

TEST_CASE("standard (maxBits 16): everything above 16-bit / 48 kHz plays as 16-bit at 48 kHz or less",
          "[caps][licence]")
{
    const AudioFormat pcm32{96000, 2, SampleFormat::S32, 32};
    const AudioFormat f32{44100, 2, SampleFormat::F32, 32};
    const AudioFormat s24{88200, 2, SampleFormat::S32, 24};
    const AudioFormat cd{44100, 2, SampleFormat::S16, 16};
    CHECK(planned(ResolutionCap::Standard, pcm32, "wav") == AudioFormat{48000, 2, SampleFormat::S16, 16});
    CHECK(planned(ResolutionCap::Standard, f32, "wav") == AudioFormat{44100, 2, SampleFormat::S16, 16});
    CHECK(planned(ResolutionCap::Standard, s24, "flac") == AudioFormat{44100, 2, SampleFormat::S16, 16});
    CHECK(planned(ResolutionCap::Standard, cd, "flac") == cd);
}

TEST_CASE("a cap changes a source exactly when limitResolution says so", "[caps][licence]")
{
    // The UI's "Capped" (limitResolution(...).changed()) and the engine's plan must agree on every source.
    const std::vector<std::pair<AudioFormat, std::string>> sources{
        {{44100, 2, SampleFormat::S16, 16}, "flac"},  {{48000, 2, SampleFormat::S16, 16}, "wav"},
        {{96000, 2, SampleFormat::S32, 24}, "flac"},  {{192000, 2, SampleFormat::S32, 24}, "flac"},
        {{384000, 2, SampleFormat::S32, 24}, "flac"}, {{44100, 2, SampleFormat::S32, 32}, "wav"},
        {{44100, 2, SampleFormat::F32, 32}, "wav"},   {{96000, 2, SampleFormat::F32, 32}, "mp3"},
        {{48000, 2, SampleFormat::F32, 32}, "opus"},
    };
    for (const ResolutionCap cap : {ResolutionCap::Standard, ResolutionCap::Hires})
        for (const auto& [format, codec] : sources) {
            const licence::CapLimits l = licence::limitsFor(cap);
            const bool changes =
                audio::limitResolution(audio::resolutionOf(format, codec), {l.maxSampleRate, l.maxBits})
                    .changed();
            INFO(catalogue::toString(cap) << " " << format.describe() << " " << codec);
            CHECK(changes == (planned(cap, format, codec) != format));
        }
}
