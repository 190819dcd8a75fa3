// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QString>
#include <QStringList>

namespace accord::ui {

/// Folds text for the instant filter with Accord's one text fold, catalogue::foldText (text_fold.hpp,
/// which the catalogue's identification keys use too): compatibility forms made plain (full-width letters
/// and digits become ASCII), case folded, Latin/Greek/Cyrillic accents removed, apostrophes dropped,
/// other punctuation and symbols a separator, runs of spaces collapsed. [any thread, pure]
QString foldForSearch(const QString& text);

/// Splits a typed query into folded words; every word must match somewhere for a row to match.
QStringList searchWords(const QString& query);

} // namespace accord::ui
