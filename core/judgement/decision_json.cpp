// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "judgement/decision_json.hpp"

#include "base/time_point.hpp"

namespace accord::judgement {

nlohmann::json decisionToJson(const licence::Decision& d)
{
    nlohmann::json reasons = nlohmann::json::array();
    for (const licence::Reason& r : d.reasons)
        reasons.push_back({{"code", r.code}, {"text", r.text}});
    nlohmann::json deals = nlohmann::json::array();
    for (const licence::DealConsidered& c : d.deals) {
        nlohmann::json deal{{"id", c.key},
                            {"scope", catalogue::toString(c.scope)},
                            {"outcome", c.outcome},
                            {"exclusive", c.exclusive}};
        if (c.parentKey)
            deal["parent"] = *c.parentKey;
        deals.push_back(std::move(deal));
    }
    return {
        {"verdict", licence::toString(d.verdict)},
        {"cap", catalogue::toString(d.cap)},
        {"reasons", std::move(reasons)},
        {"valid_until", d.validUntil ? nlohmann::json(base::formatIso8601(*d.validUntil)) : nlohmann::json()},
        {"deals", std::move(deals)}};
}

nlohmann::json identityToJson(const Identity& identity)
{
    return {{"method", identify::toString(identity.method)},
            {"confidence", identity.confidence},
            {"catalogue_id", identity.catalogueId}};
}

} // namespace accord::judgement
