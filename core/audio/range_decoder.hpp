// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "audio/decoder.hpp"
#include "audio/track_range.hpp"

#include <memory>

namespace accord::audio {

/// A decoder restricted to frames [start, end) of another: frame 0 is the range's start, reads stop at its
/// end (or the file's), seeks are relative to the start. The samples are the file's own, so ranges that
/// follow each other play back to back exactly as the whole file (a CUE sheet's album, gapless).
/// [one thread at a time] like any Decoder.
class RangeDecoder final : public Decoder {
public:
    /// Fails (Format, naming `path`) when the range starts past the end of a file of known length.
    static base::Result<std::unique_ptr<Decoder>> open(std::unique_ptr<Decoder> inner,
                                                       const TrackRange& range, std::filesystem::path path);

    const AudioFormat& format() const override { return m_inner->format(); }
    std::uint64_t frames() const override { return m_frames; }
    base::Result<std::size_t> read(void* dst, std::size_t frames) override;
    base::Status seek(std::uint64_t frame) override;
    std::string codec() const override { return m_inner->codec(); }
    const std::filesystem::path& path() const override { return m_path; }
    bool encrypted() const override { return m_inner->encrypted(); }

private:
    RangeDecoder(std::unique_ptr<Decoder> inner, std::uint64_t start, std::optional<std::uint64_t> end,
                 std::filesystem::path path);
    std::unique_ptr<Decoder> m_inner;
    std::uint64_t m_start;
    std::optional<std::uint64_t> m_end; ///< absolute, in the file
    std::uint64_t m_frames;             ///< length of the range when known, else 0
    std::uint64_t m_position = 0;       ///< relative to m_start
    std::filesystem::path m_path;
};

} // namespace accord::audio
