// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/cover_source.hpp"

#include "bridge/qt_convert.hpp"
#include "library/library_db.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace accord::ui {

namespace {

/// The embedded picture of a library track, written to the covers cache on first use.
FoundCover embeddedCover(const std::filesystem::path& dataDir, const QString& audioPath)
{
    const auto dbPath = library::LibraryDb::pathIn(dataDir);
    std::error_code ec;
    if (dataDir.empty() || !std::filesystem::exists(dbPath, ec))
        return {};
    auto db = library::LibraryDb::open(dbPath);
    if (!db.ok())
        return {};
    auto track = db->trackByPath(toPath(audioPath).string());
    if (!track.ok() || !track->has_value() || (*track)->coverHash.empty())
        return {};
    auto art = db->cover((*track)->coverHash);
    if (!art.ok() || !art->has_value())
        return {};
    const library::CoverArt& cover = **art;
    FoundCover found;
    const auto* bytes = reinterpret_cast<const uchar*>(cover.data.data());
    if (!found.image.loadFromData(bytes, static_cast<int>(cover.data.size())))
        return {};
    const QString ext = cover.mime == "image/png" ? QStringLiteral("png") : QStringLiteral("jpg");
    const QString dir = fromPath(dataDir / "covers");
    const QString file = dir + u'/' + toQString(cover.hash) + u'.' + ext;
    if (QFileInfo::exists(file) || (QDir().mkpath(dir) && [&] {
            QFile out(file + QStringLiteral(".part"));
            return out.open(QIODevice::WriteOnly) &&
                   out.write(reinterpret_cast<const char*>(bytes), static_cast<qint64>(cover.data.size())) ==
                       static_cast<qint64>(cover.data.size()) &&
                   out.flush() && QFile::rename(out.fileName(), file);
        }()))
        found.file = file;
    return found;
}

} // namespace

QString findCoverFile(const QString& audioPath)
{
    if (audioPath.isEmpty())
        return {};
    const QDir dir = QFileInfo(audioPath).absoluteDir();
    static const QStringList names{QStringLiteral("cover"), QStringLiteral("folder"), QStringLiteral("front"),
                                   QStringLiteral("album")};
    const QStringList files = dir.entryList(
        {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")}, QDir::Files);
    for (const QString& name : names)
        for (const QString& file : files)
            if (QFileInfo(file).completeBaseName().compare(name, Qt::CaseInsensitive) == 0)
                return dir.filePath(file);
    return {};
}

FoundCover findCover(const std::filesystem::path& dataDir, const QString& audioPath, int side)
{
    if (audioPath.isEmpty())
        return {};
    FoundCover found = embeddedCover(dataDir, audioPath);
    if (found.image.isNull()) {
        found.file = findCoverFile(audioPath);
        if (found.file.isEmpty() || !found.image.load(found.file))
            return {};
    }
    found.image = found.image.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    return found;
}

} // namespace accord::ui
