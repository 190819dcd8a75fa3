// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/decide.hpp"

#include <algorithm>
#include <vector>

namespace accord::licence {

using base::Instant;
using catalogue::Deal;
using catalogue::RecordingRights;
using catalogue::TierPolicy;

namespace {

constexpr int kMaxSublicenceDepth = 16; // a longer (or cyclic) chain is treated as lapsed

enum class Grant { None, Preview, Full };

struct DealResult {
    DealResult(Grant g, Reason r, std::optional<Instant> u = std::nullopt)
        : grant(g), reason(std::move(r)), until(u)
    {
    }
    Grant grant = Grant::None;
    Reason reason;
    std::optional<Instant> until; ///< with Grant::Full: the end of the deal's effective window (none: open)
};

// Effective territory and window of a deal through its parent chain.
struct Effective {
    bool ownTerritory = false;
    bool parentTerritory = true;
    bool parentMissing = false;
    std::optional<Instant> from;
    std::optional<Instant> until;
    bool untilFromParent = false;
    bool fromFromParent = false;
    const Deal* top = nullptr; // the outermost ancestor (for texts)
};

std::string localDate(Instant t, int offset)
{
    return base::formatDate(t + std::chrono::seconds(offset));
}

// A date-only end was stored as midnight after the last day: show that last day.
std::string endText(Instant until, int offset)
{
    const Instant local = until + std::chrono::seconds(offset);
    if (local.time_since_epoch().count() % 86400 == 0)
        return base::formatDate(local - std::chrono::seconds(1));
    return base::formatIso8601(until);
}

std::string startText(Instant from, int offset)
{
    const Instant local = from + std::chrono::seconds(offset);
    if (local.time_since_epoch().count() % 86400 == 0)
        return base::formatDate(local);
    return base::formatIso8601(from);
}

class Evaluator {
public:
    Evaluator(const RecordingRights& rights, const TierPolicy& policy, const Context& ctx)
        : m_policy(policy), m_ctx(ctx)
    {
        m_byId.reserve(rights.deals.size() + rights.ancestors.size());
        for (const Deal& d : rights.deals)
            m_byId.push_back(&d);
        for (const Deal& d : rights.ancestors)
            m_byId.push_back(&d);
    }

    Effective effective(const Deal& deal)
    {
        Effective e;
        e.ownTerritory = deal.territories.covers(m_ctx.territory);
        e.from = deal.validFrom;
        e.until = deal.validUntil;
        e.top = &deal;
        const Deal* current = &deal;
        for (int depth = 0; current->parentId; ++depth) {
            const Deal* parent = find(*current->parentId);
            if (!parent || depth >= kMaxSublicenceDepth) {
                e.parentMissing = true;
                break;
            }
            current = parent;
            e.top = current;
            e.parentTerritory = e.parentTerritory && current->territories.covers(m_ctx.territory);
            if (current->validFrom && (!e.from || *current->validFrom > *e.from)) {
                e.from = current->validFrom;
                e.fromFromParent = true;
            }
            if (current->validUntil && (!e.until || *current->validUntil < *e.until)) {
                e.until = current->validUntil;
                e.untilFromParent = true;
            }
        }
        return e;
    }

    DealResult evaluate(const Deal& deal)
    {
        const Effective e = effective(deal);
        const int offset = m_policy.utcOffsetSeconds;
        if (!e.ownTerritory)
            return {Grant::None, {reason::kTerritory, "No licence for " + m_ctx.territory}};
        if (e.parentMissing)
            return {
                Grant::None,
                {reason::kParentLapsed, "Sublicence " + deal.dealKey + " lapsed: its parent deal is gone"}};
        if (!e.parentTerritory)
            return {Grant::None,
                    {reason::kParentTerritory, "Sublicence " + deal.dealKey + " does not reach " +
                                                   m_ctx.territory + " (parent " + e.top->dealKey + ")"}};
        noteBoundary(e.from);
        noteBoundary(e.until);
        if (e.from && m_ctx.at < *e.from) {
            if (e.fromFromParent)
                return {Grant::None,
                        {reason::kParentLapsed,
                         "Parent licence " + e.top->dealKey + " starts " + startText(*e.from, offset)}};
            return {Grant::None, {reason::kNotStarted, "Licence starts " + startText(*e.from, offset)}};
        }
        if (e.until && m_ctx.at >= *e.until) {
            if (e.untilFromParent)
                return {Grant::None,
                        {reason::kParentLapsed,
                         "Parent licence " + e.top->dealKey + " ended " + endText(*e.until, offset)}};
            return {Grant::None, {reason::kEnded, "Licence ended " + endText(*e.until, offset)}};
        }
        return usage(deal, e);
    }

    std::optional<Instant> validUntil() const { return m_next; }

    const Deal* find(std::int64_t id) const
    {
        const auto it =
            std::find_if(m_byId.begin(), m_byId.end(), [id](const Deal* d) { return d->id == id; });
        return it == m_byId.end() ? nullptr : *it;
    }

    void noteBoundary(std::optional<Instant> t)
    {
        if (t && *t > m_ctx.at && (!m_next || *t < *m_next))
            m_next = t;
    }

private:
    DealResult usage(const Deal& deal, const Effective& e)
    {
        using catalogue::UseType;
        const bool playUse = catalogue::has(deal.useTypes, UseType::Stream) ||
                             catalogue::has(deal.useTypes, UseType::Download);
        if (!playUse) {
            if (catalogue::has(deal.useTypes, UseType::Preview))
                return {Grant::Preview,
                        {reason::kPreviewOnly, "Only a " + std::to_string(m_policy.previewLength.count()) +
                                                   " s preview is licensed (deal " + deal.dealKey + ")"}};
            return {Grant::None,
                    {reason::kNoPlaybackUse, "Deal " + deal.dealKey + " grants no playback use"}};
        }
        const catalogue::TierRule& rule = m_policy.rule(m_ctx.tier);
        const bool modelOk = std::any_of(deal.commercialModels.begin(), deal.commercialModels.end(),
                                         [&](const std::string& m) { return rule.allowsModel(m); });
        if (!modelOk) {
            const std::string models = joined(deal.commercialModels);
            for (catalogue::Tier t : catalogue::kAllTiers) {
                const auto& r = m_policy.rule(t);
                if (std::any_of(deal.commercialModels.begin(), deal.commercialModels.end(),
                                [&](const std::string& m) { return r.allowsModel(m); }))
                    return previewOrNone(deal,
                                         {reason::kTierInsufficient, std::string(catalogue::displayName(t)) +
                                                                         " required (" + models + ")"});
            }
            return previewOrNone(deal, {reason::kModelNotOffered,
                                        "Licensed only under " + models + ", which no tier includes"});
        }
        if (!rule.allowsDevice(m_ctx.device)) {
            for (catalogue::Tier t : catalogue::kAllTiers)
                if (m_policy.rule(t).allowsDevice(m_ctx.device))
                    return previewOrNone(
                        deal, {reason::kDeviceNotInTier, std::string(catalogue::displayName(t)) +
                                                             " required on " + toString(m_ctx.device)});
            return previewOrNone(
                deal, {reason::kDeviceNotInTier, std::string("No tier covers ") + toString(m_ctx.device)});
        }
        // The text is written by licensedReason() once every deal is known (several may license it).
        return {Grant::Full, {reason::kLicensed, deal.dealKey}, e.until};
    }

    // A play deal that this tier or device may not use. Whether the listener hears a preview is policy
    // (TierPolicy::previewWithoutPreviewUse); the reason says which rule applied.
    DealResult previewOrNone(const Deal& deal, Reason r) const
    {
        if (catalogue::has(deal.useTypes, catalogue::UseType::Preview)) {
            r.text += "; a preview is licensed (deal " + deal.dealKey + ")";
            return {Grant::Preview, std::move(r)};
        }
        if (m_policy.previewWithoutPreviewUse) {
            r.text += "; a preview plays by the catalogue's policy (preview_without_preview_use)";
            return {Grant::Preview, std::move(r)};
        }
        r.text += "; deal " + deal.dealKey + " grants no preview use";
        return {Grant::None, std::move(r)};
    }

    static std::string joined(const std::vector<std::string>& items)
    {
        std::string out;
        for (const std::string& s : items)
            out += (out.empty() ? "" : ", ") + s;
        return out.empty() ? std::string("no commercial model") : out;
    }

    const TierPolicy& m_policy;
    const Context& m_ctx;
    std::vector<const Deal*> m_byId; // a recording has a handful of deals: a scan beats hashing
    std::optional<Instant> m_next;
};

// One `licensed` reason however many deals license the recording here (a sublicence and its parent both
// apply, or two releases carry it): "Licensed in CN until 2016-12-31 (deals P1, S1)". It is licensed until
// the latest end among them, or open-ended when one of them is.
Reason licensedReason(const std::vector<DealResult>& full, const Context& ctx, int offset)
{
    std::string keys;
    std::optional<Instant> until;
    bool open = false;
    for (const DealResult& r : full) {
        keys += (keys.empty() ? "" : ", ") + r.reason.text;
        if (!r.until)
            open = true;
        else if (!until || *r.until > *until)
            until = r.until;
    }
    std::string text = "Licensed in " + ctx.territory;
    if (!open && until)
        text += " until " + endText(*until, offset);
    text += (full.size() == 1 ? " (deal " : " (deals ") + keys + ")";
    return {reason::kLicensed, std::move(text)};
}

void addUnique(std::vector<Reason>& reasons, Reason r)
{
    if (std::find(reasons.begin(), reasons.end(), r) == reasons.end())
        reasons.push_back(std::move(r));
}

void applyCap(Decision& d, const TierPolicy& policy, const Context& ctx,
              const std::optional<SourceFormat>& source)
{
    d.cap = policy.rule(ctx.tier).cap;
    if (d.cap != catalogue::ResolutionCap::Standard)
        return;
    // The reason must be true of this file: a file known to fit the standard cap loses nothing by it.
    const CapLimits standard = limitsFor(catalogue::ResolutionCap::Standard);
    if (source && source->sampleRate <= standard.maxSampleRate && source->bitsPerSample <= standard.maxBits)
        return;
    for (catalogue::Tier t : catalogue::kAllTiers)
        if (policy.rule(t).cap == catalogue::ResolutionCap::Hires) {
            d.reasons.push_back({reason::kHiresRequiresTier,
                                 std::string(catalogue::displayName(t)) + " required for hi-res"});
            return;
        }
}

} // namespace

Decision decide(const RecordingRights& rights, const TierPolicy& policy, const Context& ctx,
                std::optional<SourceFormat> source)
{
    Decision d;
    d.previewLength = policy.previewLength;
    Evaluator eval(rights, policy, ctx);
    const int offset = policy.utcOffsetSeconds;

    std::vector<Reason> takedownReasons;
    bool takenDown = false;
    for (const catalogue::Takedown& t : rights.takedowns) {
        if (!t.territories.covers(ctx.territory))
            continue;
        const Instant blockAt = t.effective + t.transition;
        eval.noteBoundary(t.effective);
        eval.noteBoundary(blockAt);
        if (ctx.at < t.effective)
            continue;
        std::string text = "Taken down " + localDate(t.effective, offset);
        if (!t.notice.empty())
            text += ", notice " + t.notice;
        if (ctx.at >= blockAt) {
            takenDown = true;
            addUnique(takedownReasons, {reason::kTakenDown, std::move(text)});
        } else {
            addUnique(takedownReasons,
                      {reason::kTakedownTransition,
                       text + "; plays until " + base::formatIso8601(blockAt) + " (transition period)"});
        }
    }

    std::vector<DealResult> full;
    std::vector<Reason> preview;
    std::vector<Reason> refused;
    bool territoryCovered = false; // by some deal: then "not licensed in this territory" is not true
    for (const Deal& deal : rights.deals) {
        territoryCovered = territoryCovered || deal.territories.covers(ctx.territory);
        DealResult r = eval.evaluate(deal);
        DealConsidered considered{deal.id,      deal.dealKey,  deal.scope,
                                  std::nullopt, r.reason.code, deal.exclusive};
        if (deal.parentId)
            if (const Deal* parent = eval.find(*deal.parentId))
                considered.parentKey = parent->dealKey;
        d.deals.push_back(std::move(considered));
        if (r.grant == Grant::Full)
            full.push_back(std::move(r));
        else
            (r.grant == Grant::Preview ? preview : refused).push_back(std::move(r.reason));
    }

    // A purchase entitles from its date on: one dated after ctx.at does not count yet, and its date is
    // when the answer changes.
    std::vector<Reason> purchased;
    for (const catalogue::Purchase& p : rights.purchases) {
        if (p.purchasedAt && ctx.at < *p.purchasedAt) {
            eval.noteBoundary(p.purchasedAt);
            continue;
        }
        addUnique(purchased,
                  {reason::kPurchased, p.purchasedAt ? "Purchased " + localDate(*p.purchasedAt, offset)
                                                     : std::string("Purchased")});
    }
    if (!full.empty())
        full = {DealResult{Grant::Full, licensedReason(full, ctx, offset), std::nullopt}};

    d.validUntil = eval.validUntil();
    if (takenDown) {
        // A takedown is permanent: no later deal start or end can change this answer.
        d.validUntil.reset();
        d.verdict = Verdict::Blocked;
        for (Reason& r : takedownReasons)
            if (r.code == reason::kTakenDown)
                addUnique(d.reasons, std::move(r));
        return d;
    }
    if (!purchased.empty() || !full.empty()) {
        d.verdict = Verdict::Playable;
        for (Reason& r : purchased)
            addUnique(d.reasons, std::move(r));
        for (DealResult& r : full)
            addUnique(d.reasons, std::move(r.reason));
        for (Reason& r : takedownReasons)
            addUnique(d.reasons, std::move(r));
    } else if (!preview.empty()) {
        d.verdict = Verdict::Preview;
        for (auto* group : {&preview, &takedownReasons})
            for (Reason& r : *group)
                addUnique(d.reasons, std::move(r));
    } else {
        d.verdict = Verdict::Blocked;
        if (rights.deals.empty())
            d.reasons.push_back({reason::kNoDeal, "No licence for this recording"});
        for (Reason& r : refused)
            if (!(territoryCovered && r.code == reason::kTerritory))
                addUnique(d.reasons, std::move(r));
        return d;
    }
    applyCap(d, policy, ctx, source);
    return d;
}

Decision decideUnidentified(const TierPolicy& policy, const Context& ctx, std::optional<SourceFormat> source)
{
    Decision d;
    d.previewLength = policy.previewLength;
    if (!policy.unidentifiedPlayable) {
        d.reasons.push_back(
            {reason::kUnidentifiedBlocked, "Unidentified files may not play under this catalogue's policy"});
        return d;
    }
    d.verdict = Verdict::Playable;
    d.reasons.push_back(
        {reason::kUnidentifiedAllowed, "Unidentified personal file: allowed by the catalogue's policy"});
    applyCap(d, policy, ctx, source);
    return d;
}

const char* toString(Verdict verdict) noexcept
{
    switch (verdict) {
    case Verdict::Playable:
        return "playable";
    case Verdict::Preview:
        return "preview";
    case Verdict::Blocked:
        return "blocked";
    }
    return "?";
}

CapLimits limitsFor(catalogue::ResolutionCap cap) noexcept
{
    switch (cap) {
    case catalogue::ResolutionCap::Standard:
        return {48000, 16};
    case catalogue::ResolutionCap::Hires:
        return {192000, 24};
    case catalogue::ResolutionCap::None:
        break;
    }
    return {};
}

bool Decision::hasReason(const std::string& code) const
{
    return std::any_of(reasons.begin(), reasons.end(), [&](const Reason& r) { return r.code == code; });
}

} // namespace accord::licence
