// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <string>

namespace accord::audio {

/// One step of the signal path between decoder and device, e.g. {"resample", "96000 Hz -> 48000 Hz
/// (libsoxr, very high quality)"}. The engine reports its fixed steps; the player adds volume and licence
/// steps and hands the same type to its listeners. [any thread] Plain value type.
struct ProcessingStep {
    /// "resample", "requantize" (what a licence cap made; the player reports them as "licence-cap"),
    /// "fixed-rate" (the listener's fixed output rate: resampling and/or float conversion), "replaygain",
    /// "volume", "preview", "licence-cap".
    std::string kind;
    std::string detail; ///< human text
};

} // namespace accord::audio
