// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "licence/offline_terms.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace accord::sync {

/// The offline terms of the last verified lease in `<data-dir>/sync.db`; nullopt when there is no sync
/// store or no lease yet. Reads only (never creates sync.db). [any thread]
base::Result<std::optional<licence::OfflineTerms>> loadOfflineTerms(const std::filesystem::path& dataDir);

/// The downloaded tracks of the last verified lease: the normalised absolute path of each leased file
/// in `<data-dir>/sync/content/<sha256>` -> the catalogue id of its recording. An encrypted download
/// carries no readable tags, so this is how the judgement identifies it. Empty without a lease. Reads only.
base::Result<std::map<std::string, std::string>>
loadDownloadedRecordings(const std::filesystem::path& dataDir);

/// The form of a path the map above is keyed by (absolute, lexically normal).
std::string downloadKey(const std::filesystem::path& file);

/// Raises the highest time seen in `<data-dir>/sync.db` to `now` (the wall clock of a run: a decision or a
/// play without a QA --at), so that a clock later set back before it gives clock_rollback. Writes only
/// when `now` is later than the stored value; does nothing without a synced store. [any thread]
base::Status raiseHighestSeen(const std::filesystem::path& dataDir, base::Instant now);

} // namespace accord::sync
