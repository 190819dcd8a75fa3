// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
// Now-playing cover art: the library's embedded picture first, the folder's art next, else nothing.
#include "bridge/cover_source.hpp"
#include "bridge/qt_convert.hpp"
#include "library/batch_writer.hpp"
#include "library/content_hash.hpp"
#include "support/temp_dir.hpp"

#include "qt_catch.hpp"

#include <QBuffer>
#include <QFileInfo>

using namespace accord;

namespace {

std::vector<std::uint8_t> pngOf(QColor colour)
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return {bytes.begin(), bytes.end()};
}

void addTrack(const std::filesystem::path& dataDir, const std::string& path,
              std::optional<library::CoverArt> cover)
{
    auto writer = library::BatchWriter::start(dataDir / "library.db", {});
    REQUIRE(writer.ok());
    library::ReadTask task;
    task.file.path = path;
    task.file.size = 1000;
    task.file.mtimeNs = 1;
    library::ReadOutcome outcome;
    outcome.contentHash = 42;
    library::TrackInfo info;
    info.tags.title = "Covered";
    info.tags.cover = std::move(cover);
    info.audio.durationMs = 1000;
    info.audio.sampleRate = 44100;
    info.audio.bitDepth = 16;
    info.audio.channels = 2;
    info.audio.codec = "flac";
    outcome.track = std::move(info);
    (*writer)->submit(std::move(task), std::move(outcome));
    REQUIRE((*writer)->finish(false).ok());
}

} // namespace

TEST_CASE("the embedded cover comes first, cached as a file for MPRIS, folder art is the fallback",
          "[ui][cover]")
{
    test::TempDir dir("accord-cover");
    const auto album = dir / "album";
    std::filesystem::create_directories(album);
    QImage folderArt(30, 30, QImage::Format_RGB32);
    folderArt.fill(Qt::blue);
    REQUIRE(folderArt.save(ui::fromPath(album / "folder.jpg")));

    const std::string embeddedTrack = (album / "a.flac").string();
    const std::string plainTrack = (album / "b.flac").string();
    library::CoverArt art;
    art.mime = "image/png";
    art.data = pngOf(Qt::red);
    art.hash = library::hashHex128(art.data);
    addTrack(dir.path(), embeddedTrack, art);
    addTrack(dir.path(), plainTrack, std::nullopt);

    const ui::FoundCover embedded = ui::findCover(dir.path(), ui::toQString(embeddedTrack), 64);
    REQUIRE_FALSE(embedded.image.isNull());
    CHECK(embedded.image.size() == QSize(64, 64));
    CHECK(embedded.image.pixelColor(32, 32) == QColor(Qt::red));
    CHECK(embedded.file == ui::fromPath(dir / "covers" / (art.hash + ".png")));
    CHECK(QFileInfo(embedded.file).size() == static_cast<qint64>(art.data.size()));

    const ui::FoundCover folder = ui::findCover(dir.path(), ui::toQString(plainTrack), 64);
    REQUIRE_FALSE(folder.image.isNull());
    CHECK(folder.file == ui::fromPath(album / "folder.jpg"));
    CHECK(folder.image.pixelColor(32, 32).blue() > 200);

    // Outside the library and with no art beside it: nothing (the view draws its placeholder).
    const auto elsewhere = dir / "elsewhere";
    std::filesystem::create_directories(elsewhere);
    CHECK(ui::findCover(dir.path(), ui::fromPath(elsewhere / "c.flac"), 64).image.isNull());
    CHECK(ui::findCover(dir.path(), QString(), 64).file.isEmpty());
}
