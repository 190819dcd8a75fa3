// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The licence gate in playback, end to end: accordctl imports a catalogue, then plays a queue with blocked,
// preview and capped tracks between playable ones into the ALSA capture rig.
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include "support/command.hpp"
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace accord;
using audio::Container;

namespace {

std::vector<std::uint8_t> slice(const std::vector<std::uint8_t>& v, std::size_t from, std::size_t to)
{
    to = std::min(to, v.size());
    from = std::min(from, to);
    return {v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(to)};
}

// Compares without letting Catch print megabytes: -1 means identical.
long diffAt(const std::vector<std::uint8_t>& got, const std::vector<std::uint8_t>& want)
{
    return test::firstDifference(got, want);
}

} // namespace

TEST_CASE("blocked, preview and capped tracks between playable ones: playable stay gapless and bit-perfect",
          "[rig][gate]")
{
    test::CaptureRig rig(4.0);
    const auto dir = rig.dir();
    struct Track {
        const char* name;
        const char* isrc;
        std::uint32_t rate;
        std::uint16_t bits;
        std::size_t frames;
    };
    const Track tracks[] = {
        {"a.flac", "TSTAA2600001", 44100, 16, 52919},           {"b.flac", "TSTAA2600002", 44100, 16, 30011},
        {"c.flac", "TSTAA2600003", 44100, 16, 44100 * 31 + 17}, {"d.flac", "TSTAA2600004", 44100, 16, 39693},
        {"f.flac", "TSTAA2600006", 44100, 16, 48511},           {"e.flac", "TSTAA2600005", 96000, 24, 96000},
    };
    std::vector<std::filesystem::path> files;
    std::map<std::string, std::vector<std::int32_t>> signal;
    std::uint32_t seed = 20;
    for (const Track& t : tracks) {
        signal[t.name] = audio::synthesizeSignal(t.rate, 2, t.bits, t.frames, ++seed);
        const auto path = dir / t.name;
        REQUIRE(audio::writePcmFile(path, {Container::Flac, t.rate, 2, t.bits}, signal[t.name]).ok());
        test::runOrThrow("metaflac --set-tag=ISRC=" + std::string(t.isrc) + " '" + path.string() + "'");
        files.push_back(path);
    }
    const std::string catalogue = R"({
  "format": "accord-catalogue", "version": 1,
  "recordings": [
    {"id": "A", "isrc": "TSTAA2600001", "title": "Playable A"},
    {"id": "B", "isrc": "TSTAA2600002", "title": "Only in the US"},
    {"id": "C", "isrc": "TSTAA2600003", "title": "Preview only"},
    {"id": "D", "isrc": "TSTAA2600004", "title": "Playable D"},
    {"id": "E", "isrc": "TSTAA2600005", "title": "Hi-res"},
    {"id": "F", "isrc": "TSTAA2600006", "title": "Playable F"}
  ],
  "deals": [
    {"id": "dA", "recording": "A", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "dB", "recording": "B", "territories": ["US"], "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "dC", "recording": "C", "territories": "Worldwide", "use_types": ["preview"], "commercial_models": ["SubscriptionModel"]},
    {"id": "dD", "recording": "D", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "dE", "recording": "E", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]},
    {"id": "dF", "recording": "F", "territories": "Worldwide", "use_types": ["stream"], "commercial_models": ["SubscriptionModel"]}
  ]
})";
    test::writeFile(dir / "catalogue.json", catalogue);
    const std::string ctl = std::string(ACCORDCTL_PATH) + " --data-dir '" + (dir / "data").string() + "' ";
    REQUIRE(test::runExitCode(ctl + "catalogue import '" + (dir / "catalogue.json").string() +
                              "' > /dev/null") == 0);

    std::string queue;
    for (const auto& f : files)
        queue += " '" + f.string() + "'";
    const std::string cmd = rig.environment() + " " + ctl +
                            "play --json --territory CN --tier vip --at 2026-01-01" + queue + " > '" +
                            (dir / "play.json").string() + "' 2> '" + (dir / "play.err").string() + "'";
    REQUIRE(test::runExitCode(cmd) == 0);
    INFO(test::fileBytes(dir / "play.err"));
    const auto report = nlohmann::json::parse(test::fileBytes(dir / "play.json"));
    CHECK(report["played"] == 5);
    REQUIRE(report["skipped"].size() == 1);
    CHECK(report["skipped"][0]["path"].get<std::string>().find("b.flac") != std::string::npos);
    CHECK(report["skipped"][0]["code"] == "territory_not_licensed");
    CHECK(report["underruns"] == 0);
    bool sawCap = false;
    for (const auto& p : report["played_tracks"]) {
        const std::string path = p["path"];
        if (path.find("e.flac") != std::string::npos) {
            CHECK(p["bit_perfect"] == false);
            sawCap = p["processing"].dump().find("licence-cap") != std::string::npos;
        } else if (path.find("c.flac") == std::string::npos) {
            CHECK(p["bit_perfect"] == true);
        }
    }
    CHECK(sawCap);

    // 44.1 kHz stream: A, the 30 s preview of C (10 ms fade at the end), D, F - back to back.
    const auto capture = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
    auto bytes = [&](const char* name) { return test::nativeBytes(signal[name], audio::SampleFormat::S16); };
    const auto a = bytes("a.flac");
    const auto c = bytes("c.flac");
    const auto d = bytes("d.flac");
    const auto f = bytes("f.flac");
    const std::size_t previewFrames = 44100 * 30;
    const std::size_t fadeFrames = 441;
    const std::size_t total = a.size() + previewFrames * 4 + d.size() + f.size();
    INFO("capture " << capture.size() / 4 << " frames, expected " << total / 4);
    CHECK(capture.size() == total);
    std::size_t at = 0;
    CHECK(diffAt(slice(capture, at, at + a.size()), a) == -1);
    at += a.size();
    CHECK(diffAt(slice(capture, at, at + (previewFrames - fadeFrames) * 4),
                 slice(c, 0, (previewFrames - fadeFrames) * 4)) == -1);
    at += (previewFrames - fadeFrames) * 4;
    // The fade: never louder than the source, and down to (almost) nothing by the cut.
    REQUIRE(capture.size() >= at + fadeFrames * 4);
    for (std::size_t i = 0; i < fadeFrames * 2; ++i) {
        std::int16_t got;
        std::int16_t src;
        std::memcpy(&got, capture.data() + at + i * 2, 2);
        std::memcpy(&src, c.data() + (previewFrames - fadeFrames) * 4 + i * 2, 2);
        REQUIRE(std::abs(got) <= std::abs(src) + 1);
    }
    std::int16_t last;
    std::memcpy(&last, capture.data() + at + fadeFrames * 4 - 2, 2);
    CHECK(std::abs(last) < 200);
    at += fadeFrames * 4;
    CHECK(diffAt(slice(capture, at, at + d.size()), d) == -1);
    at += d.size();
    CHECK(diffAt(slice(capture, at, at + f.size()), f) == -1);

    // The hi-res track, capped for VIP: resampled to 48 kHz and requantised to 16 bit.
    const auto capped = test::trimSilence(rig.capture(48000, "S16_LE"), 4);
    CHECK(static_cast<long>(capped.size() / 4) == Approx(48000).margin(8));
    CHECK(rig.capture(96000, "S32_LE").empty());
}
