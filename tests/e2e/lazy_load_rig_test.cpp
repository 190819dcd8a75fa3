// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// FFmpeg, Chromaprint and libcurl are opened when needed, not at start-up (audio::FfmpegLibrary,
// catalogue::ChromaprintLibrary, sync::CurlLibrary): `accordctl play` of a FLAC never loads them, an AAC file
// loads FFmpeg when it is opened and still plays. What a process loaded comes from glibc's dynamic linker
// itself (LD_DEBUG=files logs every shared object it opens, at start-up or by dlopen, until the process
// exits).
#include "support/capture_rig.hpp"
#include "support/command.hpp"
#include "support/fixtures.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace accord;
using test::shellQuote;

namespace {

/// Plays `file` with `accordctl play` into `rig` and returns the dynamic linker's log of that process (not
/// of the pacer it starts: the shell writes its own PID, then becomes accordctl).
std::string playAndLogLoads(const test::CaptureRig& rig, const std::filesystem::path& file)
{
    const auto log = rig.dir() / "ld-debug";
    const auto pid = rig.dir() / "accordctl.pid";
    const std::string cmd = "echo $$ > " + shellQuote(pid.string()) + "; exec env " + rig.environment() +
                            " LD_DEBUG=files LD_DEBUG_OUTPUT=" + shellQuote(log.string()) + " " +
                            ACCORDCTL_PATH + " --data-dir " + shellQuote((rig.dir() / "data").string()) +
                            " play --json " + shellQuote(file.string()) + " > " +
                            shellQuote((rig.dir() / "play.json").string()) + " 2> " +
                            shellQuote((rig.dir() / "play.err").string());
    REQUIRE(test::runExitCode(cmd) == 0);
    REQUIRE(test::fileBytes(rig.dir() / "play.json").find("\"played\"") != std::string::npos);
    std::string id = test::fileBytes(pid);
    while (!id.empty() && (id.back() == '\n' || id.back() == ' '))
        id.pop_back();
    const std::string loads = test::fileBytes(log.string() + "." + id);
    REQUIRE(loads.find("file=libportaudio") != std::string::npos); // the log is accordctl's and complete
    return loads;
}

bool loaded(const std::string& loads, const std::string& soname)
{
    return loads.find("file=" + soname) != std::string::npos;
}

/// The log line of the first load of `soname` ("file=libavformat.so.59 [0];  dynamically loaded by ...").
std::string loadLine(const std::string& loads, const std::string& soname)
{
    const auto at = loads.find("file=" + soname);
    if (at == std::string::npos)
        return {};
    return loads.substr(at, loads.find('\n', at) - at);
}

} // namespace

TEST_CASE("accordctl plays a FLAC without loading FFmpeg, Chromaprint or libcurl, and an AAC file loads "
          "FFmpeg on open",
          "[rig][ffmpeg][startup]")
{
    test::CaptureRig rig(4.0);
    const auto signal = audio::synthesizeSignal(44100, 2, 16, 44100, 5);
    const auto flac = rig.dir() / "one.flac";
    REQUIRE(audio::writePcmFile(flac, {audio::Container::Flac, 44100, 2, 16}, signal).ok());
    const std::string flacLoads = playAndLogLoads(rig, flac);
    CHECK(loaded(flacLoads, "libFLAC.so"));
    CHECK_FALSE(loaded(flacLoads, "libavcodec.so"));
    CHECK_FALSE(loaded(flacLoads, "libavformat.so"));
    CHECK_FALSE(loaded(flacLoads, "libavutil.so"));
    CHECK_FALSE(loaded(flacLoads, "libchromaprint.so"));
    // Nor libcurl (sync::CurlLibrary: opened by the first fetch) and the TLS stack it links.
    CHECK_FALSE(loaded(flacLoads, "libcurl.so"));
    CHECK_FALSE(loaded(flacLoads, "libgnutls.so"));

    // The same signal as AAC in MP4, which only FFmpeg reads: loaded when the file is opened, and played.
    const auto wav = rig.dir() / "one.wav";
    const auto aac = rig.dir() / "one.m4a";
    REQUIRE(audio::writePcmFile(wav, {audio::Container::Wav, 44100, 2, 16}, signal).ok());
    test::runOrThrow("ffmpeg -v error -y -i " + shellQuote(wav.string()) + " -c:a aac -b:a 128k " +
                     shellQuote(aac.string()));
    const std::string aacLoads = playAndLogLoads(rig, aac);
    CHECK(loaded(aacLoads, "libavformat.so"));
    CHECK(loaded(aacLoads, "libavcodec.so"));
    // By dlopen (accordctl's FfmpegLibrary), not as a start-up dependency ("needed by").
    CHECK(loadLine(aacLoads, "libavformat.so").find("dynamically loaded by") != std::string::npos);
}
