// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "playback/track_gate.hpp"

#include "playback/player.hpp"

namespace accord::playback {

GateVerdict GateVerdict::fromDecision(const licence::Decision& decision)
{
    GateVerdict v;
    v.kind = decision.verdict;
    v.reasons = decision.reasons;
    v.validUntil = decision.validUntil;
    if (decision.verdict == licence::Verdict::Blocked)
        return v;
    if (decision.verdict == licence::Verdict::Preview)
        v.previewSeconds = static_cast<double>(decision.previewLength.count());
    if (decision.cap != catalogue::ResolutionCap::None) {
        const licence::CapLimits limits = licence::limitsFor(decision.cap);
        v.maxSampleRate = limits.maxSampleRate;
        v.maxBits = limits.maxBits;
        for (const licence::Reason& r : decision.reasons)
            if (r.code == licence::reason::kHiresRequiresTier)
                v.capText = r.text;
        if (v.capText.empty())
            v.capText = licence::describeCap(decision.cap);
    }
    return v;
}

GateVerdict GateVerdict::catalogueError(const std::string& detail)
{
    GateVerdict v;
    v.kind = licence::Verdict::Blocked;
    v.reasons.push_back(
        {licence::reason::kCatalogueError, "The licence catalogue could not be read: " + detail});
    return v;
}

GateVerdict TrackGate::checkEntry(const QueueItem& item)
{
    return check(item.path);
}

} // namespace accord::playback
