// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Table-driven tests of decide(): territory x tier x device x window x takedown x sublicence x purchase.
#include "licence/decide.hpp"

#include <catch2/catch.hpp>

#include <functional>

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

// Deals: validity given as the stored instants (an inclusive end date "2015-10-31" is stored as
// 2015-11-01T00:00Z, as the importers do).
Deal deal(std::int64_t id, const char* territories, const char* from, const char* until,
          std::vector<std::string> models = {"SubscriptionModel"}, UseTypes uses = bit(UseType::Stream))
{
    Deal d;
    d.id = id;
    d.dealKey = "D" + std::to_string(id);
    d.scope = Scope::Recording;
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

Deal sub(Deal d, std::int64_t parent)
{
    d.parentId = parent;
    return d;
}

Takedown takedown(const char* territories, const char* effective, std::int64_t transitionDays = 0)
{
    Takedown t;
    t.id = 1;
    t.takedownKey = "T1";
    t.territories = *TerritorySet::parse(territories);
    t.effective = at(effective);
    t.transition = std::chrono::hours(24 * transitionDays);
    t.notice = "2015-NCAC-0042";
    return t;
}

struct Row {
    const char* name;
    std::vector<Deal> deals;
    std::vector<Deal> ancestors;
    std::vector<Takedown> takedowns;
    bool purchased;
    const char* territory;
    Tier tier;
    DeviceClass device;
    const char* when;
    Verdict verdict;
    ResolutionCap cap;
    std::vector<std::string> codes; // every reason code, in order
    const char* validUntil;         // nullptr = never changes
};

constexpr auto kFree = Tier::Free;
constexpr auto kVip = Tier::Vip;
constexpr auto kSvip = Tier::Svip;
constexpr auto kDesk = DeviceClass::Desktop;
constexpr auto kCar = DeviceClass::Car;
constexpr auto kTv = DeviceClass::Tv;
constexpr auto kPlay = Verdict::Playable;
constexpr auto kPrev = Verdict::Preview;
constexpr auto kBlock = Verdict::Blocked;
constexpr auto kStd = ResolutionCap::Standard;
constexpr auto kHi = ResolutionCap::Hires;
constexpr auto kNone = ResolutionCap::None;
const UseTypes kPreviewUse = bit(UseType::Preview);
const UseTypes kStreamDl = bit(UseType::Stream) | bit(UseType::Download);

std::vector<Row> rows()
{
    const auto cnDeal = deal(1, "CN", "2015-01-01", "2015-11-01");
    const auto ww = deal(2, "Worldwide -KP", nullptr, nullptr);
    const auto ads = deal(3, "Worldwide", nullptr, nullptr, {"AdvertisementSupportedModel"});
    return {
        // Territories
        {"included territory plays",
         {cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         "2015-11-01T00:00:00Z"},
        {"territory not included",
         {cnDeal},
         {},
         {},
         false,
         "TW",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kBlock,
         kNone,
         {"territory_not_licensed"},
         nullptr},
        {"worldwide covers anywhere",
         {ww},
         {},
         {},
         false,
         "BR",
         kVip,
         kDesk,
         "2020-01-01T00:00:00Z",
         kPlay,
         kStd,
         {"licensed", "hires_requires_tier"},
         nullptr},
        {"worldwide minus excluded",
         {ww},
         {},
         {},
         false,
         "KP",
         kVip,
         kDesk,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"territory_not_licensed"},
         nullptr},
        {"no deal at all",
         {},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"no_deal"},
         nullptr},
        // Half-open windows
        {"window start is inclusive",
         {cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-01-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         "2015-11-01T00:00:00Z"},
        {"last second of the last day",
         {cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-10-31T23:59:59Z",
         kPlay,
         kHi,
         {"licensed"},
         "2015-11-01T00:00:00Z"},
        {"window end is exclusive",
         {cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-11-01T00:00:00Z",
         kBlock,
         kNone,
         {"licence_ended"},
         nullptr},
        {"before the window",
         {cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2014-12-31T23:59:59Z",
         kBlock,
         kNone,
         {"licence_not_started"},
         "2015-01-01T00:00:00Z"},
        {"a second deal takes over",
         {cnDeal, deal(4, "CN", "2015-11-01", nullptr)},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-11-02T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         nullptr},
        // Tier -> commercial model, device, cap
        // Issue 13: a tier/device that may not use a play deal hears a preview only when a deal grants a
        // preview use (these rows expected a preview before: that was the bug).
        {"free tier, subscription deal without a preview use: blocked",
         {ww},
         {},
         {},
         false,
         "GB",
         kFree,
         kDesk,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"tier_insufficient"},
         nullptr},
        {"free tier, ad-supported deal plays",
         {ads},
         {},
         {},
         false,
         "GB",
         kFree,
         kDesk,
         "2020-01-01T00:00:00Z",
         kPlay,
         kStd,
         {"licensed", "hires_requires_tier"},
         nullptr},
        {"free tier in the car: blocked",
         {ads},
         {},
         {},
         false,
         "GB",
         kFree,
         kCar,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"device_not_in_tier"},
         nullptr},
        {"vip in the car plays",
         {ww},
         {},
         {},
         false,
         "GB",
         kVip,
         kCar,
         "2020-01-01T00:00:00Z",
         kPlay,
         kStd,
         {"licensed", "hires_requires_tier"},
         nullptr},
        {"vip on tv: blocked",
         {ww},
         {},
         {},
         false,
         "GB",
         kVip,
         kTv,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"device_not_in_tier"},
         nullptr},
        {"svip on tv plays hi-res",
         {ww},
         {},
         {},
         false,
         "GB",
         kSvip,
         kTv,
         "2020-01-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         nullptr},
        {"pay-as-you-go only: blocked",
         {deal(5, "Worldwide", nullptr, nullptr, {"PayAsYouGoModel"}, kStreamDl)},
         {},
         {},
         false,
         "GB",
         kSvip,
         kDesk,
         "2020-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"commercial_model_not_offered"},
         nullptr},
        {"free tier, subscription deal that also grants a preview use: preview",
         {deal(7, "Worldwide", nullptr, nullptr, {"SubscriptionModel"}, kStreamDl | kPreviewUse)},
         {},
         {},
         false,
         "GB",
         kFree,
         kDesk,
         "2020-01-01T00:00:00Z",
         kPrev,
         kStd,
         {"tier_insufficient", "hires_requires_tier"},
         nullptr},
        {"preview use only",
         {deal(6, "Worldwide", nullptr, nullptr, {"SubscriptionModel"}, kPreviewUse)},
         {},
         {},
         false,
         "GB",
         kSvip,
         kDesk,
         "2020-01-01T00:00:00Z",
         kPrev,
         kHi,
         {"preview_only"},
         nullptr},
        {"preview deal plus ended full deal",
         {deal(6, "Worldwide", nullptr, nullptr, {"SubscriptionModel"}, kPreviewUse), cnDeal},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2016-01-01T00:00:00Z",
         kPrev,
         kHi,
         {"preview_only"},
         nullptr},
        // Takedowns
        {"takedown beats a deal",
         {ww},
         {},
         {takedown("CN", "2015-11-01")},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-11-01T00:00:00Z",
         kBlock,
         kNone,
         {"taken_down"},
         nullptr},
        {"takedown elsewhere does nothing",
         {ww},
         {},
         {takedown("CN", "2015-11-01")},
         false,
         "HK",
         kSvip,
         kDesk,
         "2016-01-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         nullptr},
        {"takedown not yet effective",
         {ww},
         {},
         {takedown("CN", "2015-11-01")},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-10-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         "2015-11-01T00:00:00Z"},
        {"takedown in its transition period",
         {ww},
         {},
         {takedown("CN", "2015-11-01", 7)},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-11-03T00:00:00Z",
         kPlay,
         kHi,
         {"licensed", "takedown_transition"},
         "2015-11-08T00:00:00Z"},
        {"takedown after its transition period",
         {ww},
         {},
         {takedown("CN", "2015-11-01", 7)},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-11-08T00:00:00Z",
         kBlock,
         kNone,
         {"taken_down"},
         nullptr},
        {"takedown worldwide beats a purchase",
         {},
         {},
         {takedown("Worldwide", "2015-11-01")},
         true,
         "GB",
         kFree,
         kDesk,
         "2016-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"taken_down"},
         nullptr},
        // Purchases
        {"purchase plays without any deal",
         {},
         {},
         {},
         true,
         "CN",
         kFree,
         kCar,
         "2030-01-01T00:00:00Z",
         kPlay,
         kStd,
         {"purchased", "hires_requires_tier"},
         nullptr},
        {"purchase plays after the licence ended",
         {cnDeal},
         {},
         {},
         true,
         "CN",
         kSvip,
         kDesk,
         "2016-01-01T00:00:00Z",
         kPlay,
         kHi,
         {"purchased"},
         nullptr},
        // Sublicences
        {"sublicence inside its parent plays",
         {sub(deal(8, "CN", "2015-03-01", "2015-09-01"), 7)},
         {deal(7, "CN HK", "2015-01-01", "2016-01-01")},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         "2015-09-01T00:00:00Z"},
        {"sublicence cannot reach beyond parent territories",
         {sub(deal(8, "CN TW", nullptr, nullptr), 7)},
         {deal(7, "CN HK", "2015-01-01", "2016-01-01")},
         {},
         false,
         "TW",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kBlock,
         kNone,
         {"sublicence_outside_parent"},
         nullptr},
        {"sublicence cannot outlive its parent window",
         {sub(deal(8, "CN", nullptr, "2017-01-01"), 7)},
         {deal(7, "CN HK", "2015-01-01", "2016-01-01")},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2016-06-01T00:00:00Z",
         kBlock,
         kNone,
         {"parent_licence_lapsed"},
         nullptr},
        {"sublicence ends when the parent ends",
         {sub(deal(8, "CN", nullptr, "2017-01-01"), 7)},
         {deal(7, "CN HK", "2015-01-01", "2016-01-01")},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kPlay,
         kHi,
         {"licensed"},
         "2016-01-01T00:00:00Z"},
        {"sublicence of a missing parent is dead",
         {sub(deal(8, "CN", nullptr, nullptr), 99)},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kBlock,
         kNone,
         {"parent_licence_lapsed"},
         nullptr},
        {"grand-child sublicence inherits the chain",
         {sub(deal(9, "CN", nullptr, nullptr), 8)},
         {sub(deal(8, "Worldwide", nullptr, "2015-06-01"), 7), deal(7, "CN", "2015-01-01", nullptr)},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2015-07-01T00:00:00Z",
         kBlock,
         kNone,
         {"parent_licence_lapsed"},
         nullptr},
        // Combinations
        {"several refusals are all reported",
         {cnDeal, deal(10, "HK", nullptr, nullptr)},
         {},
         {},
         false,
         "CN",
         kSvip,
         kDesk,
         "2016-01-01T00:00:00Z",
         kBlock,
         kNone,
         {"licence_ended"}, // the HK deal's "No licence for CN" is not true: the CN deal covers CN
         nullptr},
        {"free tier in window with takedown pending",
         {ads},
         {},
         {takedown("GB", "2015-11-01", 3)},
         false,
         "GB",
         kFree,
         kDesk,
         "2015-11-02T00:00:00Z",
         kPlay,
         kStd,
         {"licensed", "takedown_transition", "hires_requires_tier"},
         "2015-11-04T00:00:00Z"},
        {"vip preview ends with the deal",
         {deal(11, "GB", nullptr, "2015-12-01", {"SubscriptionModel"}, kPreviewUse)},
         {},
         {},
         false,
         "GB",
         kVip,
         kDesk,
         "2015-06-01T00:00:00Z",
         kPrev,
         kStd,
         {"preview_only", "hires_requires_tier"},
         "2015-12-01T00:00:00Z"},
    };
}

std::vector<std::string> codes(const Decision& d)
{
    std::vector<std::string> out;
    for (const Reason& r : d.reasons)
        out.push_back(r.code);
    return out;
}

} // namespace

TEST_CASE("decide: every rule, table-driven", "[licence][decide]")
{
    const TierPolicy policy = TierPolicy::defaults();
    for (const Row& row : rows()) {
        SECTION(row.name)
        {
            RecordingRights rights;
            rights.recordingId = 1;
            rights.deals = row.deals;
            rights.ancestors = row.ancestors;
            rights.takedowns = row.takedowns;
            if (row.purchased)
                rights.purchases.push_back(Purchase{1, Scope::Recording, 1, at("2014-03-02")});
            const Context ctx{at(row.when), row.territory, row.tier, row.device};
            const Decision d = decide(rights, policy, ctx);
            CHECK(d.verdict == row.verdict);
            CHECK(d.cap == row.cap);
            CHECK(codes(d) == row.codes);
            if (row.validUntil) {
                REQUIRE(d.validUntil.has_value());
                CHECK(base::formatIso8601(*d.validUntil) == row.validUntil);
            } else {
                CHECK_FALSE(d.validUntil.has_value());
            }
            CHECK(d.deals.size() == row.deals.size());
            for (const Reason& r : d.reasons)
                CHECK_FALSE(r.text.empty());
        }
    }
}

TEST_CASE("decide: the texts say what happened", "[licence][decide]")
{
    const TierPolicy policy = TierPolicy::defaults();
    RecordingRights rights;
    rights.deals = {deal(1, "CN", "2015-01-01", "2015-11-01")};
    const Context cn{at("2016-01-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop};
    Decision d = decide(rights, policy, cn);
    REQUIRE(d.reasons.size() == 1);
    CHECK(d.reasons[0].text == "Licence ended 2015-10-31");
    const Context tw{at("2015-06-01T00:00:00Z"), "TW", Tier::Vip, DeviceClass::Desktop};
    CHECK(decide(rights, policy, tw).reasons.at(0).text == "No licence for TW");
    rights.takedowns = {takedown("CN", "2015-11-01")};
    d = decide(rights, policy, Context{at("2015-11-01T10:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop});
    CHECK(d.reasons.at(0).text == "Taken down 2015-11-01, notice 2015-NCAC-0042");
    rights.takedowns.clear();
    d = decide(rights, policy, Context{at("2015-06-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop});
    CHECK(d.reasons.at(1).text == "SVIP required for hi-res");
    d = decide(rights, policy, Context{at("2015-06-01T00:00:00Z"), "CN", Tier::Free, DeviceClass::Desktop});
    CHECK(d.reasons.at(0).text == "VIP required (SubscriptionModel); deal D1 grants no preview use");
    REQUIRE(d.deals.size() == 1);
    CHECK(d.deals[0].key == "D1");
    CHECK(d.deals[0].outcome == "tier_insufficient");
}

TEST_CASE("decide: a preview without a preview use is a policy setting, and the reason says which rule",
          "[licence][decide]")
{
    TierPolicy policy = TierPolicy::defaults();
    CHECK_FALSE(policy.previewWithoutPreviewUse);
    RecordingRights rights;
    rights.deals = {deal(1, "Worldwide", nullptr, nullptr)};
    const Context free{at("2020-01-01T00:00:00Z"), "GB", Tier::Free, DeviceClass::Desktop};
    Decision d = decide(rights, policy, free);
    CHECK(d.verdict == Verdict::Blocked);
    CHECK(d.reasons.at(0).text == "VIP required (SubscriptionModel); deal D1 grants no preview use");
    policy.previewWithoutPreviewUse = true;
    d = decide(rights, policy, free);
    CHECK(d.verdict == Verdict::Preview);
    CHECK(d.reasons.at(0).text == "VIP required (SubscriptionModel); a preview plays by the catalogue's "
                                  "policy (preview_without_preview_use)");
    policy.previewWithoutPreviewUse = false;
    rights.deals[0].useTypes = bit(UseType::Stream) | bit(UseType::Preview);
    d = decide(rights, policy, free);
    CHECK(d.verdict == Verdict::Preview);
    CHECK(d.reasons.at(0).text == "VIP required (SubscriptionModel); a preview is licensed (deal D1)");
    // A second deal that grants only a preview gives the preview, whatever the first says.
    rights.deals = {deal(1, "Worldwide", nullptr, nullptr),
                    deal(2, "Worldwide", nullptr, nullptr, {}, kPreviewUse)};
    d = decide(rights, policy, free);
    CHECK(d.verdict == Verdict::Preview);
    CHECK(d.reasons.at(0).code == "preview_only");
}

TEST_CASE("decide: every reason is true of this recording in this context", "[licence][decide]")
{
    const TierPolicy policy = TierPolicy::defaults();
    RecordingRights rights;
    // CN: one deal not started yet, another for TW only. CN is covered: no "not licensed in CN".
    rights.deals = {deal(1, "CN HK", "2021-01-01", nullptr), deal(2, "TW", nullptr, nullptr)};
    Decision d =
        decide(rights, policy, Context{at("2020-01-01T00:00:00Z"), "CN", Tier::Vip, DeviceClass::Desktop});
    CHECK(d.verdict == Verdict::Blocked);
    CHECK(codes(d) == std::vector<std::string>{"licence_not_started"});
    CHECK(d.deals.at(1).outcome == "territory_not_licensed"); // still true of that deal
    d = decide(rights, policy, Context{at("2020-01-01T00:00:00Z"), "GB", Tier::Vip, DeviceClass::Desktop});
    CHECK(codes(d) == std::vector<std::string>{"territory_not_licensed"});

    // hires_requires_tier: only when the file loses something by the standard cap (or is not known).
    rights.deals = {deal(3, "Worldwide", nullptr, nullptr)};
    const Context vip{at("2020-01-01T00:00:00Z"), "GB", Tier::Vip, DeviceClass::Desktop};
    CHECK(codes(decide(rights, policy, vip)) == std::vector<std::string>{"licensed", "hires_requires_tier"});
    CHECK(codes(decide(rights, policy, vip, SourceFormat{44100, 16})) ==
          std::vector<std::string>{"licensed"});
    CHECK(codes(decide(rights, policy, vip, SourceFormat{48000, 16})) ==
          std::vector<std::string>{"licensed"});
    CHECK(codes(decide(rights, policy, vip, SourceFormat{96000, 24})) ==
          std::vector<std::string>{"licensed", "hires_requires_tier"});
    CHECK(codes(decide(rights, policy, vip, SourceFormat{44100, 24})) ==
          std::vector<std::string>{"licensed", "hires_requires_tier"});
    CHECK(decide(rights, policy, vip, SourceFormat{44100, 16}).cap == ResolutionCap::Standard);
    CHECK(codes(decideUnidentified(policy, vip, SourceFormat{44100, 16})) ==
          std::vector<std::string>{"unidentified_allowed"});
}

TEST_CASE("decide: dates are shown in the catalogue's time zone", "[licence][decide]")
{
    TierPolicy policy = TierPolicy::defaults();
    policy.utcOffsetSeconds = 8 * 3600;
    RecordingRights rights;
    // "2015-10-31" inclusive in UTC+8 ends at 2015-10-31T16:00Z.
    rights.deals = {deal(1, "CN", nullptr, "2015-10-31T16:00:00Z")};
    const Decision d =
        decide(rights, policy, Context{at("2015-10-31T16:00:00Z"), "CN", Tier::Svip, DeviceClass::Desktop});
    CHECK(d.reasons.at(0).text == "Licence ended 2015-10-31");
    const Decision before =
        decide(rights, policy, Context{at("2015-10-31T15:59:59Z"), "CN", Tier::Svip, DeviceClass::Desktop});
    CHECK(before.verdict == Verdict::Playable);
}

TEST_CASE("decide: unidentified files follow the policy", "[licence][decide]")
{
    TierPolicy policy = TierPolicy::defaults();
    const Context ctx{at("2020-01-01"), "GB", Tier::Svip, DeviceClass::Desktop};
    CHECK(decideUnidentified(policy, ctx).verdict == Verdict::Playable);
    policy.unidentifiedPlayable = false;
    const Decision d = decideUnidentified(policy, ctx);
    CHECK(d.verdict == Verdict::Blocked);
    CHECK(d.hasReason("unidentified_blocked"));
}

TEST_CASE("resolution caps map to audio limits", "[licence][decide]")
{
    CHECK(limitsFor(ResolutionCap::Standard).maxSampleRate == 48000);
    CHECK(limitsFor(ResolutionCap::Standard).maxBits == 16);
    CHECK(limitsFor(ResolutionCap::Hires).maxSampleRate == 192000);
    CHECK(limitsFor(ResolutionCap::Hires).maxBits == 24);
    CHECK(limitsFor(ResolutionCap::None).maxSampleRate == 0);
}

TEST_CASE("decide: a purchase entitles from its date on", "[licence][decide]")
{
    const TierPolicy policy = TierPolicy::defaults();
    RecordingRights rights;
    rights.purchases.push_back(Purchase{1, Scope::Recording, 1, at("2026-01-15T00:00:00Z")});
    const Context before{at("2025-06-01T00:00:00Z"), "CN", Tier::Free, DeviceClass::Desktop};
    Decision d = decide(rights, policy, before);
    CHECK(d.verdict == Verdict::Blocked);
    CHECK_FALSE(d.hasReason(reason::kPurchased));
    REQUIRE(d.validUntil.has_value()); // the purchase date is when the answer changes
    CHECK(base::formatIso8601(*d.validUntil) == "2026-01-15T00:00:00Z");

    // With a deal in force before the purchase: licensed now, purchased from its date on.
    rights.deals = {deal(1, "CN", nullptr, "2025-09-01")};
    Context vip = before;
    vip.tier = Tier::Vip;
    d = decide(rights, policy, vip);
    CHECK(codes(d) == std::vector<std::string>{"licensed", "hires_requires_tier"});
    REQUIRE(d.validUntil.has_value());
    CHECK(base::formatIso8601(*d.validUntil) == "2025-09-01T00:00:00Z");
    vip.at = at("2025-10-01T00:00:00Z"); // the deal ended, the purchase is not made yet
    d = decide(rights, policy, vip);
    CHECK(d.verdict == Verdict::Blocked);
    CHECK(codes(d) == std::vector<std::string>{"licence_ended"});
    CHECK(base::formatIso8601(*d.validUntil) == "2026-01-15T00:00:00Z");
    vip.at = at("2026-01-15T00:00:00Z");
    d = decide(rights, policy, vip);
    CHECK(d.verdict == Verdict::Playable);
    CHECK(codes(d) == std::vector<std::string>{"purchased", "hires_requires_tier"});
    CHECK(d.reasons.at(0).text == "Purchased 2026-01-15");
    CHECK_FALSE(d.validUntil.has_value());
}

TEST_CASE("decide: a sublicence and its parent that both apply give one licensed reason", "[licence][decide]")
{
    const TierPolicy policy = TierPolicy::defaults();
    RecordingRights rights;
    rights.deals = {deal(7, "CN TW", nullptr, "2017-01-01"), sub(deal(8, "CN", nullptr, "2016-01-01"), 7)};
    const Context cn{at("2015-06-01T00:00:00Z"), "CN", Tier::Svip, DeviceClass::Desktop};
    Decision d = decide(rights, policy, cn);
    CHECK(d.verdict == Verdict::Playable);
    REQUIRE(codes(d) == std::vector<std::string>{"licensed"});
    // Licensed until the later end: the parent goes on after the sublicence ends.
    CHECK(d.reasons[0].text == "Licensed in CN until 2016-12-31 (deals D7, D8)");
    REQUIRE(d.deals.size() == 2);
    CHECK(d.deals[0].outcome == "licensed");
    CHECK(d.deals[1].outcome == "licensed");
    REQUIRE(d.validUntil.has_value());
    CHECK(base::formatIso8601(*d.validUntil) ==
          "2016-01-01T00:00:00Z"); // the sublicence's end changes deals[]
    // An open-ended deal among them: no end in the text.
    rights.deals[0].validUntil.reset();
    d = decide(rights, policy, cn);
    CHECK(d.reasons.at(0).text == "Licensed in CN (deals D7, D8)");
    // One deal alone keeps its words.
    rights.deals.pop_back();
    d = decide(rights, policy, cn);
    CHECK(d.reasons.at(0).text == "Licensed in CN (deal D7)");
}
