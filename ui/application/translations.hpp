// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>

namespace accord::ui {

/// Installs Accord's and Qt's translators for `language` ("en", "zh_CN", or "" for the system locale).
/// Accord's translations are embedded under :/i18n. Replaces the translators of an earlier call, so the
/// language can change while the window is open. Returns the language actually used. [GUI thread]
QString installTranslations(const QString& language);

} // namespace accord::ui
