// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/bad_file_reason.hpp"
#include "library/file_bytes.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace accord::library {

/// The verdict of one container's structural check: nullopt `bad` means the file looks whole.
struct FormatCheck {
    std::optional<BadFileReason> bad;
    std::string detail;
};

// Cheap structural checks that catch what tag readers let through: cut-off audio, missing data chunks,
// bit depths the decoders refuse. Each reads a few small blocks through `in` (mostly its head and tail
// windows, already in memory) and never throws.
// `start` is where the container begins (after a leading ID3v2 tag). [any thread]

/// Metadata blocks, STREAMINFO bit depth (4 to 24, or 32), first frame sync, and the last frame's position
/// against STREAMINFO's total samples (truncation).
FormatCheck checkFlac(FileBytes& in, std::int64_t size, std::int64_t start);
/// Two consecutive valid frame headers; Xing/Info/VBRI byte count against the file size (truncation).
FormatCheck checkMpeg(FileBytes& in, std::int64_t size, std::int64_t start);
/// The last page is complete and carries the end-of-stream flag.
FormatCheck checkOgg(FileBytes& in, std::int64_t size);
/// What an RF64 file's (EBU Tech 3306) ds64 and fmt chunks say. TagLib reads neither, so it finds no length.
struct Rf64Info {
    std::int64_t lengthMs = 0; ///< 0 when the file is not RF64 or the chunks are missing
    std::uint32_t sampleRate = 0;
    std::uint16_t channels = 0;
    std::uint16_t bits = 0;
};
Rf64Info readRf64Info(FileBytes& in, std::int64_t size);
/// An ADTS AAC stream (a raw `.aac` file) walked frame by frame from `start`: TagLib has no ADTS reader.
/// Each 7-byte header gives the sampling frequency index, the channel configuration and the frame's length
/// in bytes; each raw data block decodes to 1024 samples per channel, so the count of frames is the length
/// (exact to the encoder's priming and padding, which ADTS does not record). Reads the stream in 64 KiB
/// blocks through `in`. `bad` is set when no frame parses, the channel layout is only in a PCE, or the
/// headers change rate or channels mid-stream, and `Truncated` when the last frame is cut off (the
/// decoder fails on it). Frames end at the first bytes that are no header (a trailing tag).
struct AdtsInfo {
    FormatCheck check;
    std::int64_t samples = 0; ///< per channel, at `sampleRate`
    std::uint32_t sampleRate = 0;
    std::uint16_t channels = 0;
    std::int64_t audioBytes = 0; ///< bytes of the whole frames counted
};
AdtsInfo readAdtsInfo(FileBytes& in, std::int64_t size, std::int64_t start);
/// WAV (RIFF, little-endian) or AIFF (FORM, big-endian): format chunk, bit depth, data chunk complete.
FormatCheck checkRiff(FileBytes& in, std::int64_t size, bool aiff);

} // namespace accord::library
