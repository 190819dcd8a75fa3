// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace accord::cli {

/// The ISRC tag of an audio file (TagLib's unified property "ISRC": ID3v2 TSRC, Vorbis ISRC, MP4, ...),
/// normalised (upper case, no hyphens); nullopt when the file has none or it is not a valid ISRC.
/// Error when TagLib cannot open the file. Used by `decide --file` until the library issue lands.
/// [any thread]
base::Result<std::optional<std::string>> readIsrcTag(const std::filesystem::path& file);

} // namespace accord::cli
