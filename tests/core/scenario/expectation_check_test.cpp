// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/expectation_check.hpp"

#include <catch2/catch.hpp>

using namespace accord;

namespace {

scenario::Judgement judgement()
{
    scenario::Judgement j;
    j.method = identify::Method::Isrc;
    j.decision.verdict = licence::Verdict::Playable;
    j.decision.cap = catalogue::ResolutionCap::Standard;
    j.decision.reasons = {{"licensed", "Licensed"}, {"hires_requires_tier", "SVIP required for hi-res"}};
    j.decision.validUntil = std::chrono::sys_days{std::chrono::year{2015} / 11 / 1};
    licence::DealConsidered deal;
    deal.key = "D-1";
    deal.outcome = "licensed";
    j.decision.deals.push_back(deal);
    return j;
}

} // namespace

TEST_CASE("an expectation holds only when every asserted field does", "[scenario][expect]")
{
    scenario::Expectation e;
    CHECK(scenario::mismatches(e, judgement()).empty()); // nothing asserted, nothing can fail

    e.verdict = licence::Verdict::Playable;
    e.cap = catalogue::ResolutionCap::Standard;
    e.reasonsContain = {"licensed"};
    e.reasonsExact = std::vector<std::string>{"hires_requires_tier", "licensed"}; // order is free
    e.validUntilSet = true;
    e.validUntil = std::chrono::sys_days{std::chrono::year{2015} / 11 / 1};
    e.deals = {{"D-1", "licensed"}};
    e.identification = identify::Method::Isrc;
    CHECK(scenario::mismatches(e, judgement()).empty());

    e.verdict = licence::Verdict::Blocked;
    e.cap = catalogue::ResolutionCap::Hires;
    e.reasonsContain = {"taken_down"};
    e.reasonsExact = std::vector<std::string>{"licensed"};
    e.validUntil = std::nullopt;
    e.deals = {{"D-1", "licence_ended"}, {"D-2", "licensed"}};
    e.identification = identify::Method::Fingerprint;
    const auto m = scenario::mismatches(e, judgement());
    CHECK(m == std::vector<std::string>{
                   "verdict: expected blocked, got playable", "cap: expected hires, got standard",
                   "reasons: expected to contain taken_down, got licensed, hires_requires_tier",
                   "reasons: expected exactly licensed, got licensed, hires_requires_tier",
                   "valid_until: expected none, got 2015-11-01T00:00:00Z",
                   "deals: expected D-1 licence_ended, got licensed",
                   "deals: expected deal D-2 (licensed), not considered",
                   "identification: expected fingerprint, got isrc"});
}
