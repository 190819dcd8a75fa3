// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "playback/player.hpp"

#include <cstdint>
#include <optional>
#include <random>
#include <vector>

namespace accord::playback {

/// The ordered list of entries to play, with stable ids. A plain value type: no threads, no I/O.
/// [whoever owns it]
class PlayQueue {
public:
    std::vector<QueueItem> assignEntries(const std::vector<QueueEntry>& entries);
    std::vector<QueueItem> appendEntries(const std::vector<QueueEntry>& entries);
    std::vector<QueueItem> insertEntries(std::size_t index, const std::vector<QueueEntry>& entries);
    std::vector<QueueItem> assign(const std::vector<std::filesystem::path>& files);
    std::vector<QueueItem> append(const std::vector<std::filesystem::path>& files);
    std::vector<QueueItem> insert(std::size_t index, const std::vector<std::filesystem::path>& files);
    bool remove(std::uint64_t id);
    bool move(std::uint64_t id, std::size_t toIndex);
    void clear();
    /// Shuffles every entry except `keepFirst` (the one playing), which moves to the front.
    void shuffle(std::optional<std::uint64_t> keepFirst, std::uint64_t seed);

    std::size_t size() const noexcept { return m_items.size(); }
    bool empty() const noexcept { return m_items.empty(); }
    const QueueItem& at(std::size_t index) const { return m_items.at(index); }
    QueueItem& at(std::size_t index) { return m_items.at(index); }
    const std::vector<QueueItem>& items() const noexcept { return m_items; }
    std::optional<std::size_t> indexOf(std::uint64_t id) const;

private:
    std::vector<QueueItem> makeItems(const std::vector<QueueEntry>& entries);
    static std::vector<QueueEntry> entriesOf(const std::vector<std::filesystem::path>& files);
    std::vector<QueueItem> m_items;
    std::uint64_t m_nextId = 1;
};

} // namespace accord::playback
