// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Resolution caps end to end: accordctl plays 32-bit PCM and float WAV files under the standard cap (VIP)
// and the hi-res cap (SVIP) through real PortAudio into the ALSA capture rig; the capture must be the
// source requantised to 16 or 24 bits (TPDF dither), and a file within the cap must stay bit-exact.
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include "support/command.hpp"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace accord;
using audio::Container;

namespace {

struct Requantised {
    double worst = 0; ///< largest |output - exact source| in output LSBs
    double mean = 0;  ///< mean error (bias)
    double rms = 0;
    std::size_t notNearest = 0; ///< samples that differ from plain rounding: the dither is real
    std::size_t lowBitsSet = 0; ///< 24 bits in a 32-bit container: samples with a non-zero low byte
};

// `exact` holds the source in output LSBs (a fraction where the source has more resolution).
Requantised compare(const std::uint8_t* out, const std::vector<double>& exact, int bits)
{
    Requantised r;
    double sum = 0;
    double sumSq = 0;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        double got = 0;
        if (bits == 16) {
            std::int16_t v;
            std::memcpy(&v, out + i * 2, 2);
            got = v;
        } else {
            std::int32_t v;
            std::memcpy(&v, out + i * 4, 4);
            r.lowBitsSet += (v & 0xFF) != 0;
            got = static_cast<double>(v >> 8);
        }
        const double err = got - exact[i];
        sum += err;
        sumSq += err * err;
        r.worst = std::max(r.worst, std::abs(err));
        r.notNearest += got != std::nearbyint(exact[i]);
    }
    r.mean = sum / static_cast<double>(exact.size());
    r.rms = std::sqrt(sumSq / static_cast<double>(exact.size()));
    return r;
}

void playUnderCap(const char* tier, int capBits)
{
    test::CaptureRig rig(4.0);
    const auto dir = rig.dir();
    constexpr std::uint32_t kRate = 44100;
    const std::size_t exactFrames = 30011;
    const std::size_t pcmFrames = 44100;
    const std::size_t floatFrames = 39693;

    // A file within the cap (16-bit for standard, 24-bit for hi-res), then 32-bit PCM, then float: one
    // stream format after the cap, so they play back to back into one capture.
    const auto within =
        audio::synthesizeSignal(kRate, 2, static_cast<std::uint16_t>(capBits), exactFrames, 41);
    const auto pcm32 = audio::synthesizeSignal(kRate, 2, 32, pcmFrames, 42, 0.9);
    const auto floats = audio::synthesizeSignal(kRate, 2, 32, floatFrames, 43, 0.9);
    REQUIRE(audio::writePcmFile(dir / "within.wav",
                                {Container::Wav, kRate, 2, static_cast<std::uint16_t>(capBits)}, within)
                .ok());
    audio::PcmFileSpec int32{Container::Wav, kRate, 2, 32};
    int32.int32 = true;
    REQUIRE(audio::writePcmFile(dir / "pcm32.wav", int32, pcm32).ok());
    REQUIRE(audio::writePcmFile(dir / "float.wav", {Container::Wav, kRate, 2, 32}, floats).ok());
    REQUIRE(test::decodeAll(dir / "pcm32.wav").size() == pcmFrames * 2 * 4);

    // The files are personal files the catalogue does not know: they play (the default policy) with the
    // tier's cap, like any other decision for that tier.
    test::writeFile(dir / "catalogue.json", R"({
  "format": "accord-catalogue", "version": 1,
  "recordings": [{"id": "A", "isrc": "TSTAA2600001", "title": "Someone else"}],
  "deals": [{"id": "dA", "recording": "A", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]}]
})");
    const std::string ctl = std::string(ACCORDCTL_PATH) + " --data-dir '" + (dir / "data").string() + "' ";
    REQUIRE(test::runExitCode(ctl + "catalogue import '" + (dir / "catalogue.json").string() +
                              "' > /dev/null") == 0);
    const std::string cmd = rig.environment() + " " + ctl + "play --json --territory CN --tier " + tier +
                            " --at 2026-01-01 '" + (dir / "within.wav").string() + "' '" +
                            (dir / "pcm32.wav").string() + "' '" + (dir / "float.wav").string() + "' > '" +
                            (dir / "play.json").string() + "' 2> '" + (dir / "play.err").string() + "'";
    REQUIRE(test::runExitCode(cmd) == 0);
    INFO(test::fileBytes(dir / "play.err"));
    const auto report = nlohmann::json::parse(test::fileBytes(dir / "play.json"));
    INFO(report.dump(2));
    CHECK(report["played"] == 3);
    CHECK(report["skipped"].empty());
    CHECK(report["underruns"] == 0);

    // The signal path names the cap and the width it requantised to.
    const std::string to =
        capBits == 24 ? "-> 24-bit s32 with TPDF dither" : "-> 16-bit s16 with TPDF dither";
    REQUIRE(report["played_tracks"].size() == 3);
    for (const auto& p : report["played_tracks"]) {
        const std::string path = p["path"];
        const std::string processing = p["processing"].dump();
        if (path.find("within.wav") != std::string::npos) {
            CHECK(p["bit_perfect"] == true);
            CHECK(processing.find("licence-cap") == std::string::npos);
        } else {
            CHECK(p["bit_perfect"] == false);
            const std::string from =
                path.find("float.wav") != std::string::npos ? "32-bit f32 " : "32-bit s32 ";
            CHECK(processing.find("licence-cap: " + from + to) != std::string::npos);
        }
    }

    // One stream: 16-bit (S16_LE) or 24 bits MSB-aligned in 32 (S32_LE); nothing else was opened.
    const char* alsaFormat = capBits == 24 ? "S32_LE" : "S16_LE";
    const std::size_t sampleBytes = capBits == 24 ? 4 : 2;
    CHECK(rig.captures().size() == 1);
    const auto capture = test::trimSilence(rig.capture(kRate, alsaFormat), 2 * sampleBytes);
    const std::size_t total = (exactFrames + pcmFrames + floatFrames) * 2 * sampleBytes;
    INFO("capture " << capture.size() << " bytes, expected " << total);
    REQUIRE(capture.size() == total);

    // Within the cap: byte for byte.
    const auto withinBytes =
        test::nativeBytes(within, capBits == 24 ? audio::SampleFormat::S32 : audio::SampleFormat::S16);
    CHECK(test::firstDifference({capture.begin(), capture.begin() + static_cast<long>(withinBytes.size())},
                                withinBytes) == -1);

    // Above it: the source requantised. TPDF dither (+-1 LSB) plus rounding stays below 1.5 LSB; at 24 bits
    // the float pipeline adds at most 0.25 LSB near full scale.
    const double scale = std::ldexp(1.0, capBits - 1) / 2147483648.0;
    std::vector<double> exactPcm(pcm32.size());
    for (std::size_t i = 0; i < pcm32.size(); ++i)
        exactPcm[i] = static_cast<double>(pcm32[i]) * scale;
    std::vector<double> exactFloat(floats.size());
    for (std::size_t i = 0; i < floats.size(); ++i) // the value the float file holds
        exactFloat[i] =
            static_cast<double>(static_cast<float>(static_cast<double>(floats[i]) / 2147483648.0)) *
            std::ldexp(1.0, capBits - 1);
    const double bound = capBits == 24 ? 1.75 : 1.5;
    const std::uint8_t* at = capture.data() + withinBytes.size();
    for (const auto* exact : {&exactPcm, &exactFloat}) {
        const Requantised r = compare(at, *exact, capBits);
        INFO((exact == &exactPcm ? "32-bit PCM" : "float")
             << ": worst " << r.worst << " LSB, mean " << r.mean << ", rms " << r.rms);
        CHECK(r.worst < bound);
        CHECK(std::abs(r.mean) < 0.02);
        CHECK(r.rms < 0.6); // TPDF (1/6 LSB^2) plus rounding (1/12): 0.5
        CHECK(r.notNearest > exact->size() / 10);
        CHECK(r.lowBitsSet == 0);
        at += exact->size() * sampleBytes;
    }
}

} // namespace

TEST_CASE("standard cap: 32-bit PCM and float WAV play as dithered 16-bit, a 16-bit file bit-exact",
          "[rig][caps]")
{
    playUnderCap("vip", 16);
}

TEST_CASE("hi-res cap: 32-bit PCM and float WAV play as dithered 24-bit in 32, a 24-bit file bit-exact",
          "[rig][caps]")
{
    playUnderCap("svip", 24);
}
