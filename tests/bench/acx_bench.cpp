// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// CPU cost of an encrypted (.acx) FLAC against the same plain FLAC, through the decoder the player's decode
// thread runs (audio::openDecoder: libsndfile, and for .acx the virtual I/O that decrypts and authenticates
// 64 KiB chunks). Plain and .acx runs alternate, so both see the same machine; medians of thread CPU time.
// Usage: bench_acx [--seconds S] [--runs N]   (defaults: 60 s of audio, 7 runs). See README.md.
#include "acx/key_store.hpp"
#include "acx/writer.hpp"
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace accord;

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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string loadAverage()
{
    double load[3] = {};
    if (getloadavg(load, 3) != 3)
        return "unknown";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f %.2f %.2f", load[0], load[1], load[2]);
    return buf;
}

} // namespace

int main(int argc, char** argv)
{
    double seconds = 60;
    int runs = 7;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
    }
    if (seconds <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_acx [--seconds S] [--runs N]\n");
        return 2;
    }
    test::TempDir dir("accord-bench-acx");
    const acx::ContentKey key = acx::generateContentKey();
    acx::KeyStore keys;
    keys.setDefault(key);
    struct Case {
        const char* name;
        std::uint32_t rate;
        std::uint16_t bits;
    };
    std::printf("load average before: %s\n", loadAverage().c_str());
    std::printf("%-12s %8s %12s %12s %8s %14s\n", "format", "runs", "plain cpu-s", "acx cpu-s", "ratio",
                "acx x realtime");
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
        decodeCpu(plain, nullptr, frames); // warm the page cache and the code
        decodeCpu(sealed, &keys, frames);
        std::vector<double> p, a;
        for (int r = 0; r < runs; ++r) {
            p.push_back(decodeCpu(plain, nullptr, frames));
            a.push_back(decodeCpu(sealed, &keys, frames));
        }
        const double mp = median(p);
        const double ma = median(a);
        std::printf("%-12s %8d %12.4f %12.4f %8.3f %14.0f\n", c.name, runs, mp, ma, ma / mp, seconds / ma);
    }
    std::printf("load average after: %s\n", loadAverage().c_str());
    return 0;
}
