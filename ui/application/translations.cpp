// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "application/translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <vector>

namespace accord::ui {

namespace {

/// The translators installed by the last call, removed by the next: switching languages live.
std::vector<QTranslator*>& installed()
{
    static std::vector<QTranslator*> translators;
    return translators;
}

bool install(QTranslator* translator)
{
    QCoreApplication::installTranslator(translator);
    installed().push_back(translator);
    return true;
}

} // namespace

QString installTranslations(const QString& language)
{
    // Removing and installing translators sends QEvent::LanguageChange to every widget: the window
    // retranslates itself (see widgets/retranslator.hpp).
    for (QTranslator* t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    if (locale.language() == QLocale::English) {
        // English needs only its plural forms ("1 track", "2 tracks").
        auto* plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/accord_en.qm")))
            install(plurals);
        else
            delete plurals;
        QLocale::setDefault(QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    auto* accord = new QTranslator(QCoreApplication::instance());
    if (!accord->load(locale, QStringLiteral("accord"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete accord;
        return QStringLiteral("en");
    }
    install(accord);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace accord::ui
