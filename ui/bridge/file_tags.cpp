// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/file_tags.hpp"

#include "bridge/qt_convert.hpp"
#include "library/tag_reader.hpp"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace accord::ui {

namespace {

using Batch = QList<std::pair<QString, FileTagInfo>>;

Batch readAll(const QStringList& paths)
{
    Batch out;
    for (const QString& path : paths) {
        const library::ReadOutcome read = library::readTrackFile(toUtf8(path));
        if (!read.track || read.track->tags.title.empty())
            continue;
        FileTagInfo info;
        info.title = toQString(read.track->tags.title);
        QStringList artists;
        for (const std::string& a : read.track->tags.artists)
            artists << toQString(a);
        info.artist = artists.join(QStringLiteral(", "));
        info.album = toQString(read.track->tags.album);
        info.durationMs = read.track->audio.durationMs;
        out.push_back({path, std::move(info)});
    }
    return out;
}

} // namespace

FileTags::FileTags(QObject* parent) : QObject(parent) {}

// A read still running holds no pointer to us: its watcher is our child and dies with us, and the read
// itself touches only the files.
FileTags::~FileTags() = default;

void FileTags::request(const QStringList& paths)
{
    QStringList wanted;
    for (const QString& p : paths)
        if (!m_requested.contains(p)) {
            m_requested.insert(p);
            m_reading.insert(p);
            wanted << p;
        }
    if (wanted.isEmpty())
        return;
    auto* watcher = new QFutureWatcher<Batch>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, wanted] {
        watcher->deleteLater();
        for (const auto& [path, info] : watcher->result())
            m_tags.insert(path, info);
        for (const QString& p : wanted)
            m_reading.remove(p);
        Q_EMIT tagsRead(wanted);
    });
    watcher->setFuture(QtConcurrent::run(readAll, wanted));
}

const FileTagInfo* FileTags::find(const QString& path) const
{
    const auto it = m_tags.constFind(path);
    return it == m_tags.constEnd() ? nullptr : &it.value();
}

} // namespace accord::ui
