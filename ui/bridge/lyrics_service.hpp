// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include "lyrics/lyrics.hpp"

#include <QObject>
#include <QStringList>

#include <memory>

namespace accord::ui {

/// Finds a track's lyrics (lyrics::findLyrics: the .lrc beside it, then its tags) on a pool thread, so the
/// GUI thread never reads a file. Only the answer to the latest request is delivered. [GUI thread]
class LyricsService : public QObject {
    Q_OBJECT
public:
    explicit LyricsService(QObject* parent = nullptr);
    ~LyricsService() override;

    /// Looks up `path`'s lyrics off this thread; lyricsFound(path, ...) follows unless request() or
    /// cancel() is called first.
    void request(const QString& path);
    /// Forgets the request in flight (nothing plays any more).
    void cancel();

Q_SIGNALS:
    /// `lyrics` is null when the file has none; `problems` are refused sources ("file:line: why").
    void lyricsFound(const QString& path, std::shared_ptr<const accord::lyrics::Lyrics> lyrics,
                     const QStringList& problems);

private:
    quint64 m_generation = 0;
};

} // namespace accord::ui
