// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "args.hpp"

#include "licence/context.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace accord::cli {

/// The licence context from option values: --territory and --tier are required, the device class
/// (option named `deviceOption` in messages) defaults to desktop, --at to now. Throws UsageError.
licence::Context licenceContextFrom(const std::optional<std::string>& territory,
                                    const std::optional<std::string>& tier,
                                    const std::optional<std::string>& device,
                                    const std::optional<std::string>& at,
                                    const std::string& deviceOption = "--device");

/// Takes --territory, --tier, --device and --at out of `args` and builds the context.
licence::Context parseLicenceContext(Args& args);

/// As parseLicenceContext, but a subscriber's data dir (a synced lease in `<dataDir>/sync.db`) supplies
/// the territory, tier and device class that the options leave out, and without --at the run raises the
/// highest time seen (noteWallClock). Throws UsageError.
licence::Context parseLicenceContext(Args& args, const std::filesystem::path& dataDir);

/// A run on the wall clock (no --at) raises the subscriber's highest time seen (sync.db) to `now`.
void noteWallClock(const std::filesystem::path& dataDir, base::Instant now);

/// The lease's territory, tier and device class fill whichever of the three is not given (a data dir
/// without a synced lease changes nothing). Throws UsageError when the lease cannot be read.
void fillFromLease(const std::filesystem::path& dataDir, std::optional<std::string>& territory,
                   std::optional<std::string>& tier, std::optional<std::string>& device);

} // namespace accord::cli
