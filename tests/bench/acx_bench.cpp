// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// CPU cost of an encrypted (.acx) FLAC against the same plain FLAC, through the decoder the player's decode
// thread runs (audio::openDecoder: libsndfile, and for .acx the virtual I/O that decrypts and authenticates
// 64 KiB chunks). Two measures, plain and .acx runs alternating so both see the same machine, medians:
// - decode: the decoder alone, thread CPU time (the stricter ratio: nothing else dilutes the crypto);
// - play: the whole player (queue, decode thread, frame ring, render callback) into a capture device
//   pulling at --speed times real time, process CPU time (user + system of every thread).
// Usage: bench_acx [--seconds S] [--runs N] [--play-seconds S] [--speed X]
// (defaults: 60 s of audio and 7 runs for decode; 20 s at 4x and 5 runs for play). See README.md.
#include "acx/key_store.hpp"
#include "acx/writer.hpp"
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "bench_stats.hpp"
#include "playback/player.hpp"
#include "support/capture_output.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <future>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace accord;

using accord::bench::loadAverage;
using accord::bench::median;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Decodes the whole file as the decode thread does (4096-frame reads, native width); returns CPU seconds.
double decodeCpu(const std::filesystem::path& path, const acx::KeyProvider* keys, std::uint64_t expectFrames)
{
    const double t0 = threadCpuSeconds();
    auto dec = audio::openDecoder(path, keys);
    if (!dec.ok()) {
        std::fprintf(stderr, "bench_acx: %s\n", dec.error().describe().c_str());
        std::exit(1);
    }
    std::vector<std::byte> buf(4096 * (*dec)->format().bytesPerFrame());
    std::uint64_t frames = 0;
    for (;;) {
        auto got = (*dec)->read(buf.data(), 4096);
        if (!got.ok()) {
            std::fprintf(stderr, "bench_acx: %s\n", got.error().describe().c_str());
            std::exit(1);
        }
        if (*got == 0)
            break;
        frames += *got;
    }
    const double cpu = threadCpuSeconds() - t0;
    if (frames != expectFrames) {
        std::fprintf(stderr, "bench_acx: %s decoded %llu frames, expected %llu\n", path.c_str(),
                     static_cast<unsigned long long>(frames), static_cast<unsigned long long>(expectFrames));
        std::exit(1);
    }
    return cpu;
}

double processCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    auto sec = [](const timeval& tv) {
        return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6;
    };
    return sec(ru.ru_utime) + sec(ru.ru_stime);
}

class Finished final : public playback::PlayerListener {
public:
    void onQueueFinished() override { m_done.set_value(true); }
    void onError(const base::Error& error) override
    {
        std::fprintf(stderr, "bench_acx: %s\n", error.describe().c_str());
        std::exit(1);
    }
    void onTrackSkipped(std::size_t, const std::filesystem::path&,
                        const playback::SkipReason& reason) override
    {
        std::fprintf(stderr, "bench_acx: skipped: %s\n", reason.text.c_str());
        std::exit(1);
    }
    std::future<bool> done() { return m_done.get_future(); }

private:
    std::promise<bool> m_done;
};

/// Plays the file through a real Player into a capture device; returns the process CPU seconds.
double playCpu(const std::filesystem::path& path, std::shared_ptr<const acx::KeyProvider> keys, double speed,
               std::uint64_t expectFrames)
{
    auto device = std::make_shared<test::CaptureDevice>(speed);
    playback::PlayerOptions options;
    options.makeOutput = device->factory();
    options.contentKeys = std::move(keys);
    Finished listener;
    auto done = listener.done();
    const double t0 = processCpuSeconds();
    {
        playback::Player player(options);
        player.setListener(&listener);
        player.setQueue({path});
        player.play();
        done.wait();
        player.waitUntilStopped();
        player.setListener(nullptr);
    }
    const double cpu = processCpuSeconds() - t0;
    std::uint64_t frames = 0;
    for (const auto& s : device->streams())
        frames += s.bytes.size() / s.format.bytesPerFrame();
    if (frames < expectFrames) {
        std::fprintf(stderr, "bench_acx: played %llu frames of %llu\n",
                     static_cast<unsigned long long>(frames), static_cast<unsigned long long>(expectFrames));
        std::exit(1);
    }
    return cpu;
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 60;
    int runs = 7;
    double playSeconds = 20;
    double speed = 4;
    int playRuns = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--play-seconds") == 0)
            playSeconds = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--play-runs") == 0)
            playRuns = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--speed") == 0)
            speed = std::atof(argv[i + 1]);
    }
    if (seconds <= 0 || runs <= 0 || playSeconds < 0 || playRuns < 0 || speed <= 0) {
        std::fprintf(stderr, "usage: bench_acx [--seconds S] [--runs N] [--play-seconds S] [--play-runs N] "
                             "[--speed X]\n");
        return 2;
    }
    bench::MachineGuard guard("bench_acx");
    test::TempDir dir("accord-bench-acx");
    const acx::ContentKey key = acx::generateContentKey();
    auto keys = std::make_shared<acx::KeyStore>();
    keys->setDefault(key);
    struct Case {
        const char* name;
        std::uint32_t rate;
        std::uint16_t bits;
    };
    std::printf("load average before: %s\n", loadAverage().c_str());
    std::printf("%-6s %-12s %5s %8s %12s %12s %8s\n", "what", "format", "runs", "audio-s", "plain cpu-s",
                "acx cpu-s", "ratio");
    for (const Case& c : {Case{"flac16/44.1", 44100, 16}, Case{"flac24/96", 96000, 24}}) {
        const auto frames = static_cast<std::size_t>(seconds * c.rate);
        const auto plain = dir / (std::to_string(c.bits) + ".flac");
        const auto sealed = dir / (std::to_string(c.bits) + ".acx");
        if (!audio::writePcmFile(plain, {audio::Container::Flac, c.rate, 2, c.bits},
                                 audio::synthesizeSignal(c.rate, 2, c.bits, frames, 3))
                 .ok() ||
            !acx::writeAcx(plain, sealed, key).ok()) {
            std::fprintf(stderr, "bench_acx: cannot write the fixtures\n");
            return 1;
        }
        // The play runs take a shorter file: the capture device plays at a few times real time only.
        const auto playFrames = static_cast<std::size_t>(playSeconds * c.rate);
        const auto playPlain = dir / (std::to_string(c.bits) + "-play.flac");
        const auto playSealed = dir / (std::to_string(c.bits) + "-play.acx");
        if (playRuns > 0 && (!audio::writePcmFile(playPlain, {audio::Container::Flac, c.rate, 2, c.bits},
                                                  audio::synthesizeSignal(c.rate, 2, c.bits, playFrames, 4))
                                  .ok() ||
                             !acx::writeAcx(playPlain, playSealed, key).ok())) {
            std::fprintf(stderr, "bench_acx: cannot write the fixtures\n");
            return 1;
        }
        decodeCpu(plain, nullptr, frames); // warm the page cache and the code
        decodeCpu(sealed, keys.get(), frames);
        std::vector<double> p, a;
        for (int r = 0; r < runs; ++r) {
            p.push_back(decodeCpu(plain, nullptr, frames));
            a.push_back(decodeCpu(sealed, keys.get(), frames));
        }
        const double mp = median(p);
        const double ma = median(a);
        std::printf("%-6s %-12s %5d %8.0f %12.4f %12.4f %8.3f\n", "decode", c.name, runs, seconds, mp, ma,
                    ma / mp);
        std::fflush(stdout);
        if (playRuns == 0)
            continue;
        std::vector<double> pp, pa;
        for (int r = 0; r < playRuns; ++r) {
            pp.push_back(playCpu(playPlain, nullptr, speed, playFrames));
            pa.push_back(playCpu(playSealed, keys, speed, playFrames));
        }
        std::printf("%-6s %-12s %5d %8.0f %12.4f %12.4f %8.3f\n", "play", c.name, playRuns, playSeconds,
                    median(pp), median(pa), median(pa) / median(pp));
        std::fflush(stdout);
    }
    guard.end();
    std::printf("load average after: %s; machine: %s\n", loadAverage().c_str(), guard.note().c_str());
    return 0;
}
