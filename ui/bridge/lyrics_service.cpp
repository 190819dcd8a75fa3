// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#include "bridge/lyrics_service.hpp"

#include "bridge/qt_convert.hpp"
#include "lyrics/lyrics_loader.hpp"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace accord::ui {

namespace {

struct Found {
    std::shared_ptr<const lyrics::Lyrics> lyrics;
    QStringList problems;
};

Found find(const std::string& path)
{
    lyrics::LyricsLookup lookup = lyrics::findLyrics(path);
    Found out;
    if (lookup.lyrics)
        out.lyrics = std::make_shared<const lyrics::Lyrics>(std::move(*lookup.lyrics));
    for (const base::Error& e : lookup.problems)
        out.problems << toQString(e.describe());
    return out;
}

} // namespace

LyricsService::LyricsService(QObject* parent) : QObject(parent) {}

// A lookup still running holds no pointer to us: its watcher is our child and dies with us, and the
// lookup itself only reads files.
LyricsService::~LyricsService() = default;

void LyricsService::request(const QString& path)
{
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another track started meanwhile
        const Found found = watcher->result();
        Q_EMIT lyricsFound(path, found.lyrics, found.problems);
    });
    watcher->setFuture(QtConcurrent::run(find, toUtf8(path)));
}

void LyricsService::cancel()
{
    ++m_generation;
}

} // namespace accord::ui
