// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace accord::ui {

QString installTranslations(const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    if (locale.language() == QLocale::English) {
        // English needs only its plural forms ("1 track", "2 tracks").
        auto* plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/accord_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return QStringLiteral("en");
    }
    auto* accord = new QTranslator(QCoreApplication::instance());
    if (!accord->load(locale, QStringLiteral("accord"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete accord;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(accord);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace accord::ui
