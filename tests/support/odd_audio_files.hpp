// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace accord::test {

/// Valid audio files of the kinds common encoders rarely write, byte by byte, so that the scan's structural
/// checks and the decoders can be tested on them. `samples` are interleaved 16-bit stereo at 44.1 kHz
/// unless said otherwise. Each throws std::runtime_error when the file cannot be written.

/// FLAC of verbatim subframes. `variableBlockSize` writes Flake-style frames numbered by sample, with block
/// sizes cycling through 1152, 4608, 576 and 2304; `declareTotal` false leaves STREAMINFO's total-samples
/// field 0 (unknown), as streaming encoders do.
void writeVerbatimFlac(const std::filesystem::path& out, const std::vector<std::int16_t>& samples,
                       bool variableBlockSize, bool declareTotal);

/// RF64 (EBU Tech 3306): "RF64" header, ds64 chunk with the real sizes, 0xFFFFFFFF in the 32-bit fields.
void writeRf64(const std::filesystem::path& out, const std::vector<std::int16_t>& samples);

/// A Broadcast WAV: "bext" chunk (602 bytes) before a WAVE_FORMAT_EXTENSIBLE fmt chunk of 24-bit PCM.
/// `samples24` are interleaved stereo 24-bit values (right-aligned in int32).
void writeBwfExtensible24(const std::filesystem::path& out, const std::vector<std::int32_t>& samples24);

} // namespace accord::test
