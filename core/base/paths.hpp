// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <filesystem>

namespace accord::base {

/// $XDG_DATA_HOME/accord, or ~/.local/share/accord when XDG_DATA_HOME is unset or not absolute.
/// [any thread] Reads the environment; does not create the directory.
std::filesystem::path defaultDataDir();

/// $XDG_CONFIG_HOME/accord, or ~/.config/accord.
std::filesystem::path defaultConfigDir();

/// A path as UTF-8 text for display and JSON (invalid bytes are kept as they are: POSIX paths are bytes).
std::string displayPath(const std::filesystem::path& path);

} // namespace accord::base
