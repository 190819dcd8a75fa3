// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::test {

/// Every sample the decoder produces for `path`, as raw bytes in its native width. Fails the test on error.
std::vector<std::uint8_t> decodeAll(const std::filesystem::path& path);

/// Converts MSB-aligned int32 samples to the bytes of `format` (s16: top 16 bits; s32: as is).
std::vector<std::uint8_t> nativeBytes(const std::vector<std::int32_t>& samples, audio::SampleFormat format);

/// Runs a shell command; throws with its text when it fails (encoders come from Debian packages).
void runOrThrow(const std::string& command);

/// Writes `samples` as a 16-bit WAV, then encodes it with a Debian command-line encoder
/// ("lame", "oggenc", "opusenc", "flac") into `out`.
void encodeWithTool(const std::string& tool, const std::filesystem::path& out, std::uint32_t rate,
                    std::uint16_t channels, const std::vector<std::int32_t>& samples);

/// Cuts `samples` (interleaved) at the given frame offsets into consecutive pieces.
std::vector<std::vector<std::int32_t>> cutAt(const std::vector<std::int32_t>& samples, std::uint16_t channels,
                                             const std::vector<std::size_t>& cuts);

} // namespace accord::test
