// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace accord::sync {

/// Who the subscriber is according to the last verified lease: the territory, tier and device class that
/// front ends use when the user gave none (accordctl decide, availability and play). [any thread]
struct LeaseListener {
    std::string territory;
    std::string tier;
    std::string deviceClass;
};

/// The lease's listener from `<data-dir>/sync.db`; nullopt without a synced lease. Reads only.
base::Result<std::optional<LeaseListener>> loadLeaseListener(const std::filesystem::path& dataDir);

} // namespace accord::sync
