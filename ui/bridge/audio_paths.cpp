// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/audio_paths.hpp"

#include "audio/track_range.hpp"
#include "bridge/qt_convert.hpp"

#include <QDirIterator>
#include <QFileInfo>

namespace accord::ui {

bool isAudioFile(const QString& path)
{
    static const QStringList kExt{QStringLiteral("flac"), QStringLiteral("mp3"),  QStringLiteral("ogg"),
                                  QStringLiteral("oga"),  QStringLiteral("opus"), QStringLiteral("wav"),
                                  QStringLiteral("aiff"), QStringLiteral("aif")};
    return kExt.contains(QFileInfo(path).suffix().toLower());
}

QStringList expandPaths(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString f = it.next();
                if (isAudioFile(f))
                    found << f;
            }
            found.sort();
            out << found;
        } else if (info.isFile()) {
            out << info.absoluteFilePath();
        } else if (const auto range = audio::parseRangePath(toPath(p).native());
                   range && QFileInfo(fromPath(range->file)).isFile()) {
            out << p; // a CUE track: a range of its album's file
        }
    }
    return out;
}

} // namespace accord::ui
