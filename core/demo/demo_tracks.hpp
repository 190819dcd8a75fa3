// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <vector>

namespace accord::demo {

/// Writes the demo tracks (synthesised tones, tagged, in several formats) into `dir`, creating it.
/// Files that already exist with the expected size are kept. Returns the files in play order.
/// [any thread] Disk I/O: never on the GUI thread.
base::Result<std::vector<std::filesystem::path>> writeDemoTracks(const std::filesystem::path& dir);

} // namespace accord::demo
