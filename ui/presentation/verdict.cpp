// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "presentation/verdict.hpp"

#include <QCoreApplication>

namespace accord::ui {

bool verdictPlays(Verdict v) noexcept
{
    return v != Verdict::Blocked; // an unidentified file that may not play is reported as Blocked
}

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Playable:
        return QCoreApplication::translate("Verdict", "Playable");
    case Verdict::Preview:
        return QCoreApplication::translate("Verdict", "Preview 0:30");
    case Verdict::Capped:
        return QCoreApplication::translate("Verdict", "Playable (capped)");
    case Verdict::Blocked:
        return QCoreApplication::translate("Verdict", "Blocked");
    case Verdict::Unidentified:
        return QCoreApplication::translate("Verdict", "Unidentified");
    case Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("Verdict", "Not checked yet");
}

const char* verdictKey(Verdict v) noexcept
{
    switch (v) {
    case Verdict::Playable:
        return "playable";
    case Verdict::Preview:
        return "preview";
    case Verdict::Capped:
        return "capped";
    case Verdict::Blocked:
        return "blocked";
    case Verdict::Unidentified:
        return "unidentified";
    case Verdict::Unknown:
        break;
    }
    return "unknown";
}

} // namespace accord::ui
