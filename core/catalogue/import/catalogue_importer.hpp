// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/import_report.hpp"

#include <filesystem>
#include <span>
#include <vector>

namespace accord::catalogue {

/// Imports catalogue files, detecting the format from the content: XML (DDEX ERN NewReleaseMessage,
/// 3.8.2 or 4.x) or JSON (Accord's format, FORMAT.md). All files go in ONE transaction, in order: if any
/// file fails, nothing of any of them is written and the catalogue is exactly as it was.
/// Files larger than limits.maxFileBytes are refused before they are read.
/// [the catalogue's thread]
base::Result<std::vector<ImportReport>> importCatalogueFiles(Catalogue& catalogue,
                                                             std::span<const std::filesystem::path> files,
                                                             const ImportLimits& limits = {});

} // namespace accord::catalogue
