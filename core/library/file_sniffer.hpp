// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/bad_file_reason.hpp"
#include "library/file_bytes.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::library {

/// What a file really is, from its first bytes (never from its name).
enum class Container {
    Unknown,
    Flac,
    Mpeg,
    OggVorbis,
    OggOpus,
    OggFlac,
    OggOther,
    Wav,
    Aiff,
    Mp4,
    WavPack,
    Ape,
    Asf,
    Adts, ///< raw AAC in ADTS frames (a `.aac` file); TagLib has no reader for it
    NotAudio
};

/// The outcome of a cheap structural look at a file: its container, a sample hash of its content
/// (size + head + tail) used to recognise moved files, and a bad-file verdict when the structure is
/// already wrong (empty, truncated, unsupported bit depth, no known header).
struct SniffResult {
    Container container = Container::Unknown;
    std::uint64_t contentHash = 0;
    std::optional<BadFileReason> bad;
    std::string detail;          ///< human detail for `bad`
    std::int64_t audioStart = 0; ///< where the container starts: after a leading ID3v2 tag, else 0
};

/// Probes the open file `fd` of `size` bytes. `extension` (lowercase, no dot) only decides how a
/// header-less MPEG stream is accepted. [any thread] Reads the file with pread (through a FileBytes of
/// its own); never throws.
SniffResult sniffFile(int fd, std::int64_t size, std::string_view extension);

/// The same through `in`, whose head and tail windows the caller (the tag reader) then hands on to TagLib,
/// so that the scan reads them once. [the thread that owns `in`]
SniffResult sniffFile(FileBytes& in, std::string_view extension);

/// True for extensions the scanner looks at ("flac", "mp3", "ogg", "opus", "wav", ...). [any thread]
bool isAudioExtension(std::string_view lowercaseExtension) noexcept;

} // namespace accord::library
