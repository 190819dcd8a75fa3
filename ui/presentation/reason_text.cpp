// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/reason_text.hpp"

#include "licence/reason.hpp"

#include <QCoreApplication>
#include <QLocale>

namespace accord::ui {

QString reasonTitle(const QString& code)
{
    // Keyed by the core's codes (licence/reason.hpp), never retyped here.
    namespace reason = licence::reason;
    static const struct {
        const char* code;
        const char* title;
    } kTitles[] = {
        {reason::kLicensed, QT_TRANSLATE_NOOP("Reason", "Licensed")},
        {reason::kPurchased, QT_TRANSLATE_NOOP("Reason", "Purchased")},
        {reason::kNoDeal, QT_TRANSLATE_NOOP("Reason", "No licence in the catalogue")},
        {reason::kTerritory, QT_TRANSLATE_NOOP("Reason", "Not licensed in this territory")},
        {reason::kNotStarted, QT_TRANSLATE_NOOP("Reason", "Licence not started yet")},
        {reason::kEnded, QT_TRANSLATE_NOOP("Reason", "Licence ended")},
        {reason::kParentTerritory, QT_TRANSLATE_NOOP("Reason", "Sublicence outside its parent licence")},
        {reason::kParentLapsed, QT_TRANSLATE_NOOP("Reason", "Parent licence lapsed")},
        {reason::kTierInsufficient, QT_TRANSLATE_NOOP("Reason", "A higher subscription tier is required")},
        {reason::kModelNotOffered, QT_TRANSLATE_NOOP("Reason", "No tier offers this commercial model")},
        {reason::kDeviceNotInTier, QT_TRANSLATE_NOOP("Reason", "This device class is not in your tier")},
        {reason::kPreviewOnly, QT_TRANSLATE_NOOP("Reason", "Only a preview is licensed")},
        {reason::kNoPlaybackUse, QT_TRANSLATE_NOOP("Reason", "The licence grants no playback")},
        {reason::kTakenDown, QT_TRANSLATE_NOOP("Reason", "Taken down")},
        {reason::kTakedownTransition,
         QT_TRANSLATE_NOOP("Reason", "Taken down; still playable during the transition")},
        {reason::kHiresRequiresTier, QT_TRANSLATE_NOOP("Reason", "Hi-res requires SVIP")},
        {reason::kUnidentifiedAllowed, QT_TRANSLATE_NOOP("Reason", "Unidentified personal file: allowed")},
        {reason::kUnidentifiedBlocked,
         QT_TRANSLATE_NOOP("Reason", "Unidentified personal file: not allowed")},
    };
    const QByteArray key = code.toLatin1();
    for (const auto& t : kTitles)
        if (key == t.code)
            return QCoreApplication::translate("Reason", t.title);
    return {};
}

QString localisedReason(const QString& code, const QString& text)
{
    const QString title = reasonTitle(code);
    if (title.isEmpty() || QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return text;
    return QStringLiteral("%1\u3000%2").arg(title, text);
}

} // namespace accord::ui
