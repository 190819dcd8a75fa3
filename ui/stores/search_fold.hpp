// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>
#include <QStringList>

namespace accord::ui {

/// Folds text for the instant filter: compatibility-normalised (full-width letters and digits become
/// ASCII), case-folded, Latin/Greek/Cyrillic accents removed, punctuation and symbols dropped, runs of
/// spaces collapsed. [any thread, pure]
QString foldForSearch(const QString& text);

/// Splits a typed query into folded words; every word must match somewhere for a row to match.
QStringList searchWords(const QString& query);

} // namespace accord::ui
