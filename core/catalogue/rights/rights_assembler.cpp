// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "catalogue/rights/rights_assembler.hpp"

#include <algorithm>
#include <utility>

namespace accord::catalogue {

base::Result<RecordingRights> assembleRights(std::int64_t recordingId, AttachedRights own,
                                             std::span<const AttachedRights* const> tracks,
                                             const ParentLookup& parent)
{
    RecordingRights out;
    out.recordingId = recordingId;
    out.deals = std::move(own.deals);
    out.takedowns = std::move(own.takedowns);
    out.purchases = std::move(own.purchases);
    for (const AttachedRights* release : tracks) {
        out.deals.insert(out.deals.end(), release->deals.begin(), release->deals.end());
        out.takedowns.insert(out.takedowns.end(), release->takedowns.begin(), release->takedowns.end());
        out.purchases.insert(out.purchases.end(), release->purchases.begin(), release->purchases.end());
    }
    // A parent on another release grants nothing here by itself, so parents are kept apart (ancestors),
    // each once: one listed among the deals, or met earlier up another chain, is not added again.
    const auto known = [&](std::int64_t id) {
        const auto match = [&](const Deal& d) { return d.id == id; };
        return std::any_of(out.deals.begin(), out.deals.end(), match) ||
               std::any_of(out.ancestors.begin(), out.ancestors.end(), match);
    };
    // Indexes, not iterators: ancestors grows while it is walked.
    for (std::size_t i = 0; i < out.deals.size() + out.ancestors.size(); ++i) {
        const auto parentId =
            i < out.deals.size() ? out.deals[i].parentId : out.ancestors[i - out.deals.size()].parentId;
        if (!parentId || known(*parentId))
            continue;
        auto found = parent(*parentId);
        if (!found.ok())
            return std::move(found).error();
        if (*found)
            out.ancestors.push_back(std::move(**found));
    }
    return out;
}

} // namespace accord::catalogue
