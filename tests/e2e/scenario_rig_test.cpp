// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// QA scenario play checks on the ALSA capture rig: `accordctl scenario run` with the rig's ALSA
// configuration plays three library fixtures (a 16-bit file in full, a 96 kHz / 24-bit master capped for
// VIP, a one-second preview), its play checks assert frames, preview length, output rate/bits and
// bit_perfect as the engine reports them, and the test holds those assertions against what the rig
// recorded: the bit-perfect file byte for byte, the capped one as a 48 kHz 16-bit stream (its frames count
// the source's: 96000 in, about 48000 out), the preview as exactly its frames of the source (the fade
// inside them).
#include "support/audio_fixtures.hpp"
#include "support/capture_rig.hpp"
#include "support/fixtures.hpp"

#include "audio/pcm_writer.hpp"

#include "support/command.hpp"
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <map>

using namespace accord;

namespace {

void writeFlac(const std::filesystem::path& path, std::uint32_t rate, std::uint16_t bits, std::size_t frames,
               std::uint32_t seed, const std::string& isrc)
{
    const auto samples = audio::synthesizeSignal(rate, 2, bits, frames, seed);
    REQUIRE(audio::writePcmFile(path, {audio::Container::Flac, rate, 2, bits}, samples).ok());
    test::tagFile(path, {{"TITLE", path.stem().string()}, {"ISRC", isrc}});
}

const nlohmann::json* playCheck(const nlohmann::json& report, const std::string& file)
{
    for (const auto& s : report["scenarios"])
        for (const auto& c : s["checks"])
            if (c["kind"] == "play" && c["name"].get<std::string>().find(file) != std::string::npos)
                return &c;
    return nullptr;
}

} // namespace

TEST_CASE("scenario play checks on the capture rig assert what was recorded", "[e2e][rig][scenario]")
{
    test::CaptureRig rig(4.0);
    const auto dir = rig.dir();
    constexpr std::size_t kFullFrames = 50011;
    constexpr std::size_t kHiresFrames = 96000;
    constexpr std::size_t kPreviewSourceFrames = 3 * 32000;
    writeFlac(dir / "full.flac", 44100, 16, kFullFrames, 61, "TSTFU2600001");
    writeFlac(dir / "hires.flac", 96000, 24, kHiresFrames, 62, "TSTHR2600001");
    writeFlac(dir / "teaser.flac", 32000, 16, kPreviewSourceFrames, 63, "TSTPV2600001");

    test::writeFile(dir / "rig.toml", R"(format = "accord-scenario"
version = 1
name = "play checks on the capture rig"

[[catalogue]]
[catalogue.data]
policy = { preview_seconds = 1 }

[[catalogue.data.recordings]]
id = "REC-FULL"
isrc = "TSTFU2600001"
title = "full"

[[catalogue.data.recordings]]
id = "REC-HIRES"
isrc = "TSTHR2600001"
title = "hires"

[[catalogue.data.recordings]]
id = "REC-TEASER"
isrc = "TSTPV2600001"
title = "teaser"

[[catalogue.data.deals]]
id = "D-stream"
recording = "REC-FULL"
territories = "Worldwide"
use_types = ["stream"]
commercial_models = ["SubscriptionModel"]

[[catalogue.data.deals]]
id = "D-hires"
recording = "REC-HIRES"
territories = "Worldwide"
use_types = ["stream"]
commercial_models = ["SubscriptionModel"]

[[catalogue.data.deals]]
id = "D-clip"
recording = "REC-TEASER"
territories = "Worldwide"
use_types = ["preview"]
commercial_models = ["SubscriptionModel"]

[[library]]
name = "full"
file = "full.flac"

[[library]]
name = "hires"
file = "hires.flac"

[[library]]
name = "teaser"
file = "teaser.flac"

[[play]]
file = "full"
territory = "GB"
tier = "vip"
at = 2026-01-01
outcome = "played"
frames = 50011
output_rate = 44100
output_bits = 16
bit_perfect = true

[[play]]
file = "hires"
territory = "GB"
tier = "vip"
at = 2026-01-01
outcome = "played"
output_rate = 48000
output_bits = 16
bit_perfect = false

[[play]]
file = "teaser"
territory = "GB"
tier = "vip"
at = 2026-01-01
outcome = "preview"
frames = 32000
output_rate = 32000
output_bits = 16
)");
    const std::string cmd = rig.environment() + " " + ACCORDCTL_PATH + " --data-dir '" +
                            (dir / "user").string() + "' scenario run --json '" +
                            (dir / "rig.toml").string() + "' > '" + (dir / "out.json").string() + "' 2> '" +
                            (dir / "err.txt").string() + "'";
    const int rc = test::runExitCode(cmd);
    INFO(test::fileBytes(dir / "err.txt"));
    INFO(test::fileBytes(dir / "out.json"));
    REQUIRE(rc == 0); // every play check passed as the engine reported it
    const auto report = nlohmann::json::parse(test::fileBytes(dir / "out.json"));
    CHECK(report["passed"] == 3);
    CHECK(report["failed"] == 0);

    // What the rig recorded: one stream per output format, nothing at 96 kHz or in 24 bits.
    const auto files = rig.captures();
    CHECK(files.size() == 3);
    CHECK(rig.capture(96000, "S32_LE").empty());
    CHECK(rig.capture(96000, "S24_3LE").empty());

    // The bit-perfect file: the source, byte for byte, and exactly the frames the check asserted.
    const auto full = test::trimSilence(rig.capture(44100, "S16_LE"), 4);
    const auto source = test::decodeAll(dir / "full.flac");
    REQUIRE(source.size() == kFullFrames * 4);
    CHECK(full.size() / 4 == kFullFrames);
    CHECK(test::firstDifference(full, source) == -1);

    // The capped master: a 48 kHz 16-bit stream. The play check's frames are SOURCE frames (the engine counts
    // what it took from the file: all 96000 of them); what reached the device is that second resampled to
    // 48 kHz, 48000 frames give or take the resampler's edges.
    const nlohmann::json* hires = playCheck(report, "hires");
    REQUIRE(hires != nullptr);
    CHECK((*hires)["actual"]["frames"] == kHiresFrames);
    const auto capped = test::trimSilence(rig.capture(48000, "S16_LE"), 4);
    INFO("capped capture: " << capped.size() / 4 << " frames");
    CHECK(capped.size() / 4 >= kHiresFrames / 2 - 128);
    CHECK(capped.size() / 4 <= kHiresFrames / 2 + 128);

    // The preview: 1 s = 32000 frames of the source; all but the 10 ms fade (320 frames) unaltered.
    const auto preview = test::trimSilence(rig.capture(32000, "S16_LE"), 4);
    const auto teaser = test::decodeAll(dir / "teaser.flac");
    CHECK(preview.size() / 4 <= 32000);
    CHECK(preview.size() / 4 >= 32000 - 320);
    constexpr std::size_t kUnfaded = (32000 - 320) * 4;
    REQUIRE(preview.size() >= kUnfaded);
    CHECK(std::equal(preview.begin(), preview.begin() + kUnfaded, teaser.begin()));
}
