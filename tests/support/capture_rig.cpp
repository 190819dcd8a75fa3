// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/capture_rig.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
#include <thread>

#ifndef ACCORD_PACER_PATH
#error "ACCORD_PACER_PATH must point at the accord_pacer executable"
#endif

namespace accord::test {

CaptureRig::CaptureRig(double speed)
{
    const std::string conf = R"(pcm.accord_capture {
  type file
  slave.pcm { type null }
  file "|exec )" + std::string(ACCORD_PACER_PATH) +
                             " %r %c %f " + m_dir.path().string() +
                             R"(/capture-%r-%f.raw"
  format "raw"
}
pcm.default "accord_capture"
)";
    writeFile(m_dir / "asound.conf", conf);
    setenv("ALSA_CONFIG_PATH", (m_dir / "asound.conf").c_str(), 1);
    setenv("ACCORD_PACER_SPEED", std::to_string(speed).c_str(), 1);
}

CaptureRig::~CaptureRig()
{
    unsetenv("ALSA_CONFIG_PATH");
}

void CaptureRig::waitForPacers() const
{
    // ALSA's file plugin popen()s the pacer but closes the pipe with close(), not pclose(): nobody waits for
    // the pacer to write the last bytes it read. Every pacer of this rig (and the shell that execs it) has
    // the rig's directory in its command line; wait until none is left, reaping our own children.
    const std::string dir = m_dir.path().string();
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
        bool running = false;
        for (const auto& e : std::filesystem::directory_iterator("/proc")) {
            const std::string name = e.path().filename().string();
            if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit))
                continue;
            std::ifstream in(e.path() / "cmdline", std::ios::binary);
            const std::string cmdline{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            if (cmdline.find(dir) == std::string::npos || cmdline.find("accord_pacer") == std::string::npos)
                continue; // zombies have an empty command line
            const pid_t pid = static_cast<pid_t>(std::stol(name));
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid)
                continue; // our child, just exited
            running = true;
        }
        if (!running || std::chrono::steady_clock::now() > until)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::vector<std::uint8_t> CaptureRig::capture(std::uint32_t rate, const std::string& alsaFormat) const
{
    // A pacer that ALSA has forked but not yet exec'ed still carries this process's command line, so
    // waitForPacers() cannot see it, and under load that window can outlast the stream itself: the capture
    // file then appears only later. Wait until the file exists and its size holds still across a wait for
    // the pacers (10 s at most; a stream that never played leaves no file).
    const auto path = m_dir / ("capture-" + std::to_string(rate) + "-" + alsaFormat + ".raw");
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::uintmax_t last = static_cast<std::uintmax_t>(-1);
    for (;;) {
        waitForPacers();
        std::error_code ec;
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if ((!ec && size == last) || std::chrono::steady_clock::now() > until)
            break;
        last = ec ? static_cast<std::uintmax_t>(-1) : size;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::filesystem::path> CaptureRig::captures() const
{
    waitForPacers();
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(m_dir.path()))
        if (e.path().extension() == ".raw")
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string CaptureRig::environment() const
{
    return "ALSA_CONFIG_PATH=" + (m_dir / "asound.conf").string() + " ACCORD_PACER_SPEED=" +
           std::string(std::getenv("ACCORD_PACER_SPEED") ? std::getenv("ACCORD_PACER_SPEED") : "1");
}

std::vector<std::uint8_t> trimSilence(const std::vector<std::uint8_t>& data, std::size_t bytesPerFrame)
{
    const std::size_t frames = data.size() / bytesPerFrame;
    auto silent = [&](std::size_t f) {
        const auto* p = data.data() + f * bytesPerFrame;
        return std::all_of(p, p + bytesPerFrame, [](std::uint8_t b) { return b == 0; });
    };
    std::size_t first = 0;
    while (first < frames && silent(first))
        ++first;
    std::size_t last = frames;
    while (last > first && silent(last - 1))
        --last;
    return {data.begin() + static_cast<std::ptrdiff_t>(first * bytesPerFrame),
            data.begin() + static_cast<std::ptrdiff_t>(last * bytesPerFrame)};
}

long firstDifference(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b)
{
    const auto n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return static_cast<long>(i);
    return a.size() == b.size() ? -1 : static_cast<long>(n);
}

} // namespace accord::test
