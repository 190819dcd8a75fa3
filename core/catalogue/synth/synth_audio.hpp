// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <vector>

namespace accord::catalogue {

/// Generates distinct pieces of music for fingerprint tests and benchmarks: a melody over a bass line and
/// chords, with a drum pattern, in a key, tempo, scale, metre and set of timbres (additive, FM, plucked)
/// that all follow `seed`. Two seeds are two different recordings to a fingerprinter (different notes,
/// rhythm and timbre, not only a different tone); one seed is always the same recording, on every platform
/// (its own integer RNG, no std distributions). Mono samples in [-1, 1], peak about 0.8.
/// [any thread] Pure.
std::vector<float> synthMusic(std::uint64_t seed, double seconds, int sampleRate);

} // namespace accord::catalogue
