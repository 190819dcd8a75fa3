// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/queue_model.hpp"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

#include "qt_catch.hpp"

using namespace accord::ui;

namespace {

QList<QueueEntry> entries(int n, quint64 firstId = 1)
{
    QList<QueueEntry> out;
    for (int i = 0; i < n; ++i)
        out.push_back({firstId + quint64(i), QStringLiteral("/q/%1.flac").arg(firstId + quint64(i)),
                       QStringLiteral("T%1").arg(firstId + quint64(i)), QStringLiteral("A"), 1000,
                       Verdict::Playable});
    return out;
}

QList<quint64> ids(const QueueModel& m)
{
    QList<quint64> out;
    for (const QueueEntry& e : m.entries())
        out.push_back(e.id);
    return out;
}

} // namespace

TEST_CASE("QueueModel edits pass the model tester and announce user edits", "[ui][model][queue]")
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy moved(&model, &QueueModel::userMoved);
    QSignalSpy removed(&model, &QueueModel::userRemoved);
    model.setEntries(entries(5));
    model.insertEntries(1, entries(2, 10));
    CHECK(ids(model) == QList<quint64>{1, 10, 11, 2, 3, 4, 5});
    model.moveEntry(1, 6);
    CHECK(ids(model) == QList<quint64>{10, 11, 2, 3, 4, 5, 1});
    model.moveEntry(5, 0);
    CHECK(ids(model) == QList<quint64>{5, 10, 11, 2, 3, 4, 1});
    CHECK(moved.count() == 2);
    CHECK(moved.at(1).at(0).toULongLong() == 5);
    CHECK(moved.at(1).at(1).toInt() == 0);
    model.removeEntry(11);
    CHECK(ids(model) == QList<quint64>{5, 10, 2, 3, 4, 1});
    REQUIRE(removed.count() == 1);
    CHECK(model.totalDurationMs() == 6000);
    model.clearEntries();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("QueueModel shuffle keeps the current entry first and every entry once", "[ui][model][queue]")
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries(20));
    model.setCurrentId(7);
    model.shuffleEntries(42);
    QList<quint64> after = ids(model);
    CHECK(after.front() == 7);
    std::sort(after.begin(), after.end());
    QList<quint64> expected;
    for (quint64 i = 1; i <= 20; ++i)
        expected.push_back(i);
    CHECK(after == expected);
    CHECK(ids(model) != expected);
    CHECK(model.data(model.index(0), QueueModel::CurrentRole).toBool());
}

TEST_CASE("QueueModel drops: ids reorder, files are announced", "[ui][model][queue]")
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(entries(4));
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0), model.index(1)}));
    REQUIRE(model.canDropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
    REQUIRE(model.dropMimeData(mime.get(), Qt::MoveAction, 4, 0, {}));
    CHECK(ids(model) == QList<quint64>{3, 4, 1, 2});

    QSignalSpy dropped(&model, &QueueModel::filesDropped);
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(QStringLiteral("/music/x.flac"))});
    REQUIRE(model.dropMimeData(&files, Qt::CopyAction, 1, 0, {}));
    REQUIRE(dropped.count() == 1);
    CHECK(dropped.at(0).at(0).toInt() == 1);
    CHECK(dropped.at(0).at(1).toStringList() == QStringList{QStringLiteral("/music/x.flac")});
}
