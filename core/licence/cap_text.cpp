// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/decision.hpp"

namespace accord::licence {

std::string describeCap(catalogue::ResolutionCap cap)
{
    // The numbers come from limitsFor(), the one statement of what a cap allows.
    const CapLimits limits = limitsFor(cap);
    const std::string numbers =
        std::to_string(limits.maxBits) + "-bit / " + std::to_string(limits.maxSampleRate / 1000) + " kHz";
    switch (cap) {
    case catalogue::ResolutionCap::Standard:
        return "standard resolution (" + numbers + ")";
    case catalogue::ResolutionCap::Hires:
        return "hi-res (up to " + numbers + ")";
    case catalogue::ResolutionCap::None:
        break;
    }
    return {};
}

} // namespace accord::licence
