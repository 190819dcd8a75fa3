// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// bench_fingerprint DIR [--threads N] [--limit N]: Chromaprint throughput over a folder of audio
// (decode of up to 120 s per file + fingerprint), the cost identification pays per unidentified file.
// Prints one JSON object: files, failed, seconds, files_per_s, audio_s_per_s, threads, machine (the load
// and whether another process was busy: bench_stats.hpp's MachineGuard; BENCH_STRICT=1 refuses then).
#include "bench_stats.hpp"
#include "identify/fingerprinter.hpp"
#include "library/file_enumerator.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_fingerprint DIR [--threads N] [--limit N]\n");
        return 2;
    }
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    std::size_t limit = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            threads = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
        else if (std::strcmp(argv[i], "--limit") == 0)
            limit = std::strtoul(argv[i + 1], nullptr, 10);
    }
    accord::bench::MachineGuard guard("bench_fingerprint");
    auto walk = accord::library::walkFolders({argv[1]});
    if (limit && walk.files.size() > limit)
        walk.files.resize(limit);
    std::atomic<std::size_t> next{0}, failed{0};
    std::atomic<long long> audioMs{0};
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (std::size_t k; (k = next.fetch_add(1)) < walk.files.size();) {
                auto fp = accord::identify::fingerprintFile(walk.files[k].path);
                if (!fp)
                    ++failed;
                else
                    audioMs += static_cast<long long>(fp->durationS * 1000);
            }
        });
    }
    for (auto& t : pool)
        t.join();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double files = static_cast<double>(walk.files.size());
    guard.end();
    std::printf("{\"files\": %zu, \"failed\": %zu, \"seconds\": %.3f, \"files_per_s\": %.1f, "
                "\"audio_s_per_s\": %.1f, \"threads\": %u, \"machine\": \"%s\"}\n",
                walk.files.size(), failed.load(), s, files / s,
                static_cast<double>(audioMs.load()) / 1000.0 / s, threads, guard.note().c_str());
    return 0;
}
