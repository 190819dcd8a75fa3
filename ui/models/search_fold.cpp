// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/search_fold.hpp"

namespace accord::ui {

QString foldForSearch(const QString& text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(normalised.size());
    bool space = true;  // drop leading spaces
    for (const QChar c : normalised) {
        if (c.isLetterOrNumber() || c.isMark()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(u' ');
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

QStringList searchWords(const QString& query)
{
    return foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace accord::ui
