// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Accord developers
#pragma once

#include <QStringList>

namespace accord::ui {

/// True for the file extensions the player plays (flac, mp3, ogg, oga, opus, wav, aiff, aif). [any thread]
bool isAudioFile(const QString& path);

/// Files and folders -> audio files: files kept as given (absolute), CUE tracks (audio::rangePath) of an
/// existing file kept as given, folders walked recursively with the files of each folder in name order.
/// [worker thread: touches the disk]
QStringList expandPaths(const QStringList& paths);

} // namespace accord::ui
