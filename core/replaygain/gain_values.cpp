// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "replaygain/gain_values.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace accord::replaygain {

std::optional<double> gainFor(std::optional<double> loudnessLufs)
{
    if (!loudnessLufs || !std::isfinite(*loudnessLufs))
        return std::nullopt;
    return kReferenceLufs - *loudnessLufs;
}

int opusR128Gain(double gainDb)
{
    // The same loudness measured against -23 instead of -18 LUFS: 5 dB less gain.
    const double q78 = std::round((gainDb + (kOpusReferenceLufs - kReferenceLufs)) * 256.0);
    return static_cast<int>(std::clamp(q78, -32768.0, 32767.0));
}

std::string formatGain(double gainDb)
{
    char buf[32];
    // A gain that rounds to zero is written "0.00", never "-0.00".
    const double rounded = std::round(gainDb * 100.0) / 100.0;
    std::snprintf(buf, sizeof buf, "%.2f dB", rounded == 0.0 ? 0.0 : rounded);
    return buf;
}

std::string formatPeak(double peak)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", peak);
    return buf;
}

std::string albumKey(const std::string& album, const std::string& albumArtist,
                     const std::filesystem::path& file)
{
    const std::string folder = file.parent_path().string();
    if (album.empty())
        return "folder\x1f" + folder;
    if (!albumArtist.empty())
        return "album\x1f" + albumArtist + "\x1f" + album;
    return "album\x1f\x1f" + album + "\x1f" + folder;
}

} // namespace accord::replaygain
