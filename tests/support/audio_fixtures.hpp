// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "support/command.hpp" // shellQuote, used with run()

#include <filesystem>
#include <map>
#include <string>

namespace accord::test {

/// Test audio made at test time with Debian's encoders (sox, flac, lame, oggenc, opusenc) and libFLAC.
/// Each helper throws std::runtime_error when a tool fails, so a missing encoder fails the test loudly.

/// A stereo WAV: `seconds` of a two-tone signal; `seed` changes the tones (a different recording).
void makeWav(const std::filesystem::path& out, double seconds, int seed = 0, int bits = 16, int rate = 44100);

/// Encodes `wav` to `out` by the extension of `out`: .flac (flac), .mp3 (lame), .ogg (oggenc),
/// .opus (opusenc), .aiff (sox). `bitrateKbps` applies to lossy codecs (0 = encoder default).
void encode(const std::filesystem::path& wav, const std::filesystem::path& out, int bitrateKbps = 0);

/// A real FLAC stream of `bits` per sample (e.g. 12 or 20) written with libFLAC.
void makeFlacWithBits(const std::filesystem::path& out, unsigned bits, double seconds = 1.0);

/// A stereo 16-bit 44.1 kHz WAV of a melody (written with libsndfile): notes, their lengths and timbre
/// follow `seed`, so two seeds are two different recordings to a fingerprinter, while one seed is
/// always the same recording.
void makeMelodyWav(const std::filesystem::path& out, double seconds, int seed);

/// Runs a shell command; throws with the command text when it fails.
void run(const std::string& command);

/// Replaces the file's tags with `fields` (TagLib property names: TITLE, ARTIST, ISRC, ...); throws
/// std::runtime_error when the file cannot be opened or saved.
void tagFile(const std::filesystem::path& path, const std::map<std::string, std::string>& fields);

} // namespace accord::test
