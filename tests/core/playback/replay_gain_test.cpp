// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// ReplayGain as the listener sets it (planReplayGain), and how the engine names each step of a signal path
// by its cause: the listener's fixed rate or ReplayGain, or a licence cap (planOutputFormat).
#include "audio/engine_decode_loop.hpp"
#include "playback/replay_gain.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace accord;
using audio::AudioFormat;
using audio::SampleFormat;
using playback::ReplayGainMode;

TEST_CASE("ReplayGain: track and album gain, album falling back to track, off and untagged untouched",
          "[replaygain]")
{
    const playback::ReplayGainTags tags{-6.0, 0.5, -3.0, 0.9};
    CHECK_FALSE(playback::planReplayGain(tags, {ReplayGainMode::Off, true}));
    const auto track = playback::planReplayGain(tags, {ReplayGainMode::Track, true});
    REQUIRE(track);
    CHECK(track->linear == Approx(std::pow(10.0, -6.0 / 20.0)));
    CHECK(track->detail == "track gain -6.00 dB");
    const auto album = playback::planReplayGain(tags, {ReplayGainMode::Album, true});
    REQUIRE(album);
    CHECK(album->linear == Approx(std::pow(10.0, -3.0 / 20.0)));
    CHECK(album->detail == "album gain -3.00 dB");
    const auto fallback =
        playback::planReplayGain({-6.0, 0.5, std::nullopt, std::nullopt}, {ReplayGainMode::Album, true});
    REQUIRE(fallback);
    CHECK(fallback->detail == "track gain -6.00 dB (no album gain tagged)");
    CHECK_FALSE(playback::planReplayGain({}, {ReplayGainMode::Track, true}));
    CHECK_FALSE(playback::planReplayGain({0.0, 1.0, {}, {}}, {ReplayGainMode::Track, true}));
}

TEST_CASE("Prevent clipping holds gain x peak at full scale, without it the full gain applies",
          "[replaygain]")
{
    const playback::ReplayGainTags loud{6.0, 0.8, std::nullopt, std::nullopt};
    const auto held = playback::planReplayGain(loud, {ReplayGainMode::Track, true});
    REQUIRE(held);
    CHECK(held->linear == Approx(1.0 / 0.8));
    CHECK(held->detail == "track gain +6.00 dB, limited to +1.94 dB by the peak 0.8000 (prevent clipping)");
    const auto full = playback::planReplayGain(loud, {ReplayGainMode::Track, false});
    REQUIRE(full);
    CHECK(full->linear == Approx(std::pow(10.0, 6.0 / 20.0)));
    // A gain that keeps the peak below full scale is not touched.
    const auto quiet = playback::planReplayGain({-6.0, 0.8, {}, {}}, {ReplayGainMode::Track, true});
    REQUIRE(quiet);
    CHECK(quiet->linear == Approx(std::pow(10.0, -6.0 / 20.0)));
}

TEST_CASE("the engine names a fixed rate the listener's choice, a cap's steps resample/requantize",
          "[replaygain][fixed-rate][caps]")
{
    const AudioFormat cd{44100, 2, SampleFormat::S16, 16};
    std::vector<audio::ProcessingStep> notes;
    audio::PreparedTrack standard; // the standard cap (licence::limitsFor): 48 kHz / 16-bit
    standard.maxSampleRate = 48000;
    standard.maxBits = 16;

    // A CD track under the standard cap, fixed output rate 48 kHz: the cap changes nothing, the listener's
    // setting resamples.
    const AudioFormat out = audio::planOutputFormat(cd, "flac", standard, 48000u, notes);
    CHECK(out.sampleRate == 48000);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == "fixed-rate");
    CHECK(notes[0].detail == "44100 Hz -> 48000 Hz (libsoxr, very high quality), your setting");

    // No cap: the fixed rate resamples and converts to float, one step.
    notes.clear();
    audio::planOutputFormat(cd, "flac", audio::PreparedTrack{}, 48000u, notes);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == "fixed-rate");
    CHECK(notes[0].detail.find("16-bit s16 -> 32-bit f32") != std::string::npos);

    // A 24/96 track under the cap: the cap's resampling and requantisation.
    notes.clear();
    audio::planOutputFormat({96000, 2, SampleFormat::S32, 24}, "flac", standard, std::nullopt, notes);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].kind == "resample");
    CHECK(notes[1].kind == "requantize");

    // ReplayGain comes first, with the dither it needs on integer output.
    notes.clear();
    audio::PreparedTrack gained;
    gained.gain = 0.5;
    gained.gainDetail = "track gain -6.02 dB";
    CHECK(audio::planOutputFormat(cd, "flac", gained, std::nullopt, notes) == cd);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].kind == "replaygain");
    CHECK(notes[0].detail == "track gain -6.02 dB, TPDF dither");
}
