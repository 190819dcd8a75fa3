// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "acx/key_provider.hpp"
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
    /// True when the file is an encrypted `.acx` decrypted on the fly (codec() is then the inner codec).
    virtual bool encrypted() const { return false; }
};

/// Opens `path` with the decoder that handles it: libFLAC (FlacDecoder) for native 16/24-bit FLAC,
/// libsndfile (SndfileDecoder) for what it reads (FLAC of
/// 8/16/24/32 bits, WAV/RF64, AIFF, Ogg Vorbis, Opus, MP3), FFmpeg (FfmpegDecoder) for the rest (AAC and ALAC
/// in MP4/M4A/M4B, ADTS AAC, APE, WavPack, TTA, 12/20-bit FLAC...). Chosen by content, not by name: a file
/// that starts with the `.acx` magic (core/acx/FORMAT.md) is decrypted on the fly with the content key `keys`
/// gives for it and decoded exactly as the plain file (same samples, frames, seeking); without `keys`, or
/// when it has no key (kind NotFound becomes Refused "no content key"), or with the wrong key (Refused), the
/// Error names the file. Errors (kind Format/NotFound/Io/Unsupported/Refused) name the file and say what is
/// wrong with it. `keys` is not kept. [any thread; the decode thread for queued tracks]
base::Result<std::unique_ptr<Decoder>> openDecoder(const std::filesystem::path& path,
                                                   const acx::KeyProvider* keys = nullptr);

} // namespace accord::audio
