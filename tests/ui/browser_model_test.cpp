// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "models/browser_model.hpp"

#include <QAbstractItemModelTester>

#include "qt_catch.hpp"

using namespace accord::ui;

TEST_CASE("BrowserModel lists artists with counts, All first and Unknown last", "[ui][model]")
{
    TrackStore store;
    for (const char* artist : {"Zed", "abba", "Zed", "", "Miles"}) {
        TrackRecord r;
        r.title = QStringLiteral("t");
        r.artist = QString::fromUtf8(artist);
        store.add(r);
    }
    store.finish();
    BrowserModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.rebuild(&store, Facet::Artist);
    REQUIRE(model.rowCount() == 5);
    CHECK(model.data(model.index(0)).toString().contains(QStringLiteral("5")));
    CHECK(model.data(model.index(1)).toString() == QStringLiteral("abba (1)"));
    CHECK(model.data(model.index(3)).toString() == QStringLiteral("Zed (2)"));
    CHECK(model.data(model.index(4), BrowserModel::CountRole).toInt() == 1);
    model.rebuild(nullptr, Facet::Album);
    CHECK(model.rowCount() == 1);
}
