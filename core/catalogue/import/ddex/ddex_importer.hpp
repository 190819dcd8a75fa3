// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "catalogue/import/import_report.hpp"
#include "catalogue/model/tier_policy.hpp"

#include <string>
#include <string_view>

namespace accord::catalogue {

/// Imports a DDEX ERN 3.8.2 or 4.x NewReleaseMessage through writer (no transaction of its own: the
/// caller holds one). Sound recordings are matched by ISRC (new ones get the ISRC as catalogue id, other
/// titles become aliases); each release in the message has its earlier deals replaced by the message's
/// ReleaseDeals, as DDEX specifies; a 3.x TakeDown deal becomes a takedown (effective at its StartDate,
/// else the message date; notice = MessageId). Dates use policy.utcOffsetSeconds; an EndDate is
/// inclusive. Hostile XML is refused (see parseXml). [the writer's connection thread]
base::Result<ImportReport> importDdex(CatalogueWriter& writer, const TierPolicy& policy,
                                      std::string_view text, const std::string& fileName,
                                      const ImportLimits& limits);

} // namespace accord::catalogue
