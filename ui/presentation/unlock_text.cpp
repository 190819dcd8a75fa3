// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/unlock_text.hpp"

#include "bridge/qt_convert.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace accord::ui {

namespace {

constexpr int kTerritoriesShown = 5;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("UnlockText", text, nullptr, n);
}

QString deviceWord(catalogue::DeviceClass device)
{
    switch (device) {
    case catalogue::DeviceClass::Desktop:
        return QCoreApplication::translate("ListenerContext", "desktop");
    case catalogue::DeviceClass::Car:
        return QCoreApplication::translate("ListenerContext", "car");
    case catalogue::DeviceClass::Tv:
        return QCoreApplication::translate("ListenerContext", "tv");
    }
    return {};
}

// The first few codes, then "and N more": a worldwide list stays one line; JSON has them all.
QString codes(const std::vector<std::string>& list)
{
    QStringList shown;
    for (std::size_t i = 0; i < list.size() && i < kTerritoriesShown; ++i)
        shown << toQString(list[i]);
    QString out = shown.join(QStringLiteral(", "));
    if (list.size() > kTerritoriesShown)
        out = tr("%1 and %n more", static_cast<int>(list.size() - kTerritoriesShown)).arg(out);
    return out;
}

// A date-only instant (midnight UTC) as its date; anything else with its time.
QString when(base::Instant at)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC);
    return t.time() == QTime(0, 0) ? t.date().toString(Qt::ISODate)
                                   : t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString unlockOutcome(const licence::Decision& d)
{
    switch (licence::unlockRank(d)) {
    case 3:
        return d.cap == catalogue::ResolutionCap::Hires ? tr("plays in hi-res") : tr("plays");
    case 2: {
        const licence::CapLimits limits = licence::limitsFor(d.cap);
        return tr("plays at %1-bit / %2 kHz")
            .arg(limits.maxBits)
            .arg(QString::number(limits.maxSampleRate / 1000.0));
    }
    case 1:
        return tr("a %1 s preview plays").arg(d.previewLength.count());
    default:
        return tr("still blocked");
    }
}

QString unlockChange(const licence::Unlock& u)
{
    switch (u.kind) {
    case licence::UnlockKind::Tier:
        return tr("With %1").arg(QString::fromLatin1(catalogue::displayName(u.context.tier)));
    case licence::UnlockKind::Device:
        return tr("On %1").arg(deviceWord(u.context.device));
    case licence::UnlockKind::Territory:
        if (u.otherTerritories)
            return u.exceptTerritories.empty()
                       ? tr("In every other territory")
                       : tr("In every territory except %1").arg(codes(u.exceptTerritories));
        if (u.territories.size() == 1)
            return tr("In %1").arg(toQString(u.territories.front()));
        return tr("In %n territories (%1)", static_cast<int>(u.territories.size())).arg(codes(u.territories));
    case licence::UnlockKind::Date:
        return tr("From %1").arg(when(u.context.at));
    case licence::UnlockKind::Purchase:
        return u.purchase && u.purchase->scope == catalogue::Scope::Release ? tr("Buy the album it is on")
                                                                            : tr("Buy the track");
    }
    return {};
}

QString unlockLine(const licence::Unlock& u)
{
    return tr("%1: %2").arg(unlockChange(u), unlockOutcome(u.outcome));
}

} // namespace accord::ui
