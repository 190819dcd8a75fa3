// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The Chinese window as a listener switches to it: the settings dialog (Qt's own buttons included), the
// QA bar, the why panel's reasons, a skipped track's message, every menu, label and tooltip of the window.
// On the real MainWindow (offscreen), player (null ALSA device), library service and gate.
#include "application/translations.hpp"
#include "bridge/library_service.hpp"
#include "bridge/player_bridge.hpp"
#include "modal.hpp"
#include "models/track_table_model.hpp"
#include "ui_fixture.hpp"
#include "widgets/library_pane.hpp"
#include "widgets/why_panel.hpp"
#include "windows/main_window.hpp"
#include "windows/settings_dialog.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
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
