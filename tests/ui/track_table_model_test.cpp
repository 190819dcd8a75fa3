// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/track_table_model.hpp"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

#include "qt_catch.hpp"

using namespace accord::ui;

namespace {

std::shared_ptr<TrackStore> makeStore(int n)
{
    auto s = std::make_shared<TrackStore>();
    for (int i = 0; i < n; ++i) {
        TrackRecord r;
        r.trackId = i + 1;
        r.path = QStringLiteral("/music/%1.flac").arg(i);
        r.title = QStringLiteral("Track %1").arg(n - i, 4, 10, QLatin1Char('0'));
        r.artist = QStringLiteral("Artist ") + QChar(0x3b1 + i % 7); // Greek letters: never in a title
        r.album = QStringLiteral("Album ") + QChar(0x410 + i % 13);  // Cyrillic
        r.codec = QStringLiteral("FLAC");
        r.sampleRate = 44100;
        r.bitsPerSample = 16;
        r.durationMs = static_cast<std::uint32_t>(1000 * (60 + i % 300));
        r.verdict = i % 5 == 0 ? Verdict::Blocked : Verdict::Playable;
        r.mainReason = i % 5 == 0 ? QStringLiteral("No licence for CN") : QString();
        s->add(r);
    }
    s->finish();
    return s;
}

} // namespace

TEST_CASE("TrackTableModel passes QAbstractItemModelTester through load, filter and sort", "[ui][model]")
{
    TrackTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(makeStore(500));
    REQUIRE(model.rowCount() == 500);
    REQUIRE(model.columnCount() == TrackTableModel::ColumnCount);

    model.setFilterText(QStringLiteral("artist \u03b4"));
    const int artist3 = model.rowCount();
    CHECK(artist3 == 71); // i % 7 == 3 for i < 500
    CHECK(model.query().words.size() == 2);
    model.setFilterText(QStringLiteral("artist \u03b4 album \u0411")); // narrows: filters the previous result
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.data(model.index(r, TrackTableModel::Artist)).toString() ==
              QStringLiteral("Artist \u03b4"));
    CHECK(model.rowCount() > 0);
    CHECK(model.rowCount() < artist3);
    model.setFilterText(QString());
    CHECK(model.rowCount() == 500);

    model.sort(TrackTableModel::Title, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, TrackTableModel::Title)).toString() == QStringLiteral("Track 0001"));
    model.sort(TrackTableModel::Title, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, TrackTableModel::Title)).toString() == QStringLiteral("Track 0500"));
    // A sorted, filtered view keeps both.
    model.setFilterText(QStringLiteral("artist \u03b1"));
    const QString first = model.data(model.index(0, TrackTableModel::Title)).toString();
    const QString second = model.data(model.index(1, TrackTableModel::Title)).toString();
    CHECK(first > second);
}

TEST_CASE("TrackTableModel greys blocked rows and explains them in the tooltip", "[ui][model]")
{
    TrackTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(makeStore(10));
    const QModelIndex blocked = model.index(0, TrackTableModel::Title);
    const QModelIndex playable = model.index(1, TrackTableModel::Title);
    CHECK(model.data(blocked, TrackTableModel::VerdictRole).toInt() == int(Verdict::Blocked));
    CHECK(model.data(blocked, Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.data(playable, Qt::ForegroundRole).isValid());
    CHECK(model.data(blocked, Qt::ToolTipRole).toString().contains(QStringLiteral("No licence for CN")));
    CHECK(model.data(model.index(0, TrackTableModel::Status), Qt::DecorationRole).isValid());
    CHECK(model.data(model.index(1, TrackTableModel::Format)).toString() == QStringLiteral("FLAC 16/44.1"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVerdict(0, Verdict::Playable, QString());
    CHECK(changed.count() == 1);
    CHECK_FALSE(model.data(blocked, Qt::ForegroundRole).isValid());

    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 1), model.index(2, 2)}));
    REQUIRE(mime->urls().size() == 1);
    CHECK(mime->urls()[0].toLocalFile() == QStringLiteral("/music/2.flac"));
}

TEST_CASE("sorting keeps persistent indexes on their rows", "[ui][model]")
{
    TrackTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(makeStore(50));
    const QPersistentModelIndex p(model.index(10, TrackTableModel::Path));
    const QString path = p.data().toString();
    model.sort(TrackTableModel::Duration, Qt::DescendingOrder);
    CHECK(p.isValid());
    CHECK(p.data().toString() == path);
}

TEST_CASE("sort ranks: case-insensitive titles, artists with album order kept, a new store arrives sorted",
          "[ui][model]")
{
    auto s = std::make_shared<TrackStore>();
    const auto add = [&](const char* title, const char* artist, std::uint16_t track) {
        TrackRecord r;
        r.path = QStringLiteral("/m/%1").arg(QString::fromUtf8(title));
        r.title = QString::fromUtf8(title);
        r.artist = QString::fromUtf8(artist);
        r.trackNumber = track;
        s->add(r);
    };
    add("beta", "zed", 2);
    add("Alpha", "Ann", 2);
    add("gamma", "ann", 1);
    add("Delta", "zed", 1);
    s->finish();
    TrackTableModel model;
    const auto titles = [&] {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.data(model.index(r, TrackTableModel::Title)).toString();
        return out;
    };
    model.sort(TrackTableModel::Title, Qt::AscendingOrder); // before any store: remembered
    model.setStore(s);
    CHECK(titles() == QStringList{"Alpha", "beta", "Delta", "gamma"});
    model.sort(TrackTableModel::Title, Qt::DescendingOrder);
    CHECK(titles() == QStringList{"gamma", "Delta", "beta", "Alpha"});
    // "Ann" and "ann" rank alike; within an artist, track order.
    model.sort(TrackTableModel::Artist, Qt::AscendingOrder);
    CHECK(titles() == QStringList{"gamma", "Alpha", "Delta", "beta"});
    model.setFilterText(QStringLiteral("a")); // all four contain an "a"
    model.sort(TrackTableModel::Title, Qt::AscendingOrder);
    CHECK(titles() == QStringList{"Alpha", "beta", "Delta", "gamma"});
    model.setFilterText(QStringLiteral("ta")); // beta, Delta
    model.sort(TrackTableModel::Title, Qt::DescendingOrder);
    CHECK(titles() == QStringList{"Delta", "beta"});
}
