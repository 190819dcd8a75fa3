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

/// Imports Accord's JSON catalogue format (core/catalogue/FORMAT.md) through writer. Opens no
/// transaction: the caller (CatalogueImporter) wraps everything in one, so any error leaves the catalogue
/// as it was. Errors are Format errors naming the file, the JSON pointer of the field (e.g.
/// "/deals/3/end") and, for syntax errors, the line.
/// [the writer's connection thread]
/// policy is the catalogue's current tier policy; a "policy" object in the file updates it (and the
/// catalogue) before any date is read, so date-only values use the new time zone.
base::Result<ImportReport> importAccordJson(CatalogueWriter& writer, TierPolicy& policy,
                                            std::string_view text, const std::string& fileName,
                                            const ImportLimits& limits);

} // namespace accord::catalogue
