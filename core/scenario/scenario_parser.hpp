// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "scenario/scenario.hpp"

#include <filesystem>
#include <string_view>

namespace accord::scenario {

/// Reads and validates a scenario file (TOML, `format = "accord-scenario"`, `version = 1`; FORMAT.md).
/// Nothing is imported or generated here: fixture files are only checked to be readable.
/// Failure: an Error of kind Format (NotFound/Io for the file itself) whose `message` is the complete
/// diagnostic "FILE:LINE:COLUMN: KEY: what is wrong" (`file`, `line` and `field` are set as well).
/// [any thread] Pure apart from reading the file and stat-ing its fixtures.
base::Result<Scenario> parseScenarioFile(const std::filesystem::path& file);

/// The same for text already in memory; `file` names it in errors and anchors relative fixture paths.
base::Result<Scenario> parseScenarioText(std::string_view text, const std::filesystem::path& file);

} // namespace accord::scenario
