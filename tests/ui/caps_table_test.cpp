// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// The library table says "Capped" exactly where the player's engine applies a licence cap: 32-bit PCM and
// float WAV files under the hi-res cap as well as the standard one, a 16-bit file under neither.
#include "audio/decoder.hpp"
#include "audio/pcm_writer.hpp"
#include "bridge/library_service.hpp"
#include "catalogue/db/catalogue.hpp"
#include "catalogue/import/catalogue_importer.hpp"
#include "identify/fingerprinter.hpp"
#include "stores/track_store.hpp"
#include "support/audio_fixtures.hpp"
#include "support/temp_dir.hpp"

#include "qt_catch.hpp"
#include "ui_fixture.hpp"

#include <QSignalSpy>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace accord;

namespace {

// The same melody as a 32-bit integer or float WAV (the 16-bit samples, MSB-aligned).
void rewrite(const std::filesystem::path& from, const std::filesystem::path& to, bool int32)
{
    auto dec = audio::openDecoder(from);
    REQUIRE(dec.ok());
    const audio::AudioFormat fmt = (*dec)->format();
    REQUIRE(fmt.sampleFormat == audio::SampleFormat::S16);
    std::vector<std::int16_t> pcm(((*dec)->frames() + 1) * fmt.channels);
    auto got = (*dec)->read(pcm.data(), pcm.size() / fmt.channels);
    REQUIRE(got.ok());
    std::vector<std::int32_t> wide(*got * fmt.channels);
    for (std::size_t i = 0; i < wide.size(); ++i)
        wide[i] = static_cast<std::int32_t>(pcm[i]) * 65536;
    audio::PcmFileSpec spec{audio::Container::Wav, fmt.sampleRate, fmt.channels, 32};
    spec.int32 = int32;
    REQUIRE(audio::writePcmFile(to, spec, wide).ok());
}

} // namespace

TEST_CASE("the table shows Capped for 32-bit and float PCM under hi-res and standard caps",
          "[ui][app][caps][slow]")
{
    test::TempDir dir("accord-ui-caps");
    const auto music = dir / "music";
    test::makeMelodyWav(dir / "src.wav", 20.0, 21);
    test::makeMelodyWav(music / "cd.wav", 20.0, 21);
    rewrite(dir / "src.wav", music / "int32.wav", true);
    rewrite(dir / "src.wav", music / "float.wav", false);
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
    ui::ListenerContext listener;
    listener.tier = QStringLiteral("svip");
    library.setContext(listener);
    REQUIRE(decided.wait(60000));
    library.scan({QString::fromStdString(music.string())});
    REQUIRE(decided.wait(120000));
    REQUIRE(store);
    REQUIRE(store->size() == 3);

    auto check = [&](const char* tier) {
        for (const ui::TrackRow& row : store->rows()) {
            INFO(tier << " " << row.path.toStdString());
            if (row.path.endsWith(QStringLiteral("cd.wav")))
                CHECK(row.verdict == ui::Verdict::Playable);
            else
                CHECK(row.verdict == ui::Verdict::Capped);
        }
    };
    check("svip");

    listener.tier = QStringLiteral("vip");
    library.setContext(listener);
    REQUIRE(decided.wait(60000));
    check("vip");
}
