// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/audio_format.hpp"
#include "base/result.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace accord::audio {

/// A source of interleaved PCM in the file's native width (see SampleFormat).
/// [one thread at a time] Not thread-safe; the decode thread owns it once playback starts.
class Decoder {
public:
    virtual ~Decoder() = default;
    virtual const AudioFormat& format() const = 0;
    /// Total frames as the container reports them; 0 when unknown.
    virtual std::uint64_t frames() const = 0;
    /// Reads up to `frames` frames into `dst` (frames * format().bytesPerFrame() bytes).
    /// Returns the number read; 0 means end of stream. An Error names the file.
    virtual base::Result<std::size_t> read(void* dst, std::size_t frames) = 0;
    /// Positions the next read at `frame` exactly.
    virtual base::Status seek(std::uint64_t frame) = 0;
    /// "flac", "wav", "aiff", "vorbis", "opus", "mp3", ...
    virtual std::string codec() const = 0;
    virtual const std::filesystem::path& path() const = 0;
};

/// Opens `path` with the decoder that handles it (libsndfile for FLAC, WAV, AIFF, Ogg Vorbis, Opus, MP3).
/// Errors (kind Format/NotFound/Io/Unsupported) name the file and say what is wrong with it.
/// [any thread]
base::Result<std::unique_ptr<Decoder>> openDecoder(const std::filesystem::path& path);

} // namespace accord::audio
