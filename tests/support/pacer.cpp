// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accord_pacer RATE CHANNELS FORMAT [OUTPUT]: copies stdin to stdout (or appends it to OUTPUT) at the
// stream's byte rate (times
// $ACCORD_PACER_SPEED, default 1); ACCORD_PACER_FAIL_AFTER=BYTES simulates a device that dies, so the ALSA
// capture rig consumes audio like a sound card would.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: accord_pacer RATE CHANNELS FORMAT [OUTPUT]\n");
        return 2;
    }
    if (argc == 5) {
        // The output on the command line (not a shell redirection) lets the capture rig find this process
        // by its command line and wait for it.
        const int out = open(argv[4], O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (out < 0 || dup2(out, STDOUT_FILENO) < 0)
            return 1;
        close(out);
    }
    const double rate = std::atof(argv[1]);
    const double channels = std::atof(argv[2]);
    const char* format = argv[3];
    const double width = std::strstr(format, "S16") ? 2 : std::strstr(format, "S24_3") ? 3 : 4;
    const char* speedEnv = std::getenv("ACCORD_PACER_SPEED");
    const double speed = speedEnv ? std::atof(speedEnv) : 1.0;
    const double bytesPerSecond = rate * channels * width * (speed > 0 ? speed : 1.0);
    // ACCORD_PACER_FAIL_AFTER=N: exit after N bytes, like a device that disappears mid-stream.
    const char* failEnv = std::getenv("ACCORD_PACER_FAIL_AFTER");
    const double failAfter = failEnv ? std::atof(failEnv) : -1.0;
    // A small pipe keeps the producer close to our pace.
    fcntl(STDIN_FILENO, F_SETPIPE_SZ, 4096);
    char buf[4096];
    const auto start = std::chrono::steady_clock::now();
    double total = 0;
    for (;;) {
        const ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0)
            break;
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = write(STDOUT_FILENO, buf + off, static_cast<size_t>(n - off));
            if (w <= 0)
                return 1;
            off += w;
        }
        total += static_cast<double>(n);
        if (failAfter >= 0 && total >= failAfter)
            return 0;
        const auto due = start + std::chrono::duration<double>(total / bytesPerSecond);
        std::this_thread::sleep_until(std::chrono::time_point_cast<std::chrono::steady_clock::duration>(due));
    }
    return 0;
}
