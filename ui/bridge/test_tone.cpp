// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/test_tone.hpp"

#include "audio/pcm_writer.hpp"
#include "bridge/qt_convert.hpp"

#include <cmath>
#include <cstdint>
#include <vector>

namespace accord::ui {

QString writeTestTone(const std::filesystem::path& file)
{
    constexpr std::uint32_t kRate = 48000;
    std::vector<std::int32_t> samples(static_cast<std::size_t>(kRate) * 2 * 2);
    for (std::size_t i = 0; i < samples.size() / 2; ++i) {
        const double v = 0.2 * std::sin(2.0 * 3.14159265358979 * 440.0 * static_cast<double>(i) / kRate);
        const auto s16 = static_cast<std::int32_t>(v * 32767.0);
        samples[2 * i] = samples[2 * i + 1] = s16 * 65536; // MSB-aligned int32, 16 significant bits
    }
    std::filesystem::create_directories(file.parent_path());
    const auto status = audio::writePcmFile(file, {audio::Container::Wav, kRate, 2, 16}, samples);
    return status.ok() ? QString() : toQString(status.error().describe());
}

} // namespace accord::ui
