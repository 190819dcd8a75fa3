// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "support/capture_rig.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

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
                             " %r %c %f >> " + m_dir.path().string() +
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

std::vector<std::uint8_t> CaptureRig::capture(std::uint32_t rate, const std::string& alsaFormat) const
{
    std::ifstream in(m_dir / ("capture-" + std::to_string(rate) + "-" + alsaFormat + ".raw"),
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::filesystem::path> CaptureRig::captures() const
{
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
