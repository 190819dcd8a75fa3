// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"

using SNDFILE = struct sf_private_tag;

namespace accord::audio {

/// libsndfile decoder. Integer PCM is read as int16 (8/16-bit) or int32 (24/32-bit, MSB-aligned),
/// so it is never routed through float; float PCM and lossy codecs (Vorbis, Opus, MP3) as float.
/// libsndfile 1.2 trims MP3 encoder delay/padding (LAME header) and Opus pre-skip itself
/// (checked by tests/core/audio/decoder_test.cpp against the source frame counts).
class SndfileDecoder final : public Decoder {
public:
    static base::Result<std::unique_ptr<Decoder>> open(const std::filesystem::path& path);
    ~SndfileDecoder() override;

    const AudioFormat& format() const override { return m_format; }
    std::uint64_t frames() const override { return m_frames; }
    base::Result<std::size_t> read(void* dst, std::size_t frames) override;
    base::Status seek(std::uint64_t frame) override;
    std::string codec() const override { return m_codec; }
    const std::filesystem::path& path() const override { return m_path; }

private:
    SndfileDecoder(SNDFILE* file, std::filesystem::path path) : m_file(file), m_path(std::move(path)) {}
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
