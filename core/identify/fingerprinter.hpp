// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "identify/fingerprint.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace accord::identify {

/// Decodes the first `maxSeconds` of a file (audio::openDecoder, any native width converted to int16 as
/// Chromaprint wants) and computes its Chromaprint fingerprint (default algorithm, as AcoustID).
/// [any thread] Independent calls may run in parallel. Errors name the file (undecodable, too short).
base::Result<Fingerprint> fingerprintFile(const std::filesystem::path& path, double maxSeconds = 120.0);

/// The fingerprint of interleaved int16 samples in memory (generated audio: catalogue synth, tests).
/// [any thread] Pure. Fails when there is too little audio (under about 3 s).
base::Result<Fingerprint> fingerprintSamples(const std::int16_t* samples, std::size_t frames, int sampleRate,
                                             int channels);

} // namespace accord::identify
