// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/time_point.hpp"
#include "catalogue/model/tier_policy.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace accord::licence {

/// Who asks, where, on what, and when. The instant is supplied by the caller (decide has no clock).
/// Purchases are not here: they are catalogue rows and arrive with the recording's RecordingRights.
/// [any thread] Plain value type.
struct Context {
    base::Instant at{};
    std::string territory; ///< ISO 3166-1 alpha-2, upper case
    catalogue::Tier tier = catalogue::Tier::Free;
    catalogue::DeviceClass device = catalogue::DeviceClass::Desktop;
};

/// The format of the file a decision is about, when the caller knows it (a decision about a file rather
/// than an ISRC). A file within the standard cap (<= 48 kHz and <= 16 bits; give 16 for lossy codecs) gets
/// no hires_requires_tier reason: the cap takes nothing from it. [any thread] Plain value type.
struct SourceFormat {
    std::uint32_t sampleRate = 0;
    std::uint16_t bitsPerSample = 0;
};

} // namespace accord::licence
