// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "replaygain/gain_scanner.hpp"

namespace accord::replaygain {

/// Writes a file's measured ReplayGain into its tags with TagLib, in its format's convention, changing
/// nothing else (other tags, the tag version, the audio):
///   FLAC, Ogg Vorbis:  Vorbis comments REPLAYGAIN_TRACK_GAIN/_PEAK, REPLAYGAIN_ALBUM_GAIN/_PEAK
///   Ogg Opus:          R128_TRACK_GAIN / R128_ALBUM_GAIN (RFC 7845: Q7.8 dB towards -23 LUFS; no peaks)
///   MP3, WAV, AIFF:    ID3v2 TXXX frames REPLAYGAIN_* (an existing lower-case frame is updated in place)
///   MP4/M4A:           ----:com.apple.iTunes:replaygain_* items
/// Album fields only when `gain` has an album gain; nothing is written for a silent file (no gain). Only
/// ever called on the listener's request (accordctl --write-tags, the window's confirmed checkbox).
/// Errors (Unsupported for other formats, Io when TagLib cannot save) name the file.
/// [any thread; one writer per file]
base::Status writeReplayGainTags(const FileGain& gain);

} // namespace accord::replaygain
