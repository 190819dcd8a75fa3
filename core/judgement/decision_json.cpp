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

nlohmann::json unlocksToJson(const std::vector<licence::Unlock>& unlocks)
{
    nlohmann::json out = nlohmann::json::array();
    for (const licence::Unlock& u : unlocks) {
        nlohmann::json codes = nlohmann::json::array();
        for (const licence::Reason& r : u.outcome.reasons)
            codes.push_back(r.code);
        nlohmann::json item{{"kind", licence::toString(u.kind)},
                            {"context",
                             {{"territory", u.context.territory},
                              {"tier", catalogue::toString(u.context.tier)},
                              {"device", catalogue::toString(u.context.device)},
                              {"at", base::formatIso8601(u.context.at)}}},
                            {"outcome",
                             {{"verdict", licence::toString(u.outcome.verdict)},
                              {"cap", catalogue::toString(u.outcome.cap)},
                              {"reasons", std::move(codes)}}},
                            {"text", u.text}};
        switch (u.kind) {
        case licence::UnlockKind::Tier:
            item["tier"] = catalogue::toString(u.context.tier);
            break;
        case licence::UnlockKind::Device:
            item["device"] = catalogue::toString(u.context.device);
            break;
        case licence::UnlockKind::Territory:
            item["territories"] = u.territories;
            item["territory_count"] = u.territories.size();
            item["other_territories"] = u.otherTerritories;
            item["except"] = u.exceptTerritories;
            break;
        case licence::UnlockKind::Date:
            item["at"] = base::formatIso8601(u.context.at);
            break;
        case licence::UnlockKind::Purchase:
            if (u.purchase)
                item["purchase"] = {{"scope", catalogue::toString(u.purchase->scope)}, {"deal", u.offerDeal}};
            break;
        }
        out.push_back(std::move(item));
    }
    return out;
}

nlohmann::json identityToJson(const Identity& identity)
{
    return {{"method", identify::toString(identity.method)},
            {"confidence", identity.confidence},
            {"catalogue_id", identity.catalogueId}};
}

} // namespace accord::judgement
