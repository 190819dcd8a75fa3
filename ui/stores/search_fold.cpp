// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "stores/search_fold.hpp"

#include "catalogue/model/text_fold.hpp"

#include <string>
#include <string_view>

namespace accord::ui {

QString foldForSearch(const QString& text)
{
    // The one fold (catalogue::foldText) works on UTF-8; ASCII converts both ways without decoding.
    const QByteArray utf8 = text.toUtf8();
    const std::string folded =
        catalogue::foldText(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return QString::fromUtf8(folded.data(), static_cast<qsizetype>(folded.size()));
}

QStringList searchWords(const QString& query)
{
    return foldForSearch(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace accord::ui
