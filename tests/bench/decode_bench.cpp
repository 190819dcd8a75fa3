// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Decode throughput in multiples of real time, as the engine's decode thread sees it (native width,
// no processing). Fixtures: 60 s of generated signal per format, written once into $TMPDIR.
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "bench_stats.hpp"
#include "support/fixtures.hpp"
#include "support/temp_dir.hpp"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace accord;

namespace {

struct Fixture {
    test::TempDir dir{"accord-bench-decode"};
    std::filesystem::path flac16, flac24, wav16, mp3, ogg, opus;
    Fixture()
    {
        const auto s44 = audio::synthesizeSignal(44100, 2, 16, 44100 * 60, 1);
        const auto s96 = audio::synthesizeSignal(96000, 2, 24, 96000 * 60, 2);
        flac16 = dir / "a.flac";
        flac24 = dir / "b.flac";
        wav16 = dir / "c.wav";
        (void)audio::writePcmFile(flac16, {audio::Container::Flac, 44100, 2, 16}, s44);
        (void)audio::writePcmFile(flac24, {audio::Container::Flac, 96000, 2, 24}, s96);
        (void)audio::writePcmFile(wav16, {audio::Container::Wav, 44100, 2, 16}, s44);
        mp3 = dir / "d.mp3";
        ogg = dir / "e.ogg";
        opus = dir / "f.opus";
        test::encodeWithTool("lame", mp3, 44100, 2, s44);
        test::encodeWithTool("oggenc", ogg, 44100, 2, s44);
        test::encodeWithTool("opusenc", opus, 44100, 2, s44);
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void decodeFile(benchmark::State& state, const std::filesystem::path& path)
{
    double seconds = 0;
    for (auto _ : state) {
        auto dec = audio::openDecoder(path);
        if (!dec.ok()) {
            state.SkipWithError(dec.error().describe().c_str());
            return;
        }
        std::vector<std::byte> buf(4096 * (*dec)->format().bytesPerFrame());
        std::uint64_t frames = 0;
        for (;;) {
            auto got = (*dec)->read(buf.data(), 4096);
            if (!got.ok() || *got == 0)
                break;
            frames += *got;
        }
        seconds += static_cast<double>(frames) / (*dec)->format().sampleRate;
        benchmark::DoNotOptimize(buf.data());
    }
    // "x_realtime": audio seconds decoded per CPU second.
    state.counters["x_realtime"] = benchmark::Counter(seconds, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK_CAPTURE(decodeFile, flac_16_44, fixture().flac16)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decodeFile, flac_24_96, fixture().flac24)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decodeFile, wav_16_44, fixture().wav16)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decodeFile, mp3_v2, fixture().mp3)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decodeFile, vorbis_q5, fixture().ogg)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(decodeFile, opus_128k, fixture().opus)->Unit(benchmark::kMillisecond);

// BENCHMARK_MAIN, with the machine check of every benchmark program (bench_stats.hpp) around the runs: its
// state goes into the report's context and, after the runs, to stderr.
int main(int argc, char** argv)
{
    bench::MachineGuard guard("bench_decode");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("machine_before", guard.note());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    guard.end();
    std::fprintf(stderr, "bench_decode: machine: %s\n", guard.note().c_str());
    return 0;
}
