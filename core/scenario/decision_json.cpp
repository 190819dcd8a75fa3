// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/decision_json.hpp"

namespace accord::scenario {

nlohmann::json judgementToJson(const Judgement& j)
{
    const licence::Decision& d = j.decision;
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
        {"deals", std::move(deals)},
        {"identification",
         {{"method", identify::toString(j.method)},
          {"confidence", j.confidence},
          {"catalogue_id", j.catalogueId}}}};
}

nlohmann::json expectationToJson(const Expectation& e)
{
    nlohmann::json out = nlohmann::json::object();
    if (e.verdict)
        out["verdict"] = licence::toString(*e.verdict);
    if (e.cap)
        out["cap"] = catalogue::toString(*e.cap);
    if (!e.reasonsContain.empty())
        out["reasons_contain"] = e.reasonsContain;
    if (e.reasonsExact)
        out["reasons_exact"] = *e.reasonsExact;
    if (e.validUntilSet)
        out["valid_until"] =
            e.validUntil ? nlohmann::json(base::formatIso8601(*e.validUntil)) : nlohmann::json();
    if (!e.deals.empty())
        out["deals"] = e.deals;
    if (e.identification)
        out["identification"] = {{"method", identify::toString(*e.identification)}};
    return out;
}

} // namespace accord::scenario
