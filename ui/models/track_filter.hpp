// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "stores/track_store.hpp"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace accord::ui {

/// Which browser facet restricts the table (the artists / albums / genres list on the left).
enum class Facet : std::uint8_t { None, Artist, Album, Genre };

struct FilterQuery {
    QStringList words; ///< folded (searchWords()); all must match
    Facet facet = Facet::None;
    std::uint32_t facetId = 0; ///< pool id of the selected artist/album/genre
    bool operator==(const FilterQuery&) const = default;
    bool empty() const noexcept { return words.isEmpty() && facet == Facet::None; }
};

/// The instant filter, pure: title, artist, album and catalogue aliases. Artists and albums are matched
/// once per distinct pool string, so a keystroke costs one pass over the rows. [any thread]
class TrackFilter {
public:
    /// The rows of `candidates` (kept in their order) that match `query`.
    static std::vector<std::uint32_t>
    apply(const TrackStore& store, const std::vector<std::uint32_t>& candidates, const FilterQuery& query);
    /// True when every row matching `next` also matches `prev`, so `next` may filter `prev`'s result
    /// instead of the whole library (typing one more letter).
    static bool narrows(const FilterQuery& prev, const FilterQuery& next);
};

} // namespace accord::ui
