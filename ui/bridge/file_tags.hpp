// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace accord::ui {

/// What the window shows of a file that is not in the library.
struct FileTagInfo {
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = 0;
};

/// Tags of files played from outside the library (`accord FILE`, a drop, MPRIS OpenUri), read with the
/// library's tag reader on a pool thread so that the queue and the now-playing area show a track's title
/// and artist rather than its file name. Files whose tags have no title keep no entry. [GUI thread]
class FileTags : public QObject {
    Q_OBJECT
public:
    explicit FileTags(QObject* parent = nullptr);
    ~FileTags() override;

    /// Reads the tags of the files not read or being read yet, off this thread; tagsRead() follows.
    void request(const QStringList& paths);
    /// The tags read for `path`, or nullptr (not read yet, unreadable, or no title tag).
    const FileTagInfo* find(const QString& path) const;
    /// True while the tags of `path` are being read (requested, tagsRead() not yet emitted for it).
    bool pending(const QString& path) const { return m_reading.contains(path); }

Q_SIGNALS:
    /// Tags of `paths` are now available through find().
    void tagsRead(const QStringList& paths);

private:
    QHash<QString, FileTagInfo> m_tags;
    QSet<QString> m_requested; ///< ever asked for: never read twice
    QSet<QString> m_reading;   ///< asked for, tagsRead() not emitted yet
};

} // namespace accord::ui
