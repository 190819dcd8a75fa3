// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/decision_text.hpp"

#include "bridge/qt_convert.hpp"
#include "licence/reason.hpp"
#include "presentation/reason_text.hpp"
#include "presentation/unlock_text.hpp"

namespace accord::ui {

judgement::Listener toListener(const ListenerContext& listener)
{
    judgement::Listener out;
    out.territory = toUtf8(listener.territory.toUpper());
    out.tier = catalogue::parseTier(toUtf8(listener.tier)).value_or(catalogue::Tier::Free);
    out.device =
        catalogue::parseDeviceClass(toUtf8(listener.device)).value_or(catalogue::DeviceClass::Desktop);
    if (listener.at.isValid()) // a QA clock stands still at the chosen instant
        out.fixedAt = base::Instant(std::chrono::seconds(listener.at.toSecsSinceEpoch()));
    return out;
}

namespace {

audio::ResolutionLimit limitOf(catalogue::ResolutionCap cap)
{
    const licence::CapLimits limits = licence::limitsFor(cap);
    return {limits.maxSampleRate, limits.maxBits};
}

// The player applies the same rule to the decoded file (planOutputFormat), so "Capped" here is exactly
// "the signal path has a licence-cap step" there.
bool isCapped(const licence::Decision& d, const FileFacts& facts)
{
    return d.cap != catalogue::ResolutionCap::None &&
           audio::limitResolution(facts.resolution(), limitOf(d.cap)).changed();
}

} // namespace

FileFacts FileFacts::fromLibrary(std::uint32_t sampleRate, std::uint16_t bitDepth, std::string_view codec,
                                 bool identified)
{
    return {sampleRate, bitDepth, identified, codec == "pcm_float"};
}

audio::SourceResolution FileFacts::resolution() const noexcept
{
    // bitDepth is 0 for lossy files, which decode to float without a bit depth a cap could exceed.
    return {sampleRate, bitDepth, floatSamples || bitDepth == 0};
}

licence::Context toLicenceContext(const ListenerContext& listener)
{
    return toListener(listener).context();
}

QDateTime toQDateTime(base::Instant instant)
{
    return QDateTime::fromSecsSinceEpoch(instant.time_since_epoch().count(), Qt::UTC);
}

Verdict toVerdict(const licence::Decision& d, const FileFacts& facts)
{
    switch (d.verdict) {
    case licence::Verdict::Blocked:
        return Verdict::Blocked;
    case licence::Verdict::Preview:
        return Verdict::Preview;
    case licence::Verdict::Playable:
        break;
    }
    if (!facts.identified)
        return Verdict::Unidentified;
    return isCapped(d, facts) ? Verdict::Capped : Verdict::Playable;
}

QString mainReason(const licence::Decision& d, Verdict verdict)
{
    namespace reason = licence::reason;
    auto isCap = [](const licence::Reason& r) { return r.code == reason::kHiresRequiresTier; };
    auto isGrant = [](const licence::Reason& r) {
        return r.code == reason::kLicensed || r.code == reason::kPurchased ||
               r.code == reason::kUnidentifiedAllowed;
    };
    auto isPersonalFileRule = [](const licence::Reason& r) {
        return r.code == reason::kUnidentifiedAllowed || r.code == reason::kUnidentifiedBlocked;
    };
    auto first = [&d](auto&& matches) -> const licence::Reason* {
        for (const licence::Reason& r : d.reasons)
            if (matches(r))
                return &r;
        return nullptr;
    };
    // A decision lists every reason that applied; the row shows the one behind its own verdict. A cap
    // reason is about the file's resolution, true only when the cap changes this file (Capped).
    const licence::Reason* shown = nullptr;
    if (verdict == Verdict::Capped)
        shown = first(isCap);
    else if (verdict == Verdict::Unidentified)
        shown = first(isPersonalFileRule);
    if (shown == nullptr)
        shown = first([&](const licence::Reason& r) { return !isGrant(r) && !isCap(r); });
    if (shown == nullptr)
        shown = first(isGrant);
    if (shown == nullptr && verdict != Verdict::Playable && verdict != Verdict::Unidentified &&
        !d.reasons.empty())
        shown = &d.reasons.front();
    return shown == nullptr ? QString() : localisedReason(toQString(shown->code), toQString(shown->text));
}

Explanation toExplanation(const licence::Decision& d, const FileFacts& facts, const QString& identifiedBy,
                          const ListenerContext& listener, const std::vector<licence::Unlock>* unlocks)
{
    Explanation e;
    e.verdict = toVerdict(d, facts);
    if (e.verdict == Verdict::Capped ||
        (d.verdict == licence::Verdict::Playable && d.cap == catalogue::ResolutionCap::Standard)) {
        const audio::ResolutionLimit limit = limitOf(d.cap);
        e.capText = QObject::tr("Resolution capped at %1-bit / %2 kHz for this tier")
                        .arg(limit.maxBits)
                        .arg(QString::number(limit.maxSampleRate / 1000.0));
    }
    for (const licence::Reason& r : d.reasons)
        e.reasons.push_back({toQString(r.code), localisedReason(toQString(r.code), toQString(r.text))});
    for (const licence::DealConsidered& deal : d.deals) {
        QString line = toQString(deal.key);
        if (deal.parentKey)
            line += QObject::tr(" (sublicence of %1)").arg(toQString(*deal.parentKey));
        line += QStringLiteral(": ") + localisedOutcome(toQString(deal.outcome));
        e.deals << line;
    }
    if (d.validUntil)
        e.validUntil = toQDateTime(*d.validUntil);
    e.identifiedBy = identifiedBy;
    e.context = listener.describe();
    if (unlocks && licence::unlockRank(d) < 3) {
        e.unlockSearched = true;
        for (const licence::Unlock& u : *unlocks)
            e.unlocks << unlockLine(u);
    }
    return e;
}

} // namespace accord::ui
