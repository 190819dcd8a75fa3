// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/reason_text.hpp"

#include <QCoreApplication>
#include <QLocale>

namespace accord::ui {

QString reasonTitle(const QString& code)
{
    static const struct {
        const char* code;
        const char* title;
    } kTitles[] = {
        {"licensed", QT_TRANSLATE_NOOP("Reason", "Licensed")},
        {"purchased", QT_TRANSLATE_NOOP("Reason", "Purchased")},
        {"no_deal", QT_TRANSLATE_NOOP("Reason", "No licence in the catalogue")},
        {"territory_not_licensed", QT_TRANSLATE_NOOP("Reason", "Not licensed in this territory")},
        {"licence_not_started", QT_TRANSLATE_NOOP("Reason", "Licence not started yet")},
        {"licence_ended", QT_TRANSLATE_NOOP("Reason", "Licence ended")},
        {"sublicence_outside_parent", QT_TRANSLATE_NOOP("Reason", "Sublicence outside its parent licence")},
        {"parent_licence_lapsed", QT_TRANSLATE_NOOP("Reason", "Parent licence lapsed")},
        {"tier_insufficient", QT_TRANSLATE_NOOP("Reason", "A higher subscription tier is required")},
        {"commercial_model_not_offered", QT_TRANSLATE_NOOP("Reason", "No tier offers this commercial model")},
        {"device_not_in_tier", QT_TRANSLATE_NOOP("Reason", "This device class is not in your tier")},
        {"preview_only", QT_TRANSLATE_NOOP("Reason", "Only a preview is licensed")},
        {"no_playback_use", QT_TRANSLATE_NOOP("Reason", "The licence grants no playback")},
        {"taken_down", QT_TRANSLATE_NOOP("Reason", "Taken down")},
        {"takedown_transition",
         QT_TRANSLATE_NOOP("Reason", "Taken down; still playable during the transition")},
        {"hires_requires_tier", QT_TRANSLATE_NOOP("Reason", "Hi-res requires SVIP")},
        {"unidentified_allowed", QT_TRANSLATE_NOOP("Reason", "Unidentified personal file: allowed")},
        {"unidentified_blocked", QT_TRANSLATE_NOOP("Reason", "Unidentified personal file: not allowed")},
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
