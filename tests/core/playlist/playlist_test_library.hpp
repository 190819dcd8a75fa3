// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "library/library_db.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::test {

/// Writes a (non-audio) file at `path` and its row in the library, as a scan would have stored it, and
/// returns the track id. The matcher and the store read only the row; the file exists for the reasons
/// ("not in the library" vs "no file"). [test thread]
std::int64_t addLibraryTrack(library::LibraryDb& db, const std::filesystem::path& path,
                             const std::string& title, const std::vector<std::string>& artists,
                             const std::string& isrc = {}, std::int64_t durationMs = 180000);

} // namespace accord::test
