// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "catalogue/catalogue.hpp"
#include "licence/decision.hpp"

#include <filesystem>
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

} // namespace accord::test
