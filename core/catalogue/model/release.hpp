// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::catalogue {

/// A release (album, single, track release). [any thread] Plain value type.
struct Release {
    std::int64_t id = 0;
    std::string releaseKey;          ///< unique key: the catalogue's id, or the ICPN
    std::optional<std::string> icpn; ///< UPC/EAN
    std::string title;
    std::vector<std::int64_t> trackRecordingIds; ///< recordings in track order
};

} // namespace accord::catalogue
