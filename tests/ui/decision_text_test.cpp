// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "licence/reason.hpp"
#include "presentation/decision_text.hpp"

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
    CHECK(mainReason(d) == QStringLiteral("Licence ended 2025-08-31"));
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
