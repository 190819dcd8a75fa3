// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Accord's scan against loudgain (Debian's ReplayGain 2.0 scanner, also libebur128 but its own FFmpeg
// decoding) on the same FLAC, MP3 and Opus files: track gain, true peak and album gain within 0.01 dB.
#include "replaygain/gain_scanner.hpp"
#include "replaygain/gain_values.hpp"
#include "support/audio_fixtures.hpp"
#include "support/command.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <sstream>

using namespace accord;

namespace {

struct LoudgainRow {
    double gain = 0.0;
    double peak = 0.0;
    double reference = -18.0; ///< loudgain gives Opus files' gains towards -23 LUFS (RFC 7845)
};

/// `loudgain -a -O` (tab-separated: File, Loudness, Range, True_Peak, True_Peak_dBTP, Reference, Will_clip,
/// Clip_prevent, Gain, New_Peak, New_Peak_dBTP), keyed by file name; the album's row under "Album".
std::map<std::string, LoudgainRow> loudgain(const std::vector<std::filesystem::path>& files)
{
    std::string cmd = "loudgain -q -a -O";
    for (const auto& f : files)
        cmd += " " + test::shellQuote(f.string());
    const test::CommandRun run = test::runCommand(cmd + " 2>/dev/null");
    REQUIRE(run.exitCode == 0);
    std::map<std::string, LoudgainRow> rows;
    std::istringstream lines(run.out);
    std::string line;
    std::getline(lines, line); // the header
    while (std::getline(lines, line)) {
        std::vector<std::string> cols;
        std::istringstream fields(line);
        for (std::string c; std::getline(fields, c, '\t');)
            cols.push_back(c);
        REQUIRE(cols.size() >= 9);
        rows[std::filesystem::path(cols[0]).filename().string()] = {std::stod(cols[8]), std::stod(cols[3]),
                                                                    std::stod(cols[5])};
    }
    return rows;
}

} // namespace

TEST_CASE("track gain, true peak and album gain equal loudgain's within 0.01 dB", "[replaygain][slow]")
{
    test::TempDir dir;
    for (const std::string ext : {"flac", "mp3", "opus"}) {
        DYNAMIC_SECTION(ext)
        {
            std::vector<std::filesystem::path> files;
            std::vector<replaygain::ScanFile> scan;
            for (int seed = 0; seed < 3; ++seed) {
                const auto wav = dir / (ext + std::to_string(seed) + ".wav");
                test::makeWav(wav, 6.0 + seed, seed);
                const auto out = dir / (ext + std::to_string(seed) + "." + ext);
                test::encode(wav, out);
                files.push_back(out);
                scan.push_back({out, "one album"});
            }
            const auto theirs = loudgain(files);
            REQUIRE(theirs.count("Album") == 1);

            std::vector<replaygain::FileGain> ours;
            replaygain::GainScanner scanner({2, true});
            const auto summary = scanner.scan(scan, [&](std::span<const replaygain::FileGain> album) {
                ours.assign(album.begin(), album.end());
            });
            CHECK(summary.measured == 3);
            REQUIRE(ours.size() == 3);
            for (const auto& g : ours) {
                INFO(g.path);
                REQUIRE_FALSE(g.error);
                const LoudgainRow& t = theirs.at(g.path.filename().string());
                // loudgain prints two decimals: its rounding is half of the 0.01 dB allowed.
                // Our gains are towards -18 LUFS; loudgain's towards its Reference column.
                const double towards = t.reference - replaygain::kReferenceLufs;
                CHECK(std::abs(*g.trackGain + towards - t.gain) <= 0.01);
                CHECK(std::abs(20 * std::log10(g.trackPeak) - 20 * std::log10(t.peak)) <= 0.01);
                CHECK(std::abs(*g.albumGain + towards - theirs.at("Album").gain) <= 0.01);
                CHECK(std::abs(20 * std::log10(*g.albumPeak) - 20 * std::log10(theirs.at("Album").peak)) <=
                      0.01);
            }
        }
    }
}
