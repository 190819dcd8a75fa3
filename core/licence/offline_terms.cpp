// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/offline_terms.hpp"

#include <algorithm>

namespace accord::licence {

namespace {

Decision block(Decision d, const char* code, std::string text, std::optional<base::Instant> validUntil)
{
    d.verdict = Verdict::Blocked;
    d.cap = catalogue::ResolutionCap::None;
    d.reasons.insert(d.reasons.begin(), Reason{code, std::move(text)});
    d.validUntil = validUntil;
    return d;
}

std::optional<base::Instant> earliest(std::optional<base::Instant> a, std::optional<base::Instant> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::min(*a, *b);
}

} // namespace

Decision applyOfflineTerms(Decision decision, const OfflineTerms& terms, std::string_view catalogueId,
                           base::Instant at)
{
    const auto track = terms.tracks.find(catalogueId);
    if (track == terms.tracks.end())
        return decision;
    if (terms.revoked)
        return block(std::move(decision), reason::kDeviceRevoked, "This device's offline licence was revoked",
                     std::nullopt);
    if (terms.highestSeen && at < *terms.highestSeen)
        return block(std::move(decision), reason::kClockRollback,
                     "The clock is before " + base::formatIso8601(*terms.highestSeen) +
                         ", a time already seen: set the clock right",
                     terms.highestSeen);
    if (at >= terms.offlineUntil)
        return block(std::move(decision), reason::kOfflineLeaseExpired,
                     "Offline licence expired " + base::formatIso8601(terms.offlineUntil) +
                         ": go online to sync",
                     std::nullopt);
    if (track->second && at >= *track->second)
        return block(std::move(decision), reason::kDownloadExpired,
                     "Download licence ended " + base::formatIso8601(*track->second), std::nullopt);
    decision.validUntil = earliest(earliest(decision.validUntil, terms.offlineUntil), track->second);
    return decision;
}

} // namespace accord::licence
