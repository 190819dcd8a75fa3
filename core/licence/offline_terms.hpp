// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "licence/decision.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace accord::licence {

/// A subscriber's offline lease as the decision sees it (made from the last verified lease by
/// sync::loadOfflineTerms). [any thread] Plain value type.
struct OfflineTerms {
    base::Instant offlineUntil{};             ///< downloaded tracks play until then without a sync
    std::optional<base::Instant> highestSeen; ///< the highest time Accord has seen (runs, signed issued)
    bool revoked = false;                     ///< the lease revoked this device (content keys wiped)
    /// The downloaded tracks the lease licenses, by recording catalogue id, with their own not_after.
    std::map<std::string, std::optional<base::Instant>, std::less<>> tracks;
};

/// The lease's rules on top of the catalogue's decision for one recording, at `at`. A recording the lease
/// does not name is returned unchanged. For a leased recording, in this order:
///  - revoked: blocked, device_revoked;
///  - `at` before highestSeen (the clock was set back): blocked, clock_rollback, valid until highestSeen;
///  - `at` at or past offlineUntil: blocked, offline_lease_expired (a sync renews it);
///  - `at` at or past the track's not_after: blocked, download_expired;
///  - otherwise the catalogue's decision stands, with valid_until the earliest of the catalogue's,
///    offlineUntil and not_after.
/// The lease's reason comes first in `reasons`; the catalogue's reasons follow. [any thread] Pure.
Decision applyOfflineTerms(Decision decision, const OfflineTerms& terms, std::string_view catalogueId,
                           base::Instant at);

} // namespace accord::licence
