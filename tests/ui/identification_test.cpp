// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The library table and the player decide through one identification path: a file the catalogue knows only
// by its audio fingerprint (no ISRC tag) shows the verdict in the table that the player's gate applies.
#include "bridge/library_service.hpp"
#include "bridge/qt_convert.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "identify/fingerprinter.hpp"
#include "playback/judge_track_gate.hpp"
#include "presentation/decision_text.hpp"
#include "stores/track_store.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include "qt_catch.hpp"
#include "ui_fixture.hpp"

#include <QSignalSpy>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace accord;

TEST_CASE("the table's verdicts are the player's: a fingerprint-identified file plays in both",
          "[ui][app][slow]")
{
    test::TempDir dir("accord-ui-ident");
    const auto music = dir / "music";
    test::makeMelodyWav(dir / "src.wav", 20.0, 11);
    test::makeMelodyWav(music / "untagged copy.wav", 20.0, 11); // the catalogue's recording, no tags at all
    test::makeMelodyWav(music / "personal.wav", 20.0, 12);      // not in the catalogue
    auto fp = identify::fingerprintFile(dir / "src.wav");
    REQUIRE(fp.ok());
    test::writeFingerprintCatalogue(dir.path(), *fp);

    ui::LibraryService library(dir.path());
    std::shared_ptr<ui::TrackStore> store;
    QObject::connect(&library, &ui::LibraryService::libraryLoaded, &library,
                     [&](std::shared_ptr<ui::TrackStore> s, qint64) { store = s; });
    QObject::connect(&library, &ui::LibraryService::verdictsReady, &library,
                     [&](const std::vector<ui::VerdictUpdate>& updates) {
                         for (const ui::VerdictUpdate& u : updates)
                             store->setVerdict(u.index, u.verdict, u.mainReason);
                     });
    QSignalSpy decided(&library, &ui::LibraryService::decisionsFinished);
    const ui::ListenerContext listener; // US, free, desktop, now
    library.setContext(listener);
    REQUIRE(decided.wait(60000));
    library.scan({QString::fromStdString(music.string())});
    REQUIRE(decided.wait(120000));
    REQUIRE(store);
    REQUIRE(store->size() == 2);

    // The player's gate, made as the window makes it, over a Judge on the same data folder.
    playback::JudgeTrackGate gate(std::make_shared<judgement::Judge>(dir.path()), ui::toListener(listener));
    for (const ui::TrackRow& row : store->rows()) {
        INFO(row.path.toStdString());
        const playback::GateVerdict v = gate.check(ui::toPath(row.path));
        CHECK(ui::verdictPlays(row.verdict) == (v.kind != licence::Verdict::Blocked));
        if (row.path.endsWith(QStringLiteral("untagged copy.wav"))) {
            CHECK(row.verdict == ui::Verdict::Playable);
            CHECK(v.kind == licence::Verdict::Playable);
        } else {
            CHECK(row.verdict == ui::Verdict::Blocked); // unknown to the catalogue; the policy says no
            CHECK(v.kind == licence::Verdict::Blocked);
        }
    }
}
