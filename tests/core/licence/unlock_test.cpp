// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// findUnlocks(): "what would make it playable". Every alternative listed is checked against decide() itself
// (the change applied by the test, independently of findUnlocks), in named cases and over random rights.
#include "licence/unlock.hpp"

#include "licence/decide.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

using namespace accord;
using namespace accord::catalogue;
using namespace accord::licence;

namespace {

base::Instant at(const char* iso)
{
    auto t = base::parseIso8601(iso);
    REQUIRE(t.ok());
    return t->instant;
}

Deal deal(std::int64_t id, const char* territories, const char* from = nullptr, const char* until = nullptr,
          std::vector<std::string> models = {"SubscriptionModel"}, UseTypes uses = bit(UseType::Stream))
{
    Deal d;
    d.id = id;
    d.dealKey = "D" + std::to_string(id);
    d.subjectId = 1;
    d.territories = *TerritorySet::parse(territories);
    if (from)
        d.validFrom = at(from);
    if (until)
        d.validUntil = at(until);
    d.commercialModels = std::move(models);
    d.useTypes = uses;
    return d;
}

Takedown takedown(const char* territories, const char* effective, int transitionDays)
{
    Takedown t;
    t.id = 1;
    t.takedownKey = "T1";
    t.territories = *TerritorySet::parse(territories);
    t.effective = at(effective);
    t.transition = std::chrono::hours(24 * transitionDays);
    return t;
}

Context context(const char* territory, Tier tier, DeviceClass device = DeviceClass::Desktop,
                const char* when = "2026-12-06T12:00:00Z")
{
    return {at(when), territory, tier, device};
}

bool sameOutcome(const Decision& a, const Decision& b)
{
    return a.verdict == b.verdict && a.cap == b.cap && a.reasons == b.reasons;
}

// Some territories nobody names in these tests' rights (and real ISO codes, unlike the representative).
const std::vector<std::string> kUnnamed{"FR", "BR", "ZA", "AU", "DE", "IN"};

// Applies each alternative to the context (or rights) by hand and decides again: it must give exactly the
// outcome listed, and rank above the decision in `ctx`.
void verifyAll(const RecordingRights& rights, const TierPolicy& policy, const Context& ctx,
               const std::optional<SourceFormat>& source, const std::vector<Unlock>& unlocks)
{
    const int current = unlockRank(decide(rights, policy, ctx, source));
    std::set<std::string> named;
    for (const Deal& d : rights.deals) {
        named.insert(d.territories.included().begin(), d.territories.included().end());
        named.insert(d.territories.excluded().begin(), d.territories.excluded().end());
    }
    for (const Takedown& t : rights.takedowns) {
        named.insert(t.territories.included().begin(), t.territories.included().end());
        named.insert(t.territories.excluded().begin(), t.territories.excluded().end());
    }
    for (const Unlock& u : unlocks) {
        INFO(toString(u.kind) << ": " << u.text);
        CHECK(unlockRank(u.outcome) > current);
        CHECK_FALSE(u.text.empty());
        Context changed = ctx;
        switch (u.kind) {
        case UnlockKind::Tier:
            changed.tier = u.context.tier;
            CHECK(changed.tier != ctx.tier);
            break;
        case UnlockKind::Device:
            changed.device = u.context.device;
            CHECK(changed.device != ctx.device);
            break;
        case UnlockKind::Date:
            changed.at = u.context.at;
            CHECK(changed.at > ctx.at);
            break;
        case UnlockKind::Territory:
            CHECK((!u.territories.empty() || u.otherTerritories));
            for (const std::string& code : u.territories) {
                changed.territory = code;
                CHECK(code != ctx.territory);
                CHECK(unlockRank(decide(rights, policy, changed, source)) == unlockRank(u.outcome));
            }
            if (u.otherTerritories) {
                for (const std::string& code : kUnnamed) {
                    if (named.contains(code) || code == ctx.territory)
                        continue;
                    changed.territory = code;
                    CHECK(unlockRank(decide(rights, policy, changed, source)) == unlockRank(u.outcome));
                }
                for (const std::string& code : u.exceptTerritories) {
                    changed.territory = code;
                    CHECK(unlockRank(decide(rights, policy, changed, source)) != unlockRank(u.outcome));
                }
            }
            continue;
        case UnlockKind::Purchase: {
            REQUIRE(u.purchase);
            CHECK(u.purchase->purchasedAt == ctx.at);
            RecordingRights bought = rights;
            bought.purchases.push_back(*u.purchase);
            CHECK(sameOutcome(decide(bought, policy, ctx, source), u.outcome));
            continue;
        }
        }
        CHECK(sameOutcome(decide(rights, policy, changed, source), u.outcome));
    }
}

std::vector<Unlock> unlocksOf(const RecordingRights& rights, const Context& ctx,
                              std::optional<SourceFormat> source = std::nullopt,
                              const TierPolicy& policy = TierPolicy::defaults())
{
    auto unlocks = findUnlocks(&rights, policy, ctx, source);
    verifyAll(rights, policy, ctx, source, unlocks);
    return unlocks;
}

const Unlock* find(const std::vector<Unlock>& unlocks, UnlockKind kind)
{
    for (const Unlock& u : unlocks)
        if (u.kind == kind)
            return &u;
    return nullptr;
}

std::size_t count(const std::vector<Unlock>& unlocks, UnlockKind kind)
{
    return static_cast<std::size_t>(
        std::count_if(unlocks.begin(), unlocks.end(), [kind](const Unlock& u) { return u.kind == kind; }));
}

} // namespace

TEST_CASE("unlock: blocked by territory names the territories where it plays", "[licence][unlock]")
{
    RecordingRights rights;
    rights.deals = {deal(1, "JP"), deal(2, "HK TW")};
    const auto unlocks = unlocksOf(rights, context("CN", Tier::Vip));
    REQUIRE(unlocks.size() == 1);
    const Unlock& u = unlocks.front();
    CHECK(u.kind == UnlockKind::Territory);
    CHECK(u.territories == std::vector<std::string>{"HK", "JP", "TW"});
    CHECK_FALSE(u.otherTerritories);
    CHECK(u.outcome.verdict == Verdict::Playable);
    CHECK(u.text == "Plays it in standard resolution (16-bit / 48 kHz) in 3 territories: HK, JP, TW");

    SECTION("a worldwide deal with exclusions: everywhere except")
    {
        RecordingRights ww;
        ww.deals = {deal(1, "Worldwide -CN -KP")};
        const auto all = unlocksOf(ww, context("CN", Tier::Svip));
        REQUIRE(all.size() == 1);
        CHECK(all.front().otherTerritories);
        CHECK(all.front().territories.empty());
        CHECK(all.front().exceptTerritories == std::vector<std::string>{"CN", "KP"});
        CHECK(all.front().text == "Plays it in hi-res in every territory except CN, KP");
    }
}

TEST_CASE("unlock: a tier cap names the tier that plays it in hi-res", "[licence][unlock]")
{
    RecordingRights rights;
    rights.deals = {deal(1, "Worldwide")};
    SECTION("VIP, format unknown: capped, SVIP plays it in hi-res")
    {
        const auto unlocks = unlocksOf(rights, context("CN", Tier::Vip));
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks.front().kind == UnlockKind::Tier);
        CHECK(unlocks.front().context.tier == Tier::Svip);
        CHECK(unlocks.front().outcome.cap == ResolutionCap::Hires);
        CHECK(unlocks.front().text == "SVIP plays it in hi-res");
    }
    SECTION("VIP, a 24-bit / 96 kHz file: the same")
    {
        const auto unlocks = unlocksOf(rights, context("CN", Tier::Vip), SourceFormat{96000, 24});
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks.front().text == "SVIP plays it in hi-res");
    }
    SECTION("VIP, a CD-quality file loses nothing by the cap: nothing to unlock")
    {
        CHECK(unlocksOf(rights, context("CN", Tier::Vip), SourceFormat{44100, 16}).empty());
    }
    SECTION("Free, subscription only: VIP plays it, SVIP in hi-res")
    {
        const auto unlocks = unlocksOf(rights, context("CN", Tier::Free));
        REQUIRE(count(unlocks, UnlockKind::Tier) == 2);
        CHECK(unlocks[0].context.tier == Tier::Vip);
        CHECK(unlocks[0].outcome.cap == ResolutionCap::Standard);
        CHECK(unlocks[1].context.tier == Tier::Svip);
        CHECK(unlocks[1].text == "SVIP plays it in hi-res");
    }
}

TEST_CASE("unlock: a preview tier names the tier that plays it in full", "[licence][unlock]")
{
    RecordingRights rights;
    rights.deals = {deal(1, "Worldwide", nullptr, nullptr, {"SubscriptionModel"},
                         bit(UseType::Stream) | bit(UseType::Preview))};
    const auto unlocks = unlocksOf(rights, context("US", Tier::Free), SourceFormat{44100, 16});
    REQUIRE(decide(rights, TierPolicy::defaults(), context("US", Tier::Free)).verdict == Verdict::Preview);
    REQUIRE(unlocks.size() == 1);
    CHECK(unlocks.front().kind == UnlockKind::Tier);
    CHECK(unlocks.front().context.tier == Tier::Vip);
    CHECK(unlocks.front().text == "VIP plays it");
}

TEST_CASE("unlock: another device class", "[licence][unlock]")
{
    RecordingRights rights;
    rights.deals = {deal(1, "Worldwide")};
    const auto unlocks =
        unlocksOf(rights, context("US", Tier::Vip, DeviceClass::Tv), SourceFormat{44100, 16});
    CHECK(count(unlocks, UnlockKind::Device) == 2); // desktop and car
    const Unlock* tier = find(unlocks, UnlockKind::Tier);
    REQUIRE(tier);
    CHECK(tier->context.tier == Tier::Svip); // SVIP covers tv
    CHECK(find(unlocks, UnlockKind::Device)->text == "Plays it on desktop");
}

TEST_CASE("unlock: the date a licence starts or resumes", "[licence][unlock]")
{
    SECTION("not started yet")
    {
        RecordingRights rights;
        rights.deals = {deal(1, "Worldwide", "2027-01-01T00:00:00Z")};
        const auto unlocks = unlocksOf(rights, context("US", Tier::Svip));
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks.front().kind == UnlockKind::Date);
        CHECK(unlocks.front().context.at == at("2027-01-01T00:00:00Z"));
        CHECK(unlocks.front().text == "Plays it in hi-res from 2027-01-01");
    }
    SECTION("ended, resumes later; the walk passes an instant that changes nothing for the listener")
    {
        RecordingRights rights;
        rights.deals = {deal(1, "Worldwide", "2020-01-01T00:00:00Z", "2026-07-01T00:00:00Z"),
                        deal(2, "JP", "2027-02-01T00:00:00Z"), // not here: no step for US
                        deal(3, "Worldwide", "2027-03-01T00:00:00Z", nullptr, {"SubscriptionModel"},
                             bit(UseType::Preview)),
                        deal(4, "Worldwide", "2027-06-01T00:00:00Z")};
        const auto unlocks = unlocksOf(rights, context("US", Tier::Svip));
        REQUIRE(count(unlocks, UnlockKind::Date) == 2);
        CHECK(unlocks[0].context.at == at("2027-03-01T00:00:00Z"));
        CHECK(unlocks[0].outcome.verdict == Verdict::Preview);
        CHECK(unlocks[1].context.at == at("2027-06-01T00:00:00Z"));
        CHECK(unlocks[1].outcome.verdict == Verdict::Playable);
        CHECK(count(unlocks, UnlockKind::Territory) == 0); // JP's deal has not started either
    }
}

TEST_CASE("unlock: a takedown past its transition leaves other territories, no date, no purchase",
          "[licence][unlock]")
{
    RecordingRights rights;
    rights.deals = {deal(1, "Worldwide", nullptr, nullptr, {"SubscriptionModel", "PayAsYouGoModel"},
                         bit(UseType::Stream) | bit(UseType::Download))};
    rights.takedowns = {takedown("CN", "2026-11-01T00:00:00Z", 30)};
    SECTION("after the transition")
    {
        const auto unlocks = unlocksOf(rights, context("CN", Tier::Svip));
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks.front().kind == UnlockKind::Territory);
        CHECK(unlocks.front().otherTerritories);
        CHECK(unlocks.front().exceptTerritories == std::vector<std::string>{"CN"});
    }
    SECTION("within the transition it still plays: nothing to unlock")
    {
        CHECK(unlocksOf(rights, context("CN", Tier::Svip, DeviceClass::Desktop, "2026-11-10T00:00:00Z"))
                  .empty());
    }
}

TEST_CASE("unlock: buying what the catalogue offers for sale", "[licence][unlock]")
{
    RecordingRights rights;
    Deal sale = deal(7, "Worldwide", nullptr, nullptr, {"PayAsYouGoModel"}, bit(UseType::Download));
    sale.scope = Scope::Release;
    sale.subjectId = 42;
    rights.deals = {sale};
    const auto unlocks = unlocksOf(rights, context("CN", Tier::Vip), SourceFormat{44100, 16});
    REQUIRE(unlocks.size() == 1);
    const Unlock& u = unlocks.front();
    CHECK(u.kind == UnlockKind::Purchase);
    REQUIRE(u.purchase);
    CHECK(u.purchase->scope == Scope::Release);
    CHECK(u.purchase->subjectId == 42);
    CHECK(u.offerDeal == "D7");
    CHECK(u.outcome.hasReason(reason::kPurchased));
    CHECK(u.text == "Buying the release plays it (offered under deal D7)");

    SECTION("not offered where the deal does not apply")
    {
        RecordingRights jp;
        jp.deals = {deal(7, "JP", nullptr, nullptr, {"PayAsYouGoModel"}, bit(UseType::Download))};
        const auto here = unlocksOf(jp, context("CN", Tier::Vip), SourceFormat{44100, 16});
        CHECK(count(here, UnlockKind::Purchase) == 0);
    }
}

TEST_CASE("unlock: nothing would change it: an empty list", "[licence][unlock]")
{
    SECTION("no deal at all")
    {
        CHECK(unlocksOf(RecordingRights{}, context("CN", Tier::Free)).empty());
    }
    SECTION("a licence that ended for good")
    {
        RecordingRights rights;
        rights.deals = {deal(1, "Worldwide", "2020-01-01T00:00:00Z", "2025-09-01T00:00:00Z")};
        CHECK(unlocksOf(rights, context("CN", Tier::Free)).empty());
    }
    SECTION("taken down everywhere")
    {
        RecordingRights rights;
        rights.deals = {deal(1, "Worldwide")};
        rights.takedowns = {takedown("Worldwide", "2026-01-01T00:00:00Z", 0)};
        CHECK(unlocksOf(rights, context("CN", Tier::Free)).empty());
    }
}

TEST_CASE("unlock: personal files and the caller's own rules", "[licence][unlock]")
{
    const TierPolicy policy = TierPolicy::defaults();
    SECTION("an unidentified hi-res file under a standard cap: SVIP plays it in hi-res")
    {
        const auto unlocks = findUnlocks(nullptr, policy, context("CN", Tier::Free), SourceFormat{96000, 24});
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks.front().context.tier == Tier::Svip);
        CHECK(unlocks.front().text == "SVIP plays it in hi-res");
    }
    SECTION("an adjustment that blocks every decision leaves nothing")
    {
        RecordingRights rights;
        rights.deals = {deal(1, "JP")};
        const DecisionAdjust blockAll = [](Decision d, const Context&) {
            d.verdict = Verdict::Blocked;
            return d;
        };
        CHECK(findUnlocks(&rights, policy, context("CN", Tier::Free), std::nullopt, blockAll).empty());
    }
}

TEST_CASE("unlock: every alternative over random rights is true of decide()", "[licence][unlock]")
{
    std::mt19937 rng(20261206);
    auto pick = [&rng](const auto& items) { return items[rng() % items.size()]; };
    const std::vector<const char*> territories{"CN", "JP", "HK TW", "Worldwide", "Worldwide -CN", "US CN"};
    const std::vector<const char*> dates{nullptr, "2025-01-01T00:00:00Z", "2026-12-01T00:00:00Z",
                                         "2027-01-01T00:00:00Z", "2027-06-01T00:00:00Z"};
    const std::vector<std::vector<std::string>> models{{"SubscriptionModel"},
                                                       {"AdvertisementSupportedModel"},
                                                       {"PayAsYouGoModel"},
                                                       {"SubscriptionModel", "PayAsYouGoModel"}};
    const std::vector<UseTypes> uses{bit(UseType::Stream), bit(UseType::Preview), bit(UseType::Download),
                                     static_cast<UseTypes>(bit(UseType::Stream) | bit(UseType::Preview))};
    const std::vector<std::optional<SourceFormat>> sources{std::nullopt, SourceFormat{44100, 16},
                                                           SourceFormat{192000, 24}};
    TierPolicy lenient = TierPolicy::defaults();
    lenient.previewWithoutPreviewUse = true;
    std::size_t listed = 0;
    std::size_t cases = 0;
    for (int i = 0; i < 400; ++i) {
        RecordingRights rights;
        const int deals = static_cast<int>(rng() % 4);
        for (int k = 0; k < deals; ++k) {
            const char* from = pick(dates);
            const char* until = pick(dates);
            if (from && until && std::string(from) >= until)
                until = nullptr;
            Deal d = deal(k + 1, pick(territories), from, until, pick(models), pick(uses));
            if (k > 0 && rng() % 4 == 0)
                d.parentId = 1; // a sublicence of the first deal
            rights.deals.push_back(std::move(d));
        }
        if (rng() % 4 == 0)
            rights.takedowns.push_back(
                takedown(pick(territories), "2026-11-20T00:00:00Z", static_cast<int>(rng() % 40)));
        const Context ctx = context(pick(std::vector<const char*>{"CN", "JP", "US", "HK"}),
                                    pick(std::vector<Tier>(kAllTiers.begin(), kAllTiers.end())),
                                    pick(std::vector<DeviceClass>{DeviceClass::Desktop, DeviceClass::Tv}));
        const TierPolicy& policy = rng() % 3 == 0 ? lenient : TierPolicy::defaults();
        const auto source = pick(sources);
        const auto unlocks = findUnlocks(&rights, policy, ctx, source);
        verifyAll(rights, policy, ctx, source, unlocks);
        listed += unlocks.size();
        ++cases;
        // Completeness for tiers: when some tier ranks higher, a tier alternative is listed.
        const int current = unlockRank(decide(rights, policy, ctx, source));
        bool tierHelps = false;
        for (Tier t : kAllTiers) {
            Context c = ctx;
            c.tier = t;
            tierHelps = tierHelps || unlockRank(decide(rights, policy, c, source)) > current;
        }
        CHECK(tierHelps == (count(unlocks, UnlockKind::Tier) > 0));
    }
    CHECK(cases == 400);
    CHECK(listed > 100); // the random rights do exercise the alternatives
}
