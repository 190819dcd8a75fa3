// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/reason_text.hpp"

#include "licence/reason.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <unordered_map>

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
        {reason::kCatalogueError, QT_TRANSLATE_NOOP("Reason", "The licence catalogue could not be read")},
        // The player's own skip codes (playback/player_listener.hpp).
        {"blocked", QT_TRANSLATE_NOOP("Reason", "Not licensed here and now")},
        {"decode-error", QT_TRANSLATE_NOOP("Reason", "The file could not be decoded")},
        {"not-found", QT_TRANSLATE_NOOP("Reason", "The file is missing")},
        {"unsupported-format", QT_TRANSLATE_NOOP("Reason", "Unsupported audio format")},
    };
    const QByteArray key = code.toLatin1();
    for (const auto& t : kTitles)
        if (key == t.code)
            return QCoreApplication::translate("Reason", t.title);
    return {};
}

namespace {

/// The core writes each reason code's sentence in one of a few fixed English forms (licence/decide.cpp,
/// playback/track_gate.cpp); their variable parts (dates, territories, deal keys, tiers) are carried over
/// into the translated form. A sentence in no known form falls back to the title beside the English.
struct SentenceForm {
    const char* code;
    const char* pattern; ///< anchored; its captures fill %1, %2, ... of `form`
    const char* form;
};

const SentenceForm kForms[] = {
    {"licensed", "^Licensed in (\\S+) until (.+) \\(deal (.+)\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Licensed in %1 until %2 (deal %3)")},
    {"licensed", "^Licensed in (\\S+) \\(deal (.+)\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Licensed in %1 (deal %2)")},
    {"purchased", "^Purchased (\\S+)$", QT_TRANSLATE_NOOP("ReasonText", "Purchased %1")},
    {"purchased", "^Purchased$", QT_TRANSLATE_NOOP("ReasonText", "Purchased")},
    {"no_deal", "^No licence for this recording$",
     QT_TRANSLATE_NOOP("ReasonText", "No licence for this recording")},
    {"territory_not_licensed", "^No licence for (\\S+)$",
     QT_TRANSLATE_NOOP("ReasonText", "No licence for %1")},
    {"licence_not_started", "^Licence starts (.+)$", QT_TRANSLATE_NOOP("ReasonText", "Licence starts %1")},
    {"licence_ended", "^Licence ended (.+)$", QT_TRANSLATE_NOOP("ReasonText", "Licence ended %1")},
    {"parent_licence_lapsed", "^Sublicence (.+) lapsed: its parent deal is gone$",
     QT_TRANSLATE_NOOP("ReasonText", "Sublicence %1 lapsed: its parent deal is gone")},
    {"parent_licence_lapsed", "^Parent licence (.+) starts (.+)$",
     QT_TRANSLATE_NOOP("ReasonText", "Parent licence %1 starts %2")},
    {"parent_licence_lapsed", "^Parent licence (.+) ended (.+)$",
     QT_TRANSLATE_NOOP("ReasonText", "Parent licence %1 ended %2")},
    {"sublicence_outside_parent", "^Sublicence (.+) does not reach (\\S+) \\(parent (.+)\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Sublicence %1 does not reach %2 (parent %3)")},
    {"preview_only", "^Only a (\\d+) s preview is licensed \\(deal (.+)\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Only a %1 s preview is licensed (deal %2)")},
    {"no_playback_use", "^Deal (.+) grants no playback use$",
     QT_TRANSLATE_NOOP("ReasonText", "Deal %1 grants no playback use")},
    {"tier_insufficient", "^(\\S+) required \\((.+)\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "%1 required (%2)")},
    {"commercial_model_not_offered", "^Licensed only under (.+), which no tier includes$",
     QT_TRANSLATE_NOOP("ReasonText", "Licensed only under %1, which no tier includes")},
    {"device_not_in_tier", "^(\\S+) required on (\\S+)$",
     QT_TRANSLATE_NOOP("ReasonText", "%1 required on %2")},
    {"device_not_in_tier", "^No tier covers (\\S+)$", QT_TRANSLATE_NOOP("ReasonText", "No tier covers %1")},
    {"taken_down", "^Taken down (\\S+), notice (.+)$",
     QT_TRANSLATE_NOOP("ReasonText", "Taken down %1, notice %2")},
    {"taken_down", "^Taken down (\\S+)$", QT_TRANSLATE_NOOP("ReasonText", "Taken down %1")},
    {"takedown_transition", "^Taken down (\\S+), notice (.+); plays until (\\S+) \\(transition period\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Taken down %1, notice %2; plays until %3 (transition period)")},
    {"takedown_transition", "^Taken down (\\S+); plays until (\\S+) \\(transition period\\)$",
     QT_TRANSLATE_NOOP("ReasonText", "Taken down %1; plays until %2 (transition period)")},
    {"hires_requires_tier", "^(\\S+) required for hi-res$",
     QT_TRANSLATE_NOOP("ReasonText", "%1 required for hi-res")},
    {"unidentified_allowed", "^Unidentified personal file: allowed by the catalogue's policy$",
     QT_TRANSLATE_NOOP("ReasonText", "Unidentified personal file: allowed by the catalogue's policy")},
    {"unidentified_blocked", "^Unidentified files may not play under this catalogue's policy$",
     QT_TRANSLATE_NOOP("ReasonText", "Unidentified files may not play under this catalogue's policy")},
    {"catalogue_error", "^The licence catalogue could not be read: (.+)$",
     QT_TRANSLATE_NOOP("ReasonText", "The licence catalogue could not be read: %1")},
    {"blocked", "^not licensed here and now$", QT_TRANSLATE_NOOP("ReasonText", "not licensed here and now")},
};

/// Device classes inside sentences ("SVIP required on tv") read in the listener's language too.
QString localisedWord(const QString& word)
{
    if (word == QLatin1String("desktop"))
        return QCoreApplication::translate("ListenerContext", "desktop");
    if (word == QLatin1String("car"))
        return QCoreApplication::translate("ListenerContext", "car");
    if (word == QLatin1String("tv"))
        return QCoreApplication::translate("ListenerContext", "tv");
    return word;
}

} // namespace

QString localisedReason(const QString& code, const QString& text)
{
    if (QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return text;
    for (const SentenceForm& f : kForms) {
        if (code != QLatin1String(f.code))
            continue;
        // Built once per form; a match costs microseconds, on the worker that decides the library.
        thread_local std::unordered_map<const char*, QRegularExpression> compiled;
        auto it = compiled.find(f.pattern);
        if (it == compiled.end())
            it = compiled.emplace(f.pattern, QRegularExpression(QString::fromUtf8(f.pattern))).first;
        const QRegularExpressionMatch m = it->second.match(text);
        if (!m.hasMatch())
            continue;
        QString out = QCoreApplication::translate("ReasonText", f.form);
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            out = out.arg(localisedWord(m.captured(i)));
        return out;
    }
    const QString title = reasonTitle(code);
    return title.isEmpty() ? text : QStringLiteral("%1\u3000%2").arg(title, text);
}

QString localisedOutcome(const QString& code)
{
    const QString title = reasonTitle(code);
    if (title.isEmpty() || QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return code;
    return title;
}

} // namespace accord::ui
