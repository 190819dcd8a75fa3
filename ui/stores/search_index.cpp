// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "stores/search_index.hpp"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace accord::ui {

namespace {

constexpr char kSeparator = '\n';

} // namespace

void SearchIndex::reserve(std::size_t rows, std::size_t bytes)
{
    m_start.reserve(rows + 1);
    m_text.reserve(bytes);
}

void SearchIndex::add(QStringView folded)
{
    const QByteArray utf8 = folded.toUtf8();
    m_text.append(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    m_text.push_back(kSeparator);
    m_start.push_back(static_cast<std::uint32_t>(m_text.size()));
}

void SearchIndex::shrinkToFit()
{
    m_text.shrink_to_fit();
    m_start.shrink_to_fit();
}

std::string_view SearchIndex::text(std::uint32_t row) const
{
    const std::uint32_t begin = m_start[row];
    return {m_text.data() + begin, m_start[row + 1] - 1 - begin};
}

bool SearchIndex::contains(std::uint32_t row, std::string_view utf8Word) const
{
    const std::string_view hay = text(row);
    return hay.size() >= utf8Word.size() &&
           memmem(hay.data(), hay.size(), utf8Word.data(), utf8Word.size()) != nullptr;
}

void SearchIndex::scan(std::string_view utf8Word, std::vector<std::uint8_t>& hits) const
{
    hits.assign(size(), 0);
    if (utf8Word.empty() || m_text.empty())
        return;
    const char* const base = m_text.data();
    const char* const end = base + m_text.size();
    const char* at = base;
    // The separator never occurs in a folded word, so a hit never spans two rows. After a hit the
    // search resumes at the next row; the row of a hit is found by binary search in m_start.
    while (at < end) {
        const auto* hit = static_cast<const char*>(
            memmem(at, static_cast<std::size_t>(end - at), utf8Word.data(), utf8Word.size()));
        if (hit == nullptr)
            break;
        const auto offset = static_cast<std::uint32_t>(hit - base);
        const auto next = std::upper_bound(m_start.begin(), m_start.end(), offset);
        hits[static_cast<std::size_t>(next - m_start.begin() - 1)] = 1;
        at = base + *next;
    }
}

} // namespace accord::ui
