// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "scenario/expectation_check.hpp"

#include <algorithm>

namespace accord::scenario {

std::vector<std::string> reasonCodes(const licence::Decision& d)
{
    std::vector<std::string> codes;
    for (const licence::Reason& r : d.reasons)
        codes.push_back(r.code);
    return codes;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? "(none)" : out;
}

std::vector<std::string> mismatches(const Expectation& e, const Judgement& j)
{
    std::vector<std::string> out;
    const licence::Decision& d = j.decision;
    if (e.verdict && *e.verdict != d.verdict)
        out.push_back(std::string("verdict: expected ") + licence::toString(*e.verdict) + ", got " +
                      licence::toString(d.verdict));
    if (e.cap && *e.cap != d.cap)
        out.push_back(std::string("cap: expected ") + catalogue::toString(*e.cap) + ", got " +
                      catalogue::toString(d.cap));
    const std::vector<std::string> codes = reasonCodes(d);
    for (const std::string& code : e.reasonsContain)
        if (std::find(codes.begin(), codes.end(), code) == codes.end())
            out.push_back("reasons: expected to contain " + code + ", got " + joined(codes));
    if (e.reasonsExact) {
        // Exact means the same set of codes; the order reasons are listed in is not part of the contract.
        auto want = *e.reasonsExact;
        auto got = codes;
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        if (want != got)
            out.push_back("reasons: expected exactly " + joined(*e.reasonsExact) + ", got " + joined(codes));
    }
    if (e.validUntilSet && e.validUntil != d.validUntil)
        out.push_back("valid_until: expected " +
                      (e.validUntil ? base::formatIso8601(*e.validUntil) : std::string("none")) + ", got " +
                      (d.validUntil ? base::formatIso8601(*d.validUntil) : std::string("none")));
    for (const auto& [deal, outcome] : e.deals) {
        const auto it = std::find_if(d.deals.begin(), d.deals.end(),
                                     [&](const licence::DealConsidered& c) { return c.key == deal; });
        if (it == d.deals.end())
            out.push_back("deals: expected deal " + deal + " (" + outcome + "), not considered");
        else if (it->outcome != outcome)
            out.push_back("deals: expected " + deal + " " + outcome + ", got " + it->outcome);
    }
    if (e.identification && *e.identification != j.method)
        out.push_back(std::string("identification: expected ") + identify::toString(*e.identification) +
                      ", got " + identify::toString(j.method));
    return out;
}

} // namespace accord::scenario
