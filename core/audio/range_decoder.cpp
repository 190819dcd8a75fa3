// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "audio/range_decoder.hpp"

#include <algorithm>

namespace accord::audio {

base::Result<std::unique_ptr<Decoder>> RangeDecoder::open(std::unique_ptr<Decoder> inner,
                                                          const TrackRange& range, std::filesystem::path path)
{
    const std::uint64_t total = inner->frames();
    if (total > 0 && range.start >= total)
        return base::Error(base::ErrorCode::Format, "CUE track " + std::to_string(range.track) +
                                                        " starts at sample " + std::to_string(range.start) +
                                                        ", past the end of the file (" +
                                                        std::to_string(total) + " samples)")
            .inFile(path.string());
    std::optional<std::uint64_t> end = range.end;
    if (end && total > 0)
        end = std::min(*end, total);
    if (range.start > 0)
        ACCORD_TRY(inner->seek(range.start));
    return std::unique_ptr<Decoder>(new RangeDecoder(std::move(inner), range.start, end, std::move(path)));
}

RangeDecoder::RangeDecoder(std::unique_ptr<Decoder> inner, std::uint64_t start,
                           std::optional<std::uint64_t> end, std::filesystem::path path)
    : m_inner(std::move(inner)), m_start(start), m_end(end), m_path(std::move(path))
{
    const std::uint64_t total = m_inner->frames();
    if (m_end)
        m_frames = *m_end - m_start;
    else
        m_frames = total > m_start ? total - m_start : 0;
}

base::Result<std::size_t> RangeDecoder::read(void* dst, std::size_t frames)
{
    if (m_end) {
        const std::uint64_t left = *m_end - m_start - std::min(m_position, *m_end - m_start);
        frames = static_cast<std::size_t>(std::min<std::uint64_t>(frames, left));
        if (frames == 0)
            return std::size_t{0};
    }
    auto got = m_inner->read(dst, frames);
    if (got.ok())
        m_position += *got;
    return got;
}

base::Status RangeDecoder::seek(std::uint64_t frame)
{
    if (m_end)
        frame = std::min(frame, *m_end - m_start);
    ACCORD_TRY(m_inner->seek(m_start + frame));
    m_position = frame;
    return {};
}

} // namespace accord::audio
