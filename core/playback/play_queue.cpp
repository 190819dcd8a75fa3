// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/play_queue.hpp"

#include <algorithm>

namespace accord::playback {

std::vector<QueueItem> PlayQueue::makeItems(const std::vector<QueueEntry>& entries)
{
    std::vector<QueueItem> items;
    items.reserve(entries.size());
    for (const auto& e : entries)
        items.push_back(QueueItem{m_nextId++, e.path, e.trackId, std::nullopt});
    return items;
}

std::vector<QueueEntry> PlayQueue::entriesOf(const std::vector<std::filesystem::path>& files)
{
    std::vector<QueueEntry> entries;
    entries.reserve(files.size());
    for (const auto& f : files)
        entries.push_back(QueueEntry{f, std::nullopt});
    return entries;
}

std::vector<QueueItem> PlayQueue::assign(const std::vector<std::filesystem::path>& files)
{
    return assignEntries(entriesOf(files));
}

std::vector<QueueItem> PlayQueue::append(const std::vector<std::filesystem::path>& files)
{
    return appendEntries(entriesOf(files));
}

std::vector<QueueItem> PlayQueue::insert(std::size_t index, const std::vector<std::filesystem::path>& files)
{
    return insertEntries(index, entriesOf(files));
}

std::vector<QueueItem> PlayQueue::assignEntries(const std::vector<QueueEntry>& entries)
{
    m_items = makeItems(entries);
    return m_items;
}

std::vector<QueueItem> PlayQueue::appendEntries(const std::vector<QueueEntry>& entries)
{
    auto items = makeItems(entries);
    m_items.insert(m_items.end(), items.begin(), items.end());
    return items;
}

std::vector<QueueItem> PlayQueue::insertEntries(std::size_t index, const std::vector<QueueEntry>& entries)
{
    auto items = makeItems(entries);
    index = std::min(index, m_items.size());
    m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(index), items.begin(), items.end());
    return items;
}

bool PlayQueue::remove(std::uint64_t id)
{
    const auto it =
        std::find_if(m_items.begin(), m_items.end(), [id](const QueueItem& i) { return i.id == id; });
    if (it == m_items.end())
        return false;
    m_items.erase(it);
    return true;
}

bool PlayQueue::move(std::uint64_t id, std::size_t toIndex)
{
    const auto from = indexOf(id);
    if (!from)
        return false;
    QueueItem item = m_items[*from];
    m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(*from));
    toIndex = std::min(toIndex, m_items.size());
    m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(toIndex), std::move(item));
    return true;
}

void PlayQueue::clear()
{
    m_items.clear();
}

void PlayQueue::shuffle(std::optional<std::uint64_t> keepFirst, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto begin = m_items.begin();
    if (keepFirst) {
        if (auto idx = indexOf(*keepFirst)) {
            std::swap(m_items[0], m_items[*idx]);
            ++begin;
        }
    }
    std::shuffle(begin, m_items.end(), rng);
}

std::optional<std::size_t> PlayQueue::indexOf(std::uint64_t id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return i;
    return std::nullopt;
}

} // namespace accord::playback
