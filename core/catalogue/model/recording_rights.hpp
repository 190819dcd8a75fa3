// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/model/deal.hpp"
#include "catalogue/model/purchase.hpp"
#include "catalogue/model/recording.hpp"
#include "catalogue/model/takedown.hpp"

#include <vector>

namespace accord::catalogue {

/// Everything the licence decision needs about one recording, fetched from the catalogue in a handful of
/// indexed lookups: deals on the recording or on any release that contains it, the parent chain of every
/// sublicence among them (kept apart: a parent on another release grants nothing here by itself), takedowns
/// and purchases on the recording or those releases. [any thread] Plain value type.
struct RecordingRights {
    std::int64_t recordingId = 0;
    std::vector<Deal> deals;     ///< deals on the recording or a release containing it
    std::vector<Deal> ancestors; ///< parents of sublicences in deals that are not in deals themselves
    std::vector<Takedown> takedowns;
    std::vector<Purchase> purchases;
};

} // namespace accord::catalogue
