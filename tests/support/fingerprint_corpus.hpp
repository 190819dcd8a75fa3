// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace accord::test {

/// One recording of the fingerprint corpus as a listener's copy of it would differ from the catalogue's:
/// lossy re-encoded, trimmed at the start, played louder or softer.
struct CorpusCopy {
    std::string codec; ///< "mp3" (LAME 128k CBR), "opus" (opusenc 64k), "ogg" (oggenc Vorbis 96k)
    double trimS = 0;  ///< seconds cut from the start
    double gainDb = 0; ///< level shift (negative: softer)
};

/// The corpus's recording `seed` (catalogue::synthMusic: melody, chords, bass, drums, seed-chosen timbres),
/// `seconds` long, written as a 16-bit 44.1 kHz stereo WAV at `out`. Deterministic. Throws on failure.
void writeCorpusOriginal(const std::filesystem::path& out, std::uint64_t seed, double seconds);

/// The same recording as `copy` says, encoded to `out` (its extension must match the codec) with the
/// Debian encoders (lame, opusenc, oggenc); a scratch WAV is written beside it and removed. Throws on
/// failure.
void writeCorpusCopy(const std::filesystem::path& out, std::uint64_t seed, double seconds,
                     const CorpusCopy& copy);

/// The copy the corpus uses for recording `seed` and codec index 0..2 (mp3, opus, ogg): a trim of 1-4 s
/// and a level shift of -12..+2 dB, both following the seed.
CorpusCopy corpusCopyFor(std::uint64_t seed, int codecIndex);

} // namespace accord::test
