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

/// Raises the highest time seen in `<data-dir>/sync.db` to `now` (the wall clock of a run: a decision or a
/// play without a QA --at), so that a clock later set back before it gives clock_rollback. Writes only
/// when `now` is later than the stored value; does nothing without a synced store. [any thread]
base::Status raiseHighestSeen(const std::filesystem::path& dataDir, base::Instant now);

} // namespace accord::sync
