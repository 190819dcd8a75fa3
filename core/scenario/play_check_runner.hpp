// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "base/result.hpp"
#include "scenario/scenario.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace accord::scenario {

/// What came out of the engine for one file.
struct PlayOutcome {
    PlayCheck::Outcome outcome = PlayCheck::Outcome::Skipped;
    std::string skipCode; ///< with Skipped
    std::string skipText;
    std::uint64_t frames = 0;
    std::uint32_t outputRate = 0;
    std::uint16_t outputBits = 0;
    bool bitPerfect = false;
    std::vector<std::string> processing;
};

/// Plays one file through the real player (playback::Player with the licence gate over `dataDir`, the
/// clock standing still at the context's instant) on the default output device, as `accordctl play` does,
/// and reports what happened. The caller chooses the device through ALSA_CONFIG_PATH (the null device or
/// the capture rig). Failure: the output device failed, or the queue did not finish within `timeout`.
/// [any thread but the player's]
base::Result<PlayOutcome> playOnce(const std::filesystem::path& dataDir, const std::filesystem::path& file,
                                   const licence::Context& context,
                                   std::chrono::seconds timeout = std::chrono::seconds{120});

/// One line per asserted field that does not hold; empty when the play check passes. [any thread] Pure.
std::vector<std::string> comparePlay(const PlayCheck& check, const PlayOutcome& outcome);

} // namespace accord::scenario
