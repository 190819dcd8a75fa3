// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace accord::replaygain {

/// ReplayGain 2.0's reference level: a track measured at -18 LUFS plays at 0 dB gain.
inline constexpr double kReferenceLufs = -18.0;
/// RFC 7845 (Ogg Opus) R128_TRACK_GAIN / R128_ALBUM_GAIN are relative to -23 LUFS (EBU R128).
inline constexpr double kOpusReferenceLufs = -23.0;

/// The ReplayGain 2.0 gain in dB for a measured loudness; empty for silence. [any thread, pure]
std::optional<double> gainFor(std::optional<double> loudnessLufs);

/// An Opus R128_*_GAIN value (RFC 7845 section 5.2.1): the gain towards -23 LUFS in Q7.8 fixed point
/// (1/256 dB), rounded and clamped to a signed 16-bit integer. `gainDb` is a ReplayGain 2.0 gain (towards
/// -18 LUFS). [any thread, pure]
int opusR128Gain(double gainDb);

/// "-6.02 dB" as REPLAYGAIN_*_GAIN tags spell it (two decimals). [any thread, pure]
std::string formatGain(double gainDb);
/// "0.500031" as REPLAYGAIN_*_PEAK tags spell it (six decimals). [any thread, pure]
std::string formatPeak(double peak);

/// The album a file belongs to for album gain, as the library groups albums: album artist and album title
/// when the file has an album artist; album title and folder when it has only an album title (so that two
/// "Greatest Hits" by different artists stay apart); the folder alone when it has no album title.
/// [any thread, pure]
std::string albumKey(const std::string& album, const std::string& albumArtist,
                     const std::filesystem::path& file);

} // namespace accord::replaygain
