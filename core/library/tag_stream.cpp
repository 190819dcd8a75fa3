// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "library/tag_stream.hpp"

#include <algorithm>

namespace accord::library {

TagLib::ByteVector TagStream::readBlock(Length length)
{
    if (length == 0 || m_pos >= m_bytes.size())
        return {};
    const auto n = static_cast<unsigned int>(
        std::min<std::int64_t>(static_cast<std::int64_t>(length), m_bytes.size() - m_pos));
    TagLib::ByteVector out(n, '\0');
    const std::size_t got = m_bytes.read(reinterpret_cast<std::uint8_t*>(out.data()), n, m_pos);
    if (got < n)
        out.resize(static_cast<unsigned int>(got));
    m_pos += static_cast<std::int64_t>(got);
    return out;
}

void TagStream::seek(Offset offset, Position p)
{
    // Like TagLib's FileStream: a position past the end is allowed (reads there return nothing).
    std::int64_t base = 0;
    if (p == Current)
        base = m_pos;
    else if (p == End)
        base = m_bytes.size();
    m_pos = std::max<std::int64_t>(0, base + static_cast<std::int64_t>(offset));
}

} // namespace accord::library
