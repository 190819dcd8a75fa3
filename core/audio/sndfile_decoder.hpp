// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

#include <optional>

using SNDFILE = struct sf_private_tag;
struct SF_INFO;

namespace accord::acx {
class AcxReader;
}

namespace accord::audio {

class AcxVirtualFile;

/// libsndfile decoder. Integer PCM is read as int16 (8/16-bit) or int32 (24/32-bit, MSB-aligned),
/// so it is never routed through float; float PCM and lossy codecs (Vorbis, Opus, MP3) as float.
/// libsndfile 1.2 trims MP3 encoder delay/padding (LAME header) and Opus pre-skip itself
/// (checked by tests/core/audio/decoder_test.cpp against the source frame counts).
class SndfileDecoder final : public Decoder {
public:
    static base::Result<std::unique_ptr<Decoder>> open(const std::filesystem::path& path);
    /// Decodes the plaintext of an `.acx` file through libsndfile's virtual I/O, exactly as open() decodes
    /// the plain file: same format, frames, codec, seeking. A chunk that fails authentication, at open or
    /// at any later read or seek, is an Error (kind Format) naming `reader`'s file and the chunk.
    static base::Result<std::unique_ptr<Decoder>> openEncrypted(std::unique_ptr<acx::AcxReader> reader);
    ~SndfileDecoder() override;

    const AudioFormat& format() const override { return m_format; }
    std::uint64_t frames() const override { return m_frames; }
    base::Result<std::size_t> read(void* dst, std::size_t frames) override;
    base::Status seek(std::uint64_t frame) override;
    std::string codec() const override { return m_codec; }
    const std::filesystem::path& path() const override { return m_path; }
    bool encrypted() const override { return m_virtual != nullptr; }

private:
    SndfileDecoder(SNDFILE* file, std::filesystem::path path);
    static base::Result<std::unique_ptr<Decoder>> finishOpen(std::unique_ptr<SndfileDecoder> dec,
                                                             const SF_INFO& info);
    /// The virtual file's read failure (authentication, I/O), when there is one.
    std::optional<base::Error> sourceError() const;
    std::unique_ptr<AcxVirtualFile> m_virtual; ///< the encrypted source; outlives m_file (dtor)
    SNDFILE* m_file;
    std::filesystem::path m_path;
    AudioFormat m_format;
    std::uint64_t m_frames = 0;
    std::string m_codec;
    std::uint64_t m_position = 0;
    bool m_exactLength = false;
    bool m_cutShort = false;
};

} // namespace accord::audio
