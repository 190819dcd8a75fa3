// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/reason.hpp"
#include "presentation/decision_text.hpp"
#include "presentation/unlock_text.hpp"
#include "widgets/why_panel.hpp"

#include "qt_catch.hpp"

using namespace accord;
using namespace accord::ui;

TEST_CASE("decisions map to the five verdicts the UI shows", "[ui][bridge]")
{
    licence::Decision d;
    d.verdict = licence::Verdict::Playable;
    d.cap = catalogue::ResolutionCap::Standard;
    d.reasons = {{licence::reason::kLicensed, "Licensed worldwide"}};
    CHECK(toVerdict(d, {44100, 16, true}) == Verdict::Playable);
    CHECK(toVerdict(d, {96000, 24, true}) == Verdict::Capped);
    d.cap = catalogue::ResolutionCap::Hires;
    CHECK(toVerdict(d, {96000, 24, true}) == Verdict::Playable);
    CHECK(toVerdict(d, {44100, 16, false}) == Verdict::Unidentified);
    d.verdict = licence::Verdict::Preview;
    CHECK(toVerdict(d, {44100, 16, true}) == Verdict::Preview);
    d.verdict = licence::Verdict::Blocked;
    d.reasons = {{licence::reason::kLicensed, "a deal"},
                 {licence::reason::kEnded, "Licence ended 2025-08-31"}};
    CHECK(toVerdict(d, {44100, 16, false}) == Verdict::Blocked);
    CHECK(mainReason(d, Verdict::Blocked) == QStringLiteral("Licence ended 2025-08-31"));
}

TEST_CASE("Capped means the tier's cap changes the file: 32-bit and float PCM under hi-res too", "[ui][caps]")
{
    licence::Decision d;
    d.verdict = licence::Verdict::Playable;
    d.cap = catalogue::ResolutionCap::Hires;
    d.reasons = {{licence::reason::kLicensed, "Licensed worldwide"}};
    CHECK(toVerdict(d, {192000, 24, true}) == Verdict::Playable);
    CHECK(toVerdict(d, {44100, 0, true}) == Verdict::Playable); // lossy: no bit depth
    CHECK(toVerdict(d, {44100, 32, true}) == Verdict::Capped);  // 32-bit PCM
    CHECK(toVerdict(d, FileFacts::fromLibrary(44100, 32, "pcm_float", true)) == Verdict::Capped);
    CHECK(toVerdict(d, {384000, 24, true}) == Verdict::Capped);
    ListenerContext listener;
    const Explanation hires = toExplanation(d, {96000, 32, true}, QString(), listener);
    CHECK(hires.verdict == Verdict::Capped);
    CHECK(hires.capText.contains(QStringLiteral("24-bit / 192 kHz")));

    d.cap = catalogue::ResolutionCap::Standard;
    CHECK(toVerdict(d, {48000, 16, true}) == Verdict::Playable);
    CHECK(toVerdict(d, {96000, 0, true}) == Verdict::Capped); // lossy above 48 kHz is resampled
    CHECK(toVerdict(d, FileFacts::fromLibrary(44100, 32, "pcm_float", true)) == Verdict::Capped);
    CHECK(toVerdict(d, FileFacts::fromLibrary(44100, 16, "pcm", true)) == Verdict::Playable);
    const Explanation standard = toExplanation(d, {44100, 24, true}, QString(), listener);
    CHECK(standard.verdict == Verdict::Capped);
    CHECK(standard.capText.contains(QStringLiteral("16-bit / 48 kHz")));
}

TEST_CASE("explanations carry reasons, deals, valid_until and the context", "[ui][bridge]")
{
    licence::Decision d;
    d.verdict = licence::Verdict::Playable;
    d.cap = catalogue::ResolutionCap::Hires;
    d.reasons = {
        {licence::reason::kTakedownTransition, "Taken down 2026-11-14, notice X; plays until 2027-01-13"}};
    licence::DealConsidered deal;
    deal.key = "D-sub";
    deal.parentKey = "D-master";
    deal.outcome = "licensed";
    d.deals = {deal};
    d.validUntil = base::Instant(std::chrono::seconds(1800000000));
    ListenerContext listener;
    listener.territory = QStringLiteral("CN");
    listener.tier = QStringLiteral("svip");
    const Explanation e = toExplanation(d, {44100, 16, true}, QStringLiteral("ISRC tag (X)"), listener);
    CHECK(e.verdict == Verdict::Playable);
    REQUIRE(e.reasons.size() == 1);
    CHECK(e.reasons[0].code == QStringLiteral("takedown_transition"));
    REQUIRE(e.deals.size() == 1);
    CHECK(e.deals[0].contains(QStringLiteral("D-master")));
    CHECK(e.validUntil == QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
    CHECK(e.context.startsWith(QStringLiteral("CN \u00b7 SVIP")));

    ListenerContext qa = listener;
    qa.at = QDateTime(QDate(2015, 11, 2), QTime(0, 0), Qt::UTC);
    CHECK(toLicenceContext(qa).at.time_since_epoch().count() == qa.at.toSecsSinceEpoch());
    CHECK(toLicenceContext(qa).tier == catalogue::Tier::Svip);
    CHECK(toLicenceContext(qa).territory == "CN");
}

TEST_CASE("what would make it playable: one line per alternative, from its fields", "[ui][unlock]")
{
    const catalogue::RecordingRights rights = [] {
        catalogue::RecordingRights r;
        catalogue::Deal jp;
        jp.id = 1;
        jp.dealKey = "D-jp";
        jp.territories = *catalogue::TerritorySet::parse("JP HK TW KR SG MY TH");
        jp.useTypes = catalogue::bit(catalogue::UseType::Stream);
        jp.commercialModels = {"SubscriptionModel"};
        r.deals = {jp};
        return r;
    }();
    const licence::Context cn{base::Instant(std::chrono::seconds(1800000000)), "CN", catalogue::Tier::Vip,
                              catalogue::DeviceClass::Desktop};
    const auto unlocks = licence::findUnlocks(&rights, catalogue::TierPolicy::defaults(), cn);
    REQUIRE(unlocks.size() == 1);
    CHECK(unlockLine(unlocks.front()) ==
          QStringLiteral("In 7 territories (HK, JP, KR, MY, SG and 2 more): plays at 16-bit / 48 kHz"));

    licence::Decision blocked;
    blocked.reasons = {{licence::reason::kTerritory, "No licence for CN"}};
    ListenerContext listener;
    const Explanation e = toExplanation(blocked, {44100, 16, true}, QString(), listener, &unlocks);
    CHECK(e.unlockSearched);
    REQUIRE(e.unlocks.size() == 1);
    CHECK(explanationHtml(e).contains(QStringLiteral("What would make it playable")));

    const std::vector<licence::Unlock> none;
    const Explanation nothing = toExplanation(blocked, {44100, 16, true}, QString(), listener, &none);
    CHECK(nothing.unlockSearched);
    CHECK(explanationHtml(nothing).contains(QStringLiteral("Nothing would")));
    // Not asked (null), or a decision that plays in full: no section.
    CHECK_FALSE(toExplanation(blocked, {44100, 16, true}, QString(), listener).unlockSearched);
    licence::Decision full;
    full.verdict = licence::Verdict::Playable;
    full.cap = catalogue::ResolutionCap::Hires;
    CHECK_FALSE(toExplanation(full, {44100, 16, true}, QString(), listener, &none).unlockSearched);
}
