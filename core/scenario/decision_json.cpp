// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/decision_json.hpp"

#include "judgement/decision_json.hpp"

namespace accord::scenario {

nlohmann::json judgementToJson(const Judgement& j)
{
    nlohmann::json out = judgement::decisionToJson(j.decision);
    out["identification"] = judgement::identityToJson({j.method, j.confidence, j.catalogueId, std::nullopt});
    return out;
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
