// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

namespace accord::ui {

/// A short translated name for a stable licence reason code ("licence_ended" -> "Licence ended");
/// empty for an unknown code. [any thread, once translators are installed]
QString reasonTitle(const QString& code);

/// The reason as the listener reads it: the core's English sentence in English; in another language the
/// same sentence translated, its dates, territories, tiers and deal keys carried over. A sentence in a form
/// the UI does not know shows the translated title followed by the English. Licence codes and the player's
/// skip codes ("blocked", "decode-error", "not-found", "unsupported-format") are known.
/// [any thread, once translators are installed]
QString localisedReason(const QString& code, const QString& text);

/// A deal's outcome (a reason code) as the why panel lists it: the code in English, which QA reads beside
/// `accordctl decide`; the translated title in another language. [any thread, once translators are installed]
QString localisedOutcome(const QString& code);

} // namespace accord::ui
