// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Decode speed of the formats FFmpeg decodes for Accord (issue 17) against the `ffmpeg` tool decoding the
// same files to nothing (`ffmpeg -f null -`). Both are CPU seconds (user + system) for the whole file: ours
// this process's, ffmpeg's its child's (so a loaded machine inflates neither); runs alternating so both see
// the same machine; medians; load average before and after.
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "bench_stats.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace accord;

using accord::bench::loadAverage;
using accord::bench::median;

namespace {

double cpuSelf()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double cpuChildren()
{
    rusage r{};
    getrusage(RUSAGE_CHILDREN, &r);
    return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
           static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

/// openDecoder() and reads to the end, as the engine's decode thread does; seconds.
double accordDecode(const std::filesystem::path& path, std::uint64_t& frames)
{
    const double t0 = cpuSelf();
    auto dec = audio::openDecoder(path);
    if (!dec.ok()) {
        std::fprintf(stderr, "bench_ffmpeg_decode: %s\n", dec.error().describe().c_str());
        std::exit(1);
    }
    std::vector<std::byte> buf(4096 * (*dec)->format().bytesPerFrame());
    frames = 0;
    for (;;) {
        auto got = (*dec)->read(buf.data(), 4096);
        if (!got.ok()) {
            std::fprintf(stderr, "bench_ffmpeg_decode: %s\n", got.error().describe().c_str());
            std::exit(1);
        }
        if (*got == 0)
            break;
        frames += *got;
    }
    return cpuSelf() - t0;
}

/// `ffmpeg -f null -`: demux and decode, no output; CPU seconds of the child (and of the shell that starts
/// it: a few ms, which the table's `ffmpeg` column includes).
double ffmpegDecode(const std::filesystem::path& path)
{
    const double t0 = cpuChildren();
    test::runOrThrow("ffmpeg -nostdin -v error -threads 1 -i '" + path.string() + "' -f null -");
    return cpuChildren() - t0;
}

} // namespace

int main(int argc, char** argv)
{
    int seconds = 120, runs = 7;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--seconds")
            seconds = std::atoi(argv[i + 1]);
        else if (a == "--runs")
            runs = std::atoi(argv[i + 1]);
    }
    bench::MachineGuard guard("bench_ffmpeg_decode");
    test::TempDir dir{"accord-bench-ffmpeg"};
    const auto s16 = audio::synthesizeSignal(44100, 2, 16, 44100u * static_cast<unsigned>(seconds), 1);
    const auto s24 = audio::synthesizeSignal(96000, 2, 24, 96000u * static_cast<unsigned>(seconds), 2);
    const auto wav16 = dir / "s16.wav", wav24 = dir / "s24.wav";
    (void)audio::writePcmFile(wav16, {audio::Container::Wav, 44100, 2, 16}, s16);
    (void)audio::writePcmFile(wav24, {audio::Container::Wav, 96000, 2, 24}, s24);
    struct Item {
        const char* name;
        std::string file;
        std::string make;
    };
    const auto q = [](const std::filesystem::path& p) { return "'" + p.string() + "'"; };
    const std::vector<Item> items = {
        {"AAC 44.1 (m4a, 160k)", "aac.m4a", "ffmpeg -v error -y -i " + q(wav16) + " -c:a aac -b:a 160k"},
        {"ALAC 16/44.1", "alac16.m4a", "ffmpeg -v error -y -i " + q(wav16) + " -c:a alac"},
        {"ALAC 24/96", "alac24.m4a", "ffmpeg -v error -y -i " + q(wav24) + " -c:a alac"},
        {"WavPack 16/44.1", "wv16.wv", "wavpack -q -y " + q(wav16) + " -o"},
        {"WavPack 24/96", "wv24.wv", "wavpack -q -y " + q(wav24) + " -o"},
        {"APE 16/44.1 (jmac c2)", "ape16.ape", "java -jar /usr/share/java/jmac.jar c2 " + q(wav16)},
    };
    std::printf("bench_ffmpeg_decode: %d s of audio per file, %d runs; load average before: %s\n", seconds,
                runs, loadAverage().c_str());
    std::printf("| format | Accord CPU-s | `ffmpeg -f null` CPU-s | Accord x real time (CPU) | ratio |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    for (const Item& item : items) {
        const auto path = dir / item.file;
        test::runOrThrow(item.make + " " + q(path));
        std::vector<double> ours, theirs;
        std::uint64_t frames = 0;
        for (int r = 0; r < runs; ++r) {
            ours.push_back(accordDecode(path, frames));
            theirs.push_back(ffmpegDecode(path));
        }
        const double mo = median(ours), mt = median(theirs);
        std::printf("| %s | %.4f | %.4f | %.0fx | %.2f |\n", item.name, mo, mt, seconds / mo, mo / mt);
        std::fflush(stdout);
    }
    guard.end();
    std::printf("load average after: %s; machine: %s\n", loadAverage().c_str(), guard.note().c_str());
    return 0;
}
