// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// What a listener does in the first hour, on the real MainWindow (offscreen), the real player (null ALSA
// device), library service and gate, and the real `accord` executable: the Chinese window, a file started
// from the command line, closing with the tray icon shown, a second Accord with another data folder.
#include "application/translations.hpp"
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "desktop/single_instance.hpp"
#include "modal.hpp"
#include "models/queue_model.hpp"
#include "models/track_table_model.hpp"
#include "support/audio_fixtures.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <fstream>

#include "qt_catch.hpp"

using namespace accord;

namespace {

QString demoFile(const test::UiFixture& fx, const char* name)
{
    return QString::fromStdString((fx.dataDir() / "demo" / name).string());
}

bool hasCjk(const QString& s)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3400}-\\x{9fff}]"));
    return s.contains(cjk);
}

/// True when `s` is Chinese to a reader: it has Chinese characters, or it is only names, codes, numbers
/// and units that stay as they are in a Chinese UI.
bool readsChinese(const QString& s)
{
    if (hasCjk(s))
        return true;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    static const QStringList kept{QStringLiteral("Accord"), QStringLiteral("VIP"),    QStringLiteral("SVIP"),
                                  QStringLiteral("UTC"),    QStringLiteral("ISO"),    QStringLiteral("Hz"),
                                  QStringLiteral("kHz"),    QStringLiteral("English")};
    for (auto it = word.globalMatch(s); it.hasNext();)
        if (!kept.contains(it.next().captured()))
            return false;
    return true;
}

/// Every text of the dialog a listener sees, tab by tab, that does not read as Chinese.
QStringList englishLeftIn(ui::SettingsDialog* d)
{
    QStringList english;
    auto note = [&english](const QString& where, const QString& text) {
        if (!text.isEmpty() && !readsChinese(text))
            english << where + QStringLiteral(": ") + text;
    };
    note(QStringLiteral("title"), d->windowTitle());
    QTabWidget* tabs = d->tabs();
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        note(QStringLiteral("tab"), tabs->tabText(t));
        for (QWidget* child : d->findChildren<QWidget*>()) {
            if (!child->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(child))
                note(QStringLiteral("label"), label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(child);
                     button && !button->inherits("QToolButton"))
                note(QStringLiteral("button"), button->text());
            else if (auto* group = qobject_cast<QGroupBox*>(child))
                note(QStringLiteral("group"), group->title());
            else if (auto* combo = qobject_cast<QComboBox*>(child); combo && !combo->isEditable())
                note(QStringLiteral("choice"), combo->currentText()); // editable ones hold territory codes
        }
    }
    return english;
}

QLabel* statusMessage(ui::MainWindow& w, const QString& containing)
{
    for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
        if (l->text().contains(containing))
            return l;
    return nullptr;
}

} // namespace

TEST_CASE("switch to Chinese in Settings and every visible string of the settings dialog is Chinese, the QA "
          "bar too",
          "[ui][listener][i18n]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::UiFixture fx;
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    QStringList english;
    QString title;
    QStringList buttons;
    QString languageNote;
    auto ran = test::whenModal<ui::SettingsDialog>([&](ui::SettingsDialog* d) {
        // Language tab: choose 简体中文 and Apply, as a listener does; the dialog stays open.
        d->tabs()->setCurrentIndex(d->tabs()->count() - 1);
        auto* language = d->tabs()->currentWidget()->findChild<QComboBox*>();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        auto* box = d->findChild<QDialogButtonBox*>();
        QTest::mouseClick(box->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTest::qWait(100); // the pages are rebuilt in Chinese
        d->tabs()->setCurrentIndex(d->tabs()->count() - 1);
        for (QLabel* l : d->tabs()->currentWidget()->findChildren<QLabel*>())
            languageNote += l->text();
        english = englishLeftIn(d);
        title = d->windowTitle();
        for (QAbstractButton* b : box->buttons())
            buttons << b->text();
        // QA mode on, for the bar above the library.
        d->tabs()->setCurrentIndex(3);
        d->setQaEnabled(true);
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    // The gear beside the filter.
    QToolButton* gear = nullptr;
    for (QToolButton* b : w.findChildren<QToolButton*>())
        if (b->toolTip() == QStringLiteral("Settings"))
            gear = b;
    REQUIRE(gear != nullptr);
    QTest::mouseClick(gear, Qt::LeftButton);
    REQUIRE(*ran);

    CHECK(title == QStringLiteral("\u8bbe\u7f6e")); // 设置
    INFO("English left: " << english.join(QStringLiteral(" | ")).toStdString());
    CHECK(english.isEmpty());
    // Qt's own buttons come from Qt's translation (qtbase_zh_CN.qm): 确定 / 取消 / 应用.
    CHECK(buttons.contains(QStringLiteral("\u786e\u5b9a")));
    CHECK(buttons.contains(QStringLiteral("\u53d6\u6d88")));
    CHECK(buttons.contains(QStringLiteral("\u5e94\u7528")));
    // The switch is live: nothing says "next start".
    CHECK_FALSE(languageNote.contains(QStringLiteral("\u4e0b\u6b21\u542f\u52a8"))); // 下次启动

    auto* banner = w.findChild<QLabel*>(QStringLiteral("qaBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("\u684c\u9762"))); // 桌面 (desktop)
    CHECK_FALSE(banner->text().contains(QStringLiteral("desktop")));
    CHECK(readsChinese(banner->text().remove(QStringLiteral("QA"))));
    ui::installTranslations(QStringLiteral("en"));
}

TEST_CASE("in Chinese, a blocked track is skipped and every reason of the why panel reads in Chinese",
          "[ui][listener][i18n]")
{
    ui::installTranslations(QStringLiteral("zh_CN"));
    test::UiFixture fx;
    fx.settings().setLanguage(QStringLiteral("zh_CN"));
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(fx.loadDemo());

    // Every verdict of the demo explained: the reasons are sentences in Chinese, with their dates and codes.
    const QStringList englishReasons{QStringLiteral("Licence "),   QStringLiteral("No licence"),
                                     QStringLiteral("Licensed"),   QStringLiteral("required"),
                                     QStringLiteral("preview is"), QStringLiteral("Unidentified"),
                                     QStringLiteral("Taken down"), QStringLiteral("Deal "),
                                     QStringLiteral("desktop"),    QStringLiteral("Purchased")};
    auto* model = w.library()->trackModel();
    REQUIRE(model->rowCount() >= 5);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString title = model->data(model->index(r, 1)).toString();
        QSignalSpy shown(fx.app().library(), &ui::LibraryService::explanationReady);
        Q_EMIT w.explainRequested(model->storeIndexAt(r));
        REQUIRE(shown.wait(10000));
        const QString text = w.whyPanel()->plainText();
        INFO(title.toStdString() << ": " << text.toStdString());
        for (const QString& e : englishReasons)
            CHECK_FALSE(text.contains(e));
    }

    // "Last Summer"'s licence ended: the player skips it and says why, in Chinese.
    fx.app().enqueue({demoFile(fx, "02 - Last Summer.flac"), demoFile(fx, "01 - Open Skies.flac")}, -1, true);
    QLabel* message = nullptr;
    for (int i = 0; i < 200 && message == nullptr; ++i) {
        QTest::qWait(50);
        message = statusMessage(w, QStringLiteral("\u5df2\u8df3\u8fc7")); // 已跳过
    }
    REQUIRE(message != nullptr);
    INFO(message->text().toStdString());
    CHECK(message->text().contains(QStringLiteral("\u6388\u6743"))); // 授权 (licence)
    CHECK_FALSE(message->text().contains(QStringLiteral("Licence")));
    ui::installTranslations(QStringLiteral("en"));
}

TEST_CASE("start accord with a file and see its title and artist, not its file name", "[ui][listener]")
{
    ui::installTranslations(QStringLiteral("en"));
    test::TempDir files{"accord-file"};
    const auto wav = files.path() / "track07.wav";
    const auto flac = files.path() / "track07.flac";
    test::makeWav(wav, 20.0, 3);
    test::encode(wav, flac);
    test::tagFile(flac, {{"TITLE", "Harbour Lights"}, {"ARTIST", "The Test Band"}, {"ALBUM", "Night Ferry"}});
    const QString path = QString::fromStdString(flac.string());

    test::UiFixture fx; // an empty library: the file is not in it
    auto& w = *fx.app().window();
    w.show();
    QStringList titles;
    QObject::connect(&w, &QWidget::windowTitleChanged, &w, [&titles](const QString& t) { titles << t; });
    // Paused as soon as it starts: the null device would otherwise play 20 s in a blink.
    QObject::connect(fx.app().player(), &ui::PlayerBridge::trackChanged, fx.app().player(),
                     [&fx](const ui::NowPlayingInfo& i) {
                         if (i.valid())
                             fx.app().player()->pause();
                     });
    fx.app().enqueue({path}, -1, true); // what `accord FILE` does (app/accord/main.cpp)

    auto* queue = fx.app().queue();
    for (int i = 0; i < 200 && !(queue->rowCount() == 1 &&
                                 queue->entries().at(0).title == QStringLiteral("Harbour Lights"));
         ++i)
        QTest::qWait(25);
    REQUIRE(queue->rowCount() == 1);
    CHECK(queue->entries().at(0).title == QStringLiteral("Harbour Lights"));
    CHECK(queue->entries().at(0).artist == QStringLiteral("The Test Band"));
    for (int i = 0; i < 200 && !titles.contains(QStringLiteral("The Test Band \u2014 Harbour Lights")); ++i)
        QTest::qWait(25);
    INFO(titles.join(QStringLiteral(" | ")).toStdString());
    CHECK(titles.contains(QStringLiteral("The Test Band \u2014 Harbour Lights")));
    for (const QString& t : titles)
        CHECK_FALSE(t.contains(QStringLiteral("track07")));
}

TEST_CASE("close the window with the tray shown and keep running; it is asked once", "[ui][listener][tray]")
{
    ui::installTranslations(QStringLiteral("en"));
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false); // a window that does close must not end the test run
    test::UiFixture fx;
    auto* w = fx.app().window();
    // The offscreen platform has no tray; on a desktop with one, UiApplication sets this from TrayIcon.
    w->setTrayShown(true);
    w->show();
    QSignalSpy closing(w, &ui::MainWindow::closing);

    SECTION("keep running")
    {
        QString question;
        auto asked = test::whenModal<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(QStringLiteral("Keep running")))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        CHECK_FALSE(w->close()); // the close is turned into hiding
        CHECK(*asked);
        CHECK(question.contains(QStringLiteral("tray")));
        CHECK_FALSE(w->isVisible());
        CHECK(closing.isEmpty());
        REQUIRE(fx.settings().keepRunningInTray().has_value());
        CHECK(*fx.settings().keepRunningInTray());

        // Shown again from the tray and closed again: not asked a second time, and after a restart neither.
        w->show();
        auto askedAgain = test::whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); });
        CHECK_FALSE(w->close());
        QTest::qWait(100);
        CHECK_FALSE(*askedAgain);
        CHECK_FALSE(w->isVisible());
        fx.restart();
        w = fx.app().window();
        w->setTrayShown(true);
        w->show();
        CHECK_FALSE(w->close());
        QTest::qWait(100);
        CHECK_FALSE(*askedAgain);
        CHECK_FALSE(w->isVisible());
    }
    SECTION("quit")
    {
        auto asked = test::whenModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons())
                if (b->text().contains(QStringLiteral("Quit")))
                    QTest::mouseClick(b, Qt::LeftButton);
        });
        CHECK(w->close());
        CHECK(*asked);
        CHECK(closing.count() == 1);
        REQUIRE(fx.settings().keepRunningInTray().has_value());
        CHECK_FALSE(*fx.settings().keepRunningInTray());
    }
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
}

TEST_CASE("each data folder keeps its own queue", "[ui][listener][session]")
{
    test::TempDir dir{"accord-session"};
    const auto alsa = dir.path() / "asound.conf";
    std::ofstream(alsa) << "pcm.default { type null }\n";
    qputenv("ALSA_CONFIG_PATH", QByteArray::fromStdString(alsa.string()));
    const auto wav = dir.path() / "a.wav";
    test::makeWav(wav, 1.0, 1);
    const QString file = QString::fromStdString(wav.string());
    QSettings qs(QString::fromStdString((dir.path() / "accord.conf").string()), QSettings::IniFormat);
    ui::AppSettings settings(&qs);

    auto session = [&](const char* folder, bool enqueue) {
        playback::Player player;
        ui::UiApplication::Options options;
        options.dataDir = dir.path() / folder;
        options.registerMpris = false;
        options.trayIcon = false;
        ui::UiApplication app(player, settings, options);
        if (enqueue) {
            QSignalSpy enqueued(&app, &ui::UiApplication::enqueued);
            app.enqueue({file});
            REQUIRE(enqueued.wait(10000));
        }
        const int rows = app.queue()->rowCount();
        app.saveSession();
        return rows;
    };
    CHECK(session("music-a", true) == 1);
    CHECK(session("music-b", false) == 0); // another folder: not A's queue
    CHECK(session("music-a", false) == 1); // A's queue is still A's
}

#ifdef ACCORD_GUI_PATH
TEST_CASE("start a second accord with another data folder and it runs its own window instead of exiting",
          "[ui][listener][process]")
{
    // A private desktop (user-testing.md): own settings, own runtime and temp folders, so its own socket.
    test::TempDir home{"accord-instances"};
    const auto root = home.path();
    for (const char* d : {"data", "config", "cache", "run", "tmp"})
        std::filesystem::create_directories(root / d);
    std::filesystem::permissions(root / "run", std::filesystem::perms::owner_all);
    std::ofstream(root / "asound.conf") << "pcm.default { type null }\n";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto q = [&root](const char* d) { return QString::fromStdString((root / d).string()); };
    env.insert(QStringLiteral("XDG_DATA_HOME"), q("data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), q("config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), q("cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), q("run"));
    env.insert(QStringLiteral("TMPDIR"), q("tmp"));
    env.insert(QStringLiteral("ALSA_CONFIG_PATH"), q("asound.conf"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no MPRIS name clash with a real session

    auto start = [&](QProcess& p, const QStringList& args) {
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(ACCORD_GUI_PATH));
        p.setArguments(args);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start();
        REQUIRE(p.waitForStarted(10000));
    };
    auto waitFor = [](const std::filesystem::path& file) {
        for (int i = 0; i < 200 && !std::filesystem::exists(file); ++i)
            QTest::qWait(100);
        return std::filesystem::exists(file);
    };
    QProcess first;
    start(first, {QStringLiteral("--data-dir"), q("music-a")});
    REQUIRE(waitFor(root / "music-a" / "library.db"));
    QTest::qWait(500); // listening by now: the socket opens before the window

    QProcess second;
    start(second, {QStringLiteral("--data-dir"), q("music-b")});
    const bool exited = second.waitForFinished(4000);
    CHECK_FALSE(exited); // still running: its own Accord, not handed to the first
    CHECK(waitFor(root / "music-b" / "library.db"));

    // The same folder again is handed to the first instance, which takes the file; this one ends at once.
    QProcess third;
    start(third, {QStringLiteral("--data-dir"), q("music-a"), q("asound.conf")});
    REQUIRE(third.waitForFinished(10000));
    CHECK(third.exitStatus() == QProcess::NormalExit);
    CHECK(third.exitCode() == 0);
    CHECK(first.state() == QProcess::Running);

    for (QProcess* p : {&first, &second}) {
        p->terminate();
        if (!p->waitForFinished(10000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
}
#endif

TEST_CASE("in Chinese, every menu, button, label, header and tooltip of the main window is Chinese",
          "[ui][listener][i18n]")
{
    ui::installTranslations(QStringLiteral("zh_CN"));
    test::UiFixture fx;
    fx.settings().setLanguage(QStringLiteral("zh_CN"));
    auto& w = *fx.app().window();
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto sweep = [&w] {
        QStringList english;
        auto note = [&english](const char* where, const QString& text) {
            if (!text.isEmpty() && !readsChinese(text))
                english << QString::fromLatin1(where) + QStringLiteral(": ") + text;
        };
        note("title", w.windowTitle());
        for (QWidget* child : w.findChildren<QWidget*>()) {
            if (!child->isVisible())
                continue;
            note("tooltip", child->toolTip());
            note("accessible name", child->accessibleName());
            if (auto* label = qobject_cast<QLabel*>(child))
                note("label", label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(child))
                note("button", button->text());
            else if (auto* edit = qobject_cast<QLineEdit*>(child))
                note("placeholder", edit->placeholderText());
            else if (auto* combo = qobject_cast<QComboBox*>(child))
                note("choice", combo->currentText());
        }
        for (QAction* menu : w.menuBar()->actions()) {
            note("menu", menu->text());
            if (menu->menu() != nullptr)
                for (QAction* a : menu->menu()->actions()) {
                    note("menu item", a->text());
                    note("menu tip", a->toolTip() == QString(a->text()).remove(QLatin1Char('&'))
                                         ? QString()
                                         : a->toolTip());
                }
        }
        auto* model = w.library()->table()->model();
        for (int c = 0; c < model->columnCount(); ++c)
            note("column", model->headerData(c, Qt::Horizontal).toString());
        return english;
    };
    const QStringList firstRun = sweep();
    INFO("first run, English left: " << firstRun.join(QStringLiteral(" | ")).toStdString());
    CHECK(firstRun.isEmpty());
    REQUIRE(fx.loadDemo());
    QTest::qWait(100);
    const QStringList withLibrary = sweep();
    INFO("demo library, English left: " << withLibrary.join(QStringLiteral(" | ")).toStdString());
    CHECK(withLibrary.isEmpty());
    ui::installTranslations(QStringLiteral("en"));
}
