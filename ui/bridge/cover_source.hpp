// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QImage>
#include <QString>

#include <filesystem>

namespace accord::ui {

struct FoundCover {
    QString file; ///< an image file holding the cover (for MPRIS' artUrl); empty when none was found
    QImage image; ///< scaled to cover a `side` x `side` square; null when none was found
};

/// The cover of `audioPath`: the picture embedded in the file (the library stores it by hash in
/// `dataDir`/library.db; it is copied once to `dataDir`/covers/<hash>.<ext> so MPRIS can point at it),
/// else cover / folder / front / album .jpg/.jpeg/.png next to the file, else nothing.
/// [worker thread: opens its own read connection and touches the disk; never call on the GUI thread]
FoundCover findCover(const std::filesystem::path& dataDir, const QString& audioPath, int side);

/// The cover image file next to an audio file, or an empty string. [any thread; touches the disk]
QString findCoverFile(const QString& audioPath);

} // namespace accord::ui
