// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "stores/search_fold.hpp"

namespace accord::ui {

namespace {

bool isAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

/// Latin, Greek and Cyrillic accents (combining diacritical marks, U+0300..U+036F) off: "Beyoncé" and
/// "beyonce" fold alike. Marks of other scripts (Devanagari vowel signs, ...) carry meaning and stay.
QString withoutAccents(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.unicode() < 0x300 || c.unicode() > 0x36f)
            out.append(c);
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace

QString foldForSearch(const QString& text)
{
    if (isAscii(text)) {
        // The common case on a large library, without the normalisation passes.
        QString out;
        out.reserve(text.size());
        bool space = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                out.append(c);
                space = false;
            } else if (u >= u'A' && u <= u'Z') {
                out.append(QChar(static_cast<char16_t>(u + 32)));
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
    const QString normalised = withoutAccents(text.normalized(QString::NormalizationForm_KC).toCaseFolded());
    QString out;
    out.reserve(normalised.size());
    bool space = true; // drop leading spaces
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
