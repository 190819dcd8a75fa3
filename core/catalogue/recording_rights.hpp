// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/deal.hpp"
#include "catalogue/purchase.hpp"
#include "catalogue/recording.hpp"
#include "catalogue/takedown.hpp"

#include <vector>

namespace accord::catalogue {

/// Everything the licence decision needs about one recording, fetched from the catalogue in a handful of
/// indexed lookups: deals on the recording or on any release that contains it, the parent chain of every
/// sublicence among them, takedowns and purchases on the recording or those releases.
/// [any thread] Plain value type.
struct RecordingRights {
    std::int64_t recordingId = 0;
    std::vector<Deal> deals;           ///< includes parents of sublicences (even of other scopes)
    std::vector<Takedown> takedowns;
    std::vector<Purchase> purchases;
};

} // namespace accord::catalogue
