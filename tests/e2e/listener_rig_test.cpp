// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What a listener does with `accordctl play`, heard through real PortAudio in the ALSA capture rig and
// compared with `accordctl decode --raw` of the source: ReplayGain, a start past the end, a fixed output
// rate under a licence cap, and a capped hi-res track's length in source time.
#include "support/audio_fixtures.hpp"
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

std::string quoted(const std::filesystem::path& p)
{
    return "'" + p.string() + "'";
}

struct Played {
    int rc = -1;
    nlohmann::json report;
    std::string stderrText;
};

/// `accordctl play --json ARGS` into `rig`, with its own data dir under the rig.
Played play(const test::CaptureRig& rig, const std::string& args)
{
    const auto dir = rig.dir();
    Played out;
    out.rc = test::runExitCode(rig.environment() + " " + ACCORDCTL_PATH + " --data-dir " +
                               quoted(dir / "data") + " play --json " + args + " > " +
                               quoted(dir / "play.json") + " 2> " + quoted(dir / "play.err"));
    out.stderrText = test::fileBytes(dir / "play.err");
    const std::string json = test::fileBytes(dir / "play.json");
    out.report = nlohmann::json::parse(json.empty() ? std::string("{}") : json);
    return out;
}

/// The source as the engine decodes it, from `accordctl decode --raw`.
std::vector<std::int16_t> decodeRaw(const std::filesystem::path& file, const std::filesystem::path& dir)
{
    const auto raw = dir / (file.filename().string() + ".raw");
    REQUIRE(test::runExitCode(std::string(ACCORDCTL_PATH) + " decode --raw " + quoted(file) + " > " +
                              quoted(raw)) == 0);
    const std::string bytes = test::fileBytes(raw);
    std::vector<std::int16_t> out(bytes.size() / 2);
    std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

std::vector<std::int16_t> samples16(const std::vector<std::uint8_t>& bytes)
{
    std::vector<std::int16_t> out(bytes.size() / 2);
    std::memcpy(out.data(), bytes.data(), out.size() * 2);
    return out;
}

int peakOf(const std::vector<std::int16_t>& s)
{
    int peak = 0;
    for (const std::int16_t v : s)
        peak = std::max(peak, std::abs(static_cast<int>(v)));
    return peak;
}

/// Largest |captured - source x gain| in 16-bit LSBs (TPDF dither and rounding stay within 1.5).
double worstError(const std::vector<std::int16_t>& captured, const std::vector<std::int16_t>& source,
                  double gain)
{
    double worst = 0;
    for (std::size_t i = 0; i < std::min(captured.size(), source.size()); ++i) {
        const double want = std::clamp(static_cast<double>(source[i]) * gain, -32768.0, 32767.0);
        worst = std::max(worst, std::abs(static_cast<double>(captured[i]) - want));
    }
    return worst;
}

std::string processingOf(const nlohmann::json& report, std::size_t track = 0)
{
    if (!report.contains("played_tracks") || report["played_tracks"].size() <= track)
        return {};
    return report["played_tracks"][track]["processing"].dump();
}

/// A catalogue that knows another recording only: the test's files are personal files, which play under
/// the tier's resolution cap (standard for VIP).
void importOtherCatalogue(const std::filesystem::path& dir)
{
    test::writeFile(dir / "catalogue.json", R"({
  "format": "accord-catalogue", "version": 1,
  "recordings": [{"id": "A", "isrc": "TSTAA2600001", "title": "Someone else"}],
  "deals": [{"id": "dA", "recording": "A", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]}]
})");
    REQUIRE(test::runExitCode(std::string(ACCORDCTL_PATH) + " --data-dir " + quoted(dir / "data") +
                              " catalogue import " + quoted(dir / "catalogue.json") + " > /dev/null") == 0);
}

} // namespace

TEST_CASE("play a track tagged -6 dB with Track gain and hear it 6 dB quieter", "[rig][replaygain]")
{
    test::CaptureRig rig(4.0);
    const auto file = rig.dir() / "tagged.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 44100, 61, 0.8))
                .ok());
    test::tagFile(
        file,
        {{"TITLE", "Tagged"}, {"REPLAYGAIN_TRACK_GAIN", "-6.00 dB"}, {"REPLAYGAIN_TRACK_PEAK", "0.800000"}});
    const auto source = decodeRaw(file, rig.dir());

    const Played played = play(rig, "--replaygain track " + quoted(file));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    CHECK(played.report["errors"].empty());
    CHECK(played.report["played_tracks"][0]["bit_perfect"] == false);
    CHECK(processingOf(played.report).find("replaygain: track gain -6.00 dB, TPDF dither") !=
          std::string::npos);

    const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
    REQUIRE(heard.size() == source.size());
    const double gain = std::pow(10.0, -6.0 / 20.0);
    CHECK(worstError(heard, source, gain) < 1.5);
    const double levelDb = 20.0 * std::log10(static_cast<double>(peakOf(heard)) / peakOf(source));
    CHECK(levelDb == Approx(-6.0).margin(0.01));
}

TEST_CASE("with ReplayGain off a tagged track plays bit-identical", "[rig][replaygain]")
{
    test::CaptureRig rig(4.0);
    const auto file = rig.dir() / "tagged.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 30011, 62, 0.8))
                .ok());
    test::tagFile(file, {{"REPLAYGAIN_TRACK_GAIN", "-6.00 dB"}, {"REPLAYGAIN_ALBUM_GAIN", "-3.00 dB"}});
    const auto source = decodeRaw(file, rig.dir());

    const Played played = play(rig, "--replaygain off " + quoted(file));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    CHECK(played.report["played_tracks"][0]["bit_perfect"] == true);
    CHECK(played.report["played_tracks"][0]["processing"].empty());
    const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
    REQUIRE(heard.size() == source.size());
    CHECK(std::memcmp(heard.data(), source.data(), heard.size() * 2) == 0);
}

TEST_CASE("play an album-gain +6 dB track with Prevent clipping and hear its peak held at full scale",
          "[rig][replaygain]")
{
    const auto signal = audio::synthesizeSignal(44100, 2, 16, 22050, 63, 0.9);
    test::CaptureRig rig(4.0);
    const auto file = rig.dir() / "loud.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16}, signal).ok());
    const auto source = decodeRaw(file, rig.dir());
    const double peak = peakOf(source) / 32768.0;
    char peakText[32];
    std::snprintf(peakText, sizeof peakText, "%.6f", peak);
    test::tagFile(file, {{"REPLAYGAIN_TRACK_GAIN", "-1.00 dB"},
                         {"REPLAYGAIN_ALBUM_GAIN", "+6.00 dB"},
                         {"REPLAYGAIN_ALBUM_PEAK", peakText}});

    SECTION("prevent clipping: the gain stops where the tagged peak reaches full scale")
    {
        const Played played = play(rig, "--replaygain album " + quoted(file));
        INFO(played.stderrText << played.report.dump(2));
        REQUIRE(played.rc == 0);
        const std::string steps = processingOf(played.report);
        CHECK(steps.find("replaygain: album gain +6.00 dB, limited to") != std::string::npos);
        CHECK(steps.find("(prevent clipping)") != std::string::npos);
        const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
        REQUIRE(heard.size() == source.size());
        CHECK(worstError(heard, source, 1.0 / peak) < 1.5);
        CHECK(peakOf(heard) >= 32766); // at full scale, not above: nothing clipped
    }
    SECTION("allow clipping: the full +6 dB, clipped at full scale")
    {
        const Played played = play(rig, "--replaygain album --allow-clipping " + quoted(file));
        INFO(played.stderrText << played.report.dump(2));
        REQUIRE(played.rc == 0);
        CHECK(processingOf(played.report).find("replaygain: album gain +6.00 dB, TPDF dither") !=
              std::string::npos);
        const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
        REQUIRE(heard.size() == source.size());
        CHECK(worstError(heard, source, std::pow(10.0, 6.0 / 20.0)) < 1.5);
        std::size_t clipped = 0;
        for (const std::int16_t v : heard)
            clipped += v == 32767 || v == -32768;
        CHECK(clipped > 100);
    }
}

TEST_CASE("play --start 20 on an 8 s file ends it cleanly and the next track follows", "[rig][seek]")
{
    test::CaptureRig rig(4.0);
    const auto first = rig.dir() / "eight.flac";
    const auto second = rig.dir() / "next.flac";
    REQUIRE(audio::writePcmFile(first, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 8 * 44100, 64))
                .ok());
    REQUIRE(audio::writePcmFile(second, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 30011, 65))
                .ok());
    const Played played = play(rig, "--start 20 " + quoted(first) + " " + quoted(second));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    CHECK(played.report["errors"].empty());
    CHECK(played.report["skipped"].empty());
    CHECK(played.stderrText.find("cannot seek") == std::string::npos);
    REQUIRE(played.report["played_tracks"].size() == 2);
    CHECK(played.report["played_tracks"][0]["frames"] == 0); // ended where it started: at its end
    CHECK(played.report["played_tracks"][1]["frames"] == 30011);
    const auto heard = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
    const auto next = test::decodeAll(second);
    CHECK(test::firstDifference(heard, test::trimSilence(next, 4)) == -1);
}

TEST_CASE("a fixed 48 kHz output under a standard cap is labelled the listener's choice and lasts 9 s",
          "[rig][fixed-rate]")
{
    test::CaptureRig rig(4.0);
    importOtherCatalogue(rig.dir());
    const auto file = rig.dir() / "nine.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 9 * 44100, 66))
                .ok());
    const Played played =
        play(rig, "--fixed-rate 48000 --territory CN --tier vip --at 2026-01-01 " + quoted(file));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    REQUIRE(played.report["played_tracks"].size() == 1);
    const auto& track = played.report["played_tracks"][0];
    const std::string steps = track["processing"].dump();
    CHECK(steps.find("fixed-rate: 44100 Hz -> 48000 Hz") != std::string::npos);
    CHECK(steps.find("very high quality), your setting") != std::string::npos);
    CHECK(steps.find("licence-cap") == std::string::npos);
    CHECK(steps.find("SVIP") == std::string::npos);
    CHECK(track["frames"] == 9 * 44100);
    CHECK(track["seconds"].get<double>() == Approx(9.0).margin(1e-9));
    // The standard cap holds the fixed-rate float stream to 16 bits: one 48 kHz S16 stream.
    REQUIRE(rig.captures().size() == 1);
    const std::size_t bpf = 4;
    const auto heard = test::trimSilence(rig.capture(48000, "S16_LE"), bpf);
    CHECK(static_cast<long>(heard.size() / bpf) == Approx(9 * 48000).margin(64)); // 9 s at 48 kHz
}

TEST_CASE("a capped 24/96 track is reported in its own 8 s, not in output frames", "[rig][caps]")
{
    test::CaptureRig rig(4.0);
    importOtherCatalogue(rig.dir());
    const auto file = rig.dir() / "hires.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 96000, 2, 24},
                                audio::synthesizeSignal(96000, 2, 24, 8 * 96000, 67))
                .ok());
    const Played played = play(rig, "--territory CN --tier vip --at 2026-01-01 " + quoted(file));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    REQUIRE(played.report["played_tracks"].size() == 1);
    const auto& track = played.report["played_tracks"][0];
    CHECK(track["processing"].dump().find("licence-cap: 96000 Hz -> 48000 Hz") != std::string::npos);
    CHECK(track["frames"] == 8 * 96000);
    CHECK(track["seconds"].get<double>() == Approx(8.0).margin(1e-9));
    const auto heard = test::trimSilence(rig.capture(48000, "S16_LE"), 4);
    CHECK(static_cast<long>(heard.size() / 4) == Approx(8 * 48000).margin(64));
}

TEST_CASE("an untagged track plays with the gain `accordctl replaygain scan` stored", "[rig][replaygain]")
{
    test::CaptureRig rig(4.0);
    const auto music = rig.dir() / "music";
    std::filesystem::create_directories(music);
    const auto file = music / "untagged.flac";
    REQUIRE(audio::writePcmFile(file, {Container::Flac, 44100, 2, 16},
                                audio::synthesizeSignal(44100, 2, 16, 44100, 67, 0.8))
                .ok());
    const std::string bytesBefore = test::fileBytes(file);
    const std::string ctl = std::string(ACCORDCTL_PATH) + " --data-dir " + quoted(rig.dir() / "data");
    REQUIRE(test::runExitCode(ctl + " scan " + quoted(music) + " > /dev/null") == 0);
    const test::CommandRun scan = test::runCommand(ctl + " replaygain scan --json");
    REQUIRE(scan.exitCode == 0);
    const auto scanned = nlohmann::json::parse(scan.out);
    REQUIRE(scanned["tracks"].size() == 1);
    CHECK(scanned["tracks"][0]["saved_to_library"] == true);
    const double gainDb = scanned["tracks"][0]["track_gain"];
    const double peak = scanned["tracks"][0]["track_peak"];
    REQUIRE(gainDb < -1.0); // a loud test signal: no clipping prevention in play
    REQUIRE(std::pow(10.0, gainDb / 20.0) * peak < 1.0);
    CHECK(test::fileBytes(file) == bytesBefore); // no --write-tags: the file is untouched

    const auto source = decodeRaw(file, rig.dir());
    const Played played = play(rig, "--replaygain track " + quoted(file));
    INFO(played.stderrText << played.report.dump(2));
    REQUIRE(played.rc == 0);
    CHECK(played.report["played_tracks"][0]["bit_perfect"] == false);
    CHECK(processingOf(played.report).find("scanned by Accord") != std::string::npos);

    const auto heard = samples16(test::trimSilence(rig.capture(44100, "S16_LE"), 4));
    REQUIRE(heard.size() == source.size());
    // The stored gain in full precision; the signal path prints it to two decimals.
    CHECK(worstError(heard, source, std::pow(10.0, gainDb / 20.0)) < 1.5);
}
