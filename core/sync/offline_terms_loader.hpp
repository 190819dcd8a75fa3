// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "licence/offline_terms.hpp"

#include <filesystem>
#include <optional>

namespace accord::sync {

/// The offline terms of the last verified lease in `<data-dir>/sync.db`; nullopt when there is no sync
/// store or no lease yet. Reads only (never creates sync.db). [any thread]
base::Result<std::optional<licence::OfflineTerms>> loadOfflineTerms(const std::filesystem::path& dataDir);

} // namespace accord::sync
