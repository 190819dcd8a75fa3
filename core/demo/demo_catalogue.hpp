// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "base/time_point.hpp"

#include <filesystem>
#include <string>

namespace accord::demo {

/// The demo catalogue in Accord JSON (core/catalogue/FORMAT.md) for the demo set: a worldwide licence, an
/// expired one, one for JP only, a hi-res deal capped below SVIP, a takedown whose transition is still
/// running at `now`, a preview-only deal, a bought album, and no entry for the personal file.
/// Dates that must bracket the present are computed from `now`. [any thread, pure]
std::string demoCatalogueJson(base::Instant now);

/// Writes demoCatalogueJson(now) to `file` and imports it into the catalogue database `catalogueDb`
/// (created when missing) in one transaction. [any thread; disk I/O]
base::Status installDemoCatalogue(const std::filesystem::path& file, const std::filesystem::path& catalogueDb,
                                  base::Instant now);

} // namespace accord::demo
