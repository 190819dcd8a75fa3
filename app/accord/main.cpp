// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// accord: the Qt Widgets player. QApplication + the player facade + the UI's composition root.
#include "application/app_settings.hpp"
#include "application/translations.hpp"
#include "application/ui_application.hpp"
#include "base/paths.hpp"
#include "bridge/qt_convert.hpp"
#include "desktop/single_instance.hpp"
#include "playback/player.hpp"
#include "sync/lease_key_provider.hpp"
#include "windows/main_window.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char** argv)
{
    using namespace accord;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("accord"));
    QApplication::setApplicationName(QStringLiteral("accord"));
    QApplication::setApplicationDisplayName(QStringLiteral("Accord"));
    QApplication::setApplicationVersion(QStringLiteral(ACCORD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.accord.Accord"));
    QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Gapless, bit-perfect, licence-aware music player"));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Library and catalogue folder."), QStringLiteral("DIR")});
    cli.addOption({QStringLiteral("new-instance"), QStringLiteral("Do not hand files to a running Accord.")});
    cli.addOption({QStringLiteral("demo"), QStringLiteral("Load the demo library if the library is empty.")});
    cli.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files or folders to enqueue."),
                              QStringLiteral("[FILE...]"));
    cli.process(app);
    QStringList files;
    for (const QString& f : cli.positionalArguments())
        files << QFileInfo(f).absoluteFilePath();

    const std::filesystem::path dataDir = cli.isSet(QStringLiteral("data-dir"))
                                              ? ui::toPath(cli.value(QStringLiteral("data-dir")))
                                              : base::defaultDataDir();
    // One instance per data folder: `--data-dir OTHER` beside a running Accord starts its own window.
    ui::SingleInstance single(ui::SingleInstance::keyFor(dataDir));
    if (!cli.isSet(QStringLiteral("new-instance"))) {
        if (single.forwardToRunning(files))
            return 0;
        single.listen();
    }

    ui::AppSettings settings;
    ui::installTranslations(settings.language());
    // The subscriber's downloaded .acx tracks decrypt with the keys of the synced lease (none without one).
    playback::PlayerOptions playerOptions;
    auto contentKeys = std::make_shared<sync::LeaseKeyProvider>(dataDir);
    playerOptions.contentKeys = contentKeys;
    playback::Player player(playerOptions);
    ui::UiApplication::Options options;
    options.dataDir = dataDir;
    options.contentKeys = contentKeys; // refreshed after each sync in the window
    options.demoIfEmpty = cli.isSet(QStringLiteral("demo"));
    ui::UiApplication accord(player, settings, options);
    QObject::connect(&single, &ui::SingleInstance::filesReceived, &accord,
                     [&accord](const QStringList& received) {
                         accord.enqueue(received);
                         accord.window()->showNormal();
                         accord.window()->raise();
                         accord.window()->activateWindow();
                     });
    accord.show();
    if (!files.isEmpty())
        accord.enqueue(files, -1, true);
    const int rc = QApplication::exec();
    accord.saveSession();
    return rc;
}
