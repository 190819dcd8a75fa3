// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/matrix.hpp"

#include <algorithm>

namespace accord::scenario {

std::vector<licence::Context> expandMatrix(const Matrix& m)
{
    std::vector<licence::Context> out;
    out.reserve(m.territories.size() * m.tiers.size() * m.devices.size() * m.instants.size());
    for (const std::string& territory : m.territories)
        for (catalogue::Tier tier : m.tiers)
            for (catalogue::DeviceClass device : m.devices)
                for (base::Instant at : m.instants) {
                    licence::Context ctx{at, territory, tier, device};
                    if (std::none_of(m.exclude.begin(), m.exclude.end(),
                                     [&](const Selector& s) { return s.matches(ctx); }))
                        out.push_back(std::move(ctx));
                }
    return out;
}

std::string describeInstant(base::Instant instant)
{
    const auto day = std::chrono::floor<std::chrono::days>(instant);
    return day == instant ? base::formatDate(instant) : base::formatIso8601(instant);
}

std::string describeContext(const licence::Context& ctx)
{
    return ctx.territory + "/" + catalogue::toString(ctx.tier) + "/" + catalogue::toString(ctx.device) +
           " @" + describeInstant(ctx.at);
}

} // namespace accord::scenario
