// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

namespace accord::ui {

/// A short translated name for a stable licence reason code ("licence_ended" -> "Licence ended");
/// empty for an unknown code. [any thread, once translators are installed]
QString reasonTitle(const QString& code);

/// The reason as the listener reads it: the core's English sentence (which carries the dates, territories
/// and notices) in English; in another language the translated title followed by that sentence.
QString localisedReason(const QString& code, const QString& text);

} // namespace accord::ui
