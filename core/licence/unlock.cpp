// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/unlock.hpp"

#include "licence/decide.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace accord::licence {

namespace {

constexpr int kFull = 3;
constexpr int kMaxDateSteps = 64;
constexpr std::size_t kTerritoriesInText = 5;
constexpr const char* kPayAsYouGo = "PayAsYouGoModel";

// The decision for one alternative: the same decide() the gate runs, then the caller's own rules on top.
class Decider {
public:
    Decider(const catalogue::RecordingRights* rights, const catalogue::TierPolicy& policy,
            std::optional<SourceFormat> source, const DecisionAdjust& adjust)
        : m_rights(rights), m_policy(policy), m_source(source), m_adjust(adjust)
    {
    }

    Decision operator()(const Context& ctx, const catalogue::Purchase* bought = nullptr) const
    {
        Decision d;
        if (m_rights == nullptr) {
            d = decideUnidentified(m_policy, ctx, m_source);
        } else if (bought == nullptr) {
            d = decide(*m_rights, m_policy, ctx, m_source);
        } else {
            catalogue::RecordingRights withPurchase = *m_rights;
            withPurchase.purchases.push_back(*bought);
            d = decide(withPurchase, m_policy, ctx, m_source);
        }
        return m_adjust ? m_adjust(std::move(d), ctx) : d;
    }

private:
    const catalogue::RecordingRights* m_rights;
    const catalogue::TierPolicy& m_policy;
    std::optional<SourceFormat> m_source;
    const DecisionAdjust& m_adjust;
};

Unlock made(UnlockKind kind, const Context& ctx)
{
    Unlock u;
    u.kind = kind;
    u.context = ctx;
    return u;
}

// "plays it in hi-res", "plays it", "plays a 30 s preview": what the listener would get.
std::string phrase(const Decision& d)
{
    switch (unlockRank(d)) {
    case kFull:
        return d.cap == catalogue::ResolutionCap::Hires ? "plays it in hi-res" : "plays it";
    case 2:
        return "plays it in " + describeCap(d.cap);
    case 1:
        return "plays a " + std::to_string(d.previewLength.count()) + " s preview";
    default:
        return "blocks it";
    }
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// A date-only instant (midnight in the catalogue's zone) as its date, anything else in full.
std::string instantText(base::Instant t, int offset)
{
    const base::Instant local = t + std::chrono::seconds(offset);
    if (local.time_since_epoch().count() % 86400 == 0)
        return base::formatDate(local);
    return base::formatIso8601(t);
}

std::string listed(const std::vector<std::string>& codes)
{
    std::string out;
    for (std::size_t i = 0; i < codes.size() && i < kTerritoriesInText; ++i)
        out += (i == 0 ? "" : ", ") + codes[i];
    if (codes.size() > kTerritoriesInText)
        out += " and " + std::to_string(codes.size() - kTerritoriesInText) + " more";
    return out;
}

std::string territoryText(const Unlock& u)
{
    const std::string what = capitalised(phrase(u.outcome));
    if (u.otherTerritories)
        return u.exceptTerritories.empty()
                   ? what + " in every other territory"
                   : what + " in every territory except " + listed(u.exceptTerritories);
    if (u.territories.size() == 1)
        return what + " in " + u.territories.front();
    return what + " in " + std::to_string(u.territories.size()) + " territories: " + listed(u.territories);
}

// Every territory code the rights name: deals (and their parents) and takedowns, included or excluded.
std::set<std::string> namedTerritories(const catalogue::RecordingRights& rights)
{
    std::set<std::string> named;
    auto add = [&named](const catalogue::TerritorySet& set) {
        named.insert(set.included().begin(), set.included().end());
        named.insert(set.excluded().begin(), set.excluded().end());
    };
    for (const catalogue::Deal& d : rights.deals)
        add(d.territories);
    for (const catalogue::Deal& d : rights.ancestors)
        add(d.territories);
    for (const catalogue::Takedown& t : rights.takedowns)
        add(t.territories);
    return named;
}

// A code no deal or takedown names: decide() treats every such territory alike (only covers() reads it),
// so one stands for them all.
std::string unnamedTerritory(const std::set<std::string>& named, const std::string& own)
{
    for (char a = 'Z'; a >= 'A'; --a)
        for (char b = 'Z'; b >= 'A'; --b) {
            std::string code{a, b};
            if (!named.contains(code) && code != own)
                return code;
        }
    return "ZZ";
}

void addTiers(const Decider& decider, const Context& ctx, int current, std::vector<Unlock>& out)
{
    int best = current;
    for (catalogue::Tier tier : catalogue::kAllTiers) {
        if (tier == ctx.tier)
            continue;
        Context changed = ctx;
        changed.tier = tier;
        Decision d = decider(changed);
        if (unlockRank(d) <= best)
            continue;
        best = unlockRank(d);
        Unlock u = made(UnlockKind::Tier, changed);
        u.text = std::string(catalogue::displayName(tier)) + " " + phrase(d);
        u.outcome = std::move(d);
        out.push_back(std::move(u));
    }
}

void addDevices(const Decider& decider, const Context& ctx, int current, std::vector<Unlock>& out)
{
    for (catalogue::DeviceClass device :
         {catalogue::DeviceClass::Desktop, catalogue::DeviceClass::Car, catalogue::DeviceClass::Tv}) {
        if (device == ctx.device)
            continue;
        Context changed = ctx;
        changed.device = device;
        Decision d = decider(changed);
        if (unlockRank(d) <= current)
            continue;
        Unlock u = made(UnlockKind::Device, changed);
        u.text = capitalised(phrase(d)) + " on " + catalogue::toString(device);
        u.outcome = std::move(d);
        out.push_back(std::move(u));
    }
}

void addTerritories(const Decider& decider, const catalogue::RecordingRights& rights, const Context& ctx,
                    int current, std::vector<Unlock>& out)
{
    const std::set<std::string> named = namedTerritories(rights);
    // Grouped by rank, best first; the first decision of a group is its outcome (the others of the group
    // may differ in their texts, not in what the listener gets).
    std::map<int, Unlock, std::greater<>> groups;
    std::vector<std::pair<std::string, int>> ranks;
    auto consider = [&](const std::string& code, bool standsForOthers) {
        Context changed = ctx;
        changed.territory = code;
        Decision d = decider(changed);
        const int rank = unlockRank(d);
        if (!standsForOthers)
            ranks.emplace_back(code, rank);
        if (rank <= current)
            return;
        auto [it, fresh] = groups.try_emplace(rank);
        Unlock& u = it->second;
        if (fresh) {
            u.kind = UnlockKind::Territory;
            u.context = changed;
            u.outcome = std::move(d);
        }
        if (standsForOthers)
            u.otherTerritories = true;
        else
            u.territories.push_back(code);
    };
    for (const std::string& code : named)
        if (code != ctx.territory)
            consider(code, false);
    consider(unnamedTerritory(named, ctx.territory), true);
    for (auto& [rank, u] : groups) {
        if (u.otherTerritories) {
            // "everywhere except": the named territories (and the listener's own) that do not give it.
            // The listener's own territory is one of them: it gives less, so it is named (an unnamed one
            // would decide like the territory standing for the others).
            for (const auto& [code, r] : ranks)
                if (r != rank)
                    u.exceptTerritories.push_back(code);
            u.exceptTerritories.push_back(ctx.territory);
            std::sort(u.exceptTerritories.begin(), u.exceptTerritories.end());
            if (!u.territories.empty())
                u.context.territory = u.territories.front();
        }
        u.text = territoryText(u);
        out.push_back(std::move(u));
    }
}

void addDates(const Decider& decider, const Context& ctx, const Decision& now, int current, int offset,
              std::vector<Unlock>& out)
{
    int best = current;
    std::optional<base::Instant> next = now.validUntil;
    for (int step = 0; next && step < kMaxDateSteps && best < kFull; ++step) {
        Context changed = ctx;
        changed.at = *next;
        Decision d = decider(changed);
        next = d.validUntil;
        if (unlockRank(d) <= best)
            continue;
        best = unlockRank(d);
        Unlock u = made(UnlockKind::Date, changed);
        u.text = capitalised(phrase(d)) + " from " + instantText(changed.at, offset);
        u.outcome = std::move(d);
        out.push_back(std::move(u));
    }
}

// A deal that applies here (territory and window): its outcome is one the usage rules gave.
bool appliesHere(const Decision& d, std::int64_t dealId)
{
    for (const DealConsidered& c : d.deals)
        if (c.id == dealId)
            return c.outcome == reason::kLicensed || c.outcome == reason::kTierInsufficient ||
                   c.outcome == reason::kModelNotOffered || c.outcome == reason::kDeviceNotInTier;
    return false;
}

void addPurchases(const Decider& decider, const catalogue::RecordingRights& rights, const Context& ctx,
                  const Decision& now, int current, std::vector<Unlock>& out)
{
    std::set<std::pair<catalogue::Scope, std::int64_t>> offered;
    for (const catalogue::Deal& deal : rights.deals) {
        const bool forSale = catalogue::has(deal.useTypes, catalogue::UseType::Download) &&
                             std::find(deal.commercialModels.begin(), deal.commercialModels.end(),
                                       kPayAsYouGo) != deal.commercialModels.end();
        if (!forSale || !appliesHere(now, deal.id) || !offered.emplace(deal.scope, deal.subjectId).second)
            continue;
        catalogue::Purchase bought;
        bought.scope = deal.scope;
        bought.subjectId = deal.subjectId;
        bought.purchasedAt = ctx.at;
        Decision d = decider(ctx, &bought);
        if (unlockRank(d) <= current)
            continue;
        Unlock u = made(UnlockKind::Purchase, ctx);
        u.purchase = bought;
        u.offerDeal = deal.dealKey;
        u.text = std::string("Buying the ") +
                 (deal.scope == catalogue::Scope::Recording ? "track" : catalogue::toString(deal.scope)) +
                 " " + phrase(d) + " (offered under deal " + deal.dealKey + ")";
        u.outcome = std::move(d);
        out.push_back(std::move(u));
    }
}

} // namespace

const char* toString(UnlockKind kind) noexcept
{
    switch (kind) {
    case UnlockKind::Tier:
        return "tier";
    case UnlockKind::Device:
        return "device";
    case UnlockKind::Territory:
        return "territory";
    case UnlockKind::Date:
        return "date";
    case UnlockKind::Purchase:
        return "purchase";
    }
    return "?";
}

int unlockRank(const Decision& d) noexcept
{
    switch (d.verdict) {
    case Verdict::Blocked:
        return 0;
    case Verdict::Preview:
        return 1;
    case Verdict::Playable:
        break;
    }
    return d.hasReason(reason::kHiresRequiresTier) ? 2 : kFull;
}

std::vector<Unlock> findUnlocks(const catalogue::RecordingRights* rights, const catalogue::TierPolicy& policy,
                                const Context& ctx, std::optional<SourceFormat> source,
                                const DecisionAdjust& adjust)
{
    const Decider decider(rights, policy, source, adjust);
    const Decision now = decider(ctx);
    const int current = unlockRank(now);
    std::vector<Unlock> out;
    if (current >= kFull)
        return out;
    addTiers(decider, ctx, current, out);
    addDevices(decider, ctx, current, out);
    if (rights != nullptr)
        addTerritories(decider, *rights, ctx, current, out);
    addDates(decider, ctx, now, current, policy.utcOffsetSeconds, out);
    if (rights != nullptr)
        addPurchases(decider, *rights, ctx, now, current, out);
    return out;
}

} // namespace accord::licence
