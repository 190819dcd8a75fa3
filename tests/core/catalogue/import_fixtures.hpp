// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/db/catalogue.hpp"
#include "catalogue/db/catalogue_writer.hpp"
#include "licence/decision.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace accord::test {

/// tests/data/catalogue/<name>
std::filesystem::path catalogueData(const std::string& name);

/// Every row of every catalogue table as text, to prove a failed import changed nothing.
std::string dumpCatalogue(catalogue::Catalogue& cat);

/// Decides for the recording with this ISRC at an ISO-8601 instant through the catalogue's rows.
licence::Decision decideAt(catalogue::Catalogue& cat, const std::string& isrc, const std::string& territory,
                           catalogue::Tier tier, const std::string& when,
                           catalogue::DeviceClass device = catalogue::DeviceClass::Desktop);

/// A subscription stream deal from 2010-01-01, open-ended, on `subject` in `territories` (TerritorySet text),
/// optionally a sublicence of `parent`: the plain deal the rights-row tests vary.
catalogue::Deal deal(const std::string& key, catalogue::Scope scope, std::int64_t subject,
                     const std::string& territories, std::optional<std::int64_t> parent = std::nullopt);

/// Runs `f` in one transaction through a writer and refreshes the rights rows before the commit, as the
/// importers do (Catch REQUIREs each step).
void writeAndRefresh(catalogue::Catalogue& cat, const std::function<void(catalogue::CatalogueWriter&)>& f);

} // namespace accord::test
